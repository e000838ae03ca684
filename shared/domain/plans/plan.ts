import type { CollectionDef } from '../../data/collection'
import { field, type Infer } from '../../data/fields'

export const PLAN_NAME_MAX = 120
export const PLAN_GOAL_MAX = 1000
export const TEAM_ROLE_MAX = 80
export const TEAM_MAX = 60
export const STEP_TACTIC_MAX = 200
export const STEP_RESPONSIBLE_MAX = 30
export const MILESTONE_TITLE_MAX = 200

/**
 * A campaign plan: the demand it fights for, the decision maker it targets (a stakeholder of a
 * power map, '' none), its timeframe and its team. The team is an entries field, member id →
 * role, so two members adding different people to the team at once both keep theirs.
 */
export const planShape = {
  id: field.id(),
  name: field.text({ min: 1, max: PLAN_NAME_MAX }),
  /** The goal: a concrete demand ("a 10 % raise for the night shift by July"). */
  goal: field.text({ min: 1, max: PLAN_GOAL_MAX }),
  targetStakeholderId: field.ref(),
  startDay: field.day(),
  endDay: field.day(),
  /** Member id → their role in the campaign. */
  team: field.entries({ maxEntries: TEAM_MAX, maxLength: TEAM_ROLE_MAX }),
  createdBy: field.ref(),
  createdAt: field.timestamp(),
}
export type Plan = Infer<typeof planShape>

export const plansCollection: CollectionDef<typeof planShape> = {
  name: 'plans',
  shape: planShape,
  immutable: ['id', 'createdAt', 'createdBy'],
  sortKey: (p) => `${p.name.toLocaleLowerCase()}`,
  searchText: (p) => `${p.name} ${p.goal}`.toLocaleLowerCase(),
}

export const STEP_KINDS = ['petition', 'delegation', 'publicAction', 'strikeVote', 'other'] as const
export type StepKind = (typeof STEP_KINDS)[number]

/**
 * One rung of a plan's escalation ladder: a tactic on a day, the members responsible, and its
 * gate: a structure test (`testId`, '' none) whose live result must reach `requiredPercent` %
 * of the people in the test's scope before the circle takes this step. Ordered by `position`
 * (a fractional index, see meetings/position.ts), ties broken by id.
 */
export const stepShape = {
  id: field.id(),
  planId: field.id(),
  position: field.optionalText({ max: 80 }),
  tactic: field.text({ min: 1, max: STEP_TACTIC_MAX }),
  kind: field.oneOf(STEP_KINDS, 'other'),
  day: field.day(),
  responsible: field.textList({ maxItems: STEP_RESPONSIBLE_MAX, maxLength: 64 }),
  testId: field.ref(),
  requiredPercent: field.int({ min: 1, max: 100, fallback: 50 }),
  createdAt: field.timestamp(),
}
export type Step = Infer<typeof stepShape>

export const stepsCollection: CollectionDef<typeof stepShape> = {
  name: 'planSteps',
  shape: stepShape,
  immutable: ['id', 'planId', 'createdAt'],
  sortKey: (s) => `${s.planId}:${s.position}:${s.id}`,
  searchText: (s) => s.tactic.toLocaleLowerCase(),
}

/** A milestone of a plan: a title on a day, done or not. Tasks (action items) may belong to it. */
export const milestoneShape = {
  id: field.id(),
  planId: field.id(),
  title: field.text({ min: 1, max: MILESTONE_TITLE_MAX }),
  day: field.day(),
  done: field.flag(),
  createdAt: field.timestamp(),
}
export type Milestone = Infer<typeof milestoneShape>

export const milestonesCollection: CollectionDef<typeof milestoneShape> = {
  name: 'planMilestones',
  shape: milestoneShape,
  immutable: ['id', 'planId', 'createdAt'],
  sortKey: (m) => `${m.planId}:${m.day === '' ? '9999-99-99' : m.day}:${m.id}`,
  searchText: (m) => m.title.toLocaleLowerCase(),
}
