import type { CollectionDef } from '../../data/collection'
import { field, type Infer } from '../../data/fields'

/** Stages of leadership development, in order (an organic leader grows into an organizer). */
export const LEADERSHIP_STAGES = [
  'none',
  'identified',
  'training',
  'responsible',
  'leading',
  'organizing',
] as const
export type LeadershipStage = (typeof LEADERSHIP_STAGES)[number]

export const EVENT_KINDS = ['training', 'responsibility', 'stage'] as const
export type LeadershipEventKind = (typeof EVENT_KINDS)[number]

export const LEADERSHIP_TEXT_MAX = 300

/**
 * One step in a person's leadership development: a training they took, a responsibility they
 * took on, or a change of their leadership stage. Never overwritten: the person's stage is the
 * latest stage event, so two members setting it at once keep both in the history.
 */
export const leadershipEventShape = {
  id: field.id(),
  personId: field.id(),
  kind: field.oneOf(EVENT_KINDS, 'training'),
  /** What the training or responsibility was ('' for a stage change). */
  text: field.optionalText({ max: LEADERSHIP_TEXT_MAX }),
  /** The stage reached (stage changes only). */
  stage: field.oneOf(LEADERSHIP_STAGES, 'none'),
  day: field.day(),
  by: field.ref(),
  at: field.timestamp(),
}
export type LeadershipEvent = Infer<typeof leadershipEventShape>

export const leadershipEventsCollection: CollectionDef<typeof leadershipEventShape> = {
  name: 'leadershipEvents',
  shape: leadershipEventShape,
  immutable: ['id', 'personId', 'kind', 'by', 'at'],
  // By person, oldest first.
  sortKey: (e) => `${e.personId}:${e.day}:${String(e.at).padStart(16, '0')}:${e.id}`,
  searchText: (e) => e.text.toLocaleLowerCase(),
}

/** True when `a` happened after `b`: by day, then recording time, then id. */
export const laterEvent = (a: LeadershipEvent, b: LeadershipEvent) =>
  a.day !== b.day ? a.day > b.day : a.at !== b.at ? a.at > b.at : a.id > b.id
