import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { CircleSession } from '@shared/domain/circle/session'
import { addStakeholder, createMap } from '@shared/domain/power-maps/commands'
import { addPlan, removePlan, updatePlan } from '@shared/domain/plans/commands'
import { gateStatus, ladderOf, orderSteps } from '@shared/domain/plans/ladder'
import { addMilestone } from '@shared/domain/plans/milestone-commands'
import { addStep, moveStep, removeStep, updateStep } from '@shared/domain/plans/step-commands'
import { addStructureTest, setParticipation } from '@shared/domain/structure-tests/commands'
import { gates, ok, plan, step, withTest } from './plans-helpers'
import { circle, ME, NOW, person, YOU } from './today-helpers'

describe('plans and the escalation ladder', () => {
  it('creates a plan with a target stakeholder and a team, and refuses bad input with field errors', () => {
    const s = circle()
    const mapId = ok(createMap(s, { name: 'Who decides raises', issue: '' }, NOW))
    const boss = ok(
      addStakeholder(
        s,
        mapId,
        {
          personId: '',
          name: 'Plant manager',
          kind: 'person',
          role: '',
          notes: '',
          power: 90,
          stance: -50,
        },
        ME,
        NOW,
      ),
    )
    const id = ok(
      addPlan(
        s,
        {
          ...plan({ targetStakeholderId: boss, team: { [ME]: 'Lead', [YOU]: 'Research' } }),
          createdBy: ME,
        },
        NOW,
      ),
    )
    expect(s.plans.get(id)).toMatchObject({
      targetStakeholderId: boss,
      team: { [ME]: 'Lead', [YOU]: 'Research' },
    })

    const bad = addPlan(
      s,
      {
        ...plan({
          name: ' ',
          goal: '',
          endDay: '2026-02-01',
          targetStakeholderId: 'nobody-here-123',
          team: { 'member-gone-aaaa': 'x', [ME]: ' ' },
        }),
        createdBy: ME,
      },
      NOW,
    )
    expect(bad.ok).toBe(false)
    if (bad.ok || bad.error.code !== 'invalid') throw new Error('expected invalid')
    const fields = bad.error.errors.map((e) => `${e.field}:${e.code}`)
    expect(fields).toEqual(
      expect.arrayContaining([
        'name:required',
        'goal:required',
        'endDay:outOfRange',
        'targetStakeholderId:notAllowed',
        'team:notAllowed',
        `team.${ME}:required`,
      ]),
    )
    expect(s.plans.size).toBe(1)

    // Taking a member off the team and changing a role keeps the rest.
    ok(updatePlan(s, id, { team: { [ME]: 'Coordinator' } }))
    expect(s.plans.get(id)!.team).toEqual({ [ME]: 'Coordinator' })
  })

  it('keeps the ladder in order and moves steps up and down', () => {
    const { s, planId } = withTest()
    const a = ok(addStep(s, planId, step({ tactic: 'Petition' }), NOW))
    const b = ok(addStep(s, planId, step({ tactic: 'Delegation', kind: 'delegation' }), NOW))
    const c = ok(addStep(s, planId, step({ tactic: 'Strike vote', kind: 'strikeVote' }), NOW))
    const order = () => orderSteps(s.planSteps.getSnapshot(), planId).map((x) => x.tactic)
    expect(order()).toEqual(['Petition', 'Delegation', 'Strike vote'])
    ok(moveStep(s, c, -1))
    expect(order()).toEqual(['Petition', 'Strike vote', 'Delegation'])
    ok(moveStep(s, a, 1))
    expect(order()).toEqual(['Strike vote', 'Petition', 'Delegation'])
    // Past an end: nothing changes.
    ok(moveStep(s, c, -1))
    ok(moveStep(s, b, 1))
    expect(order()).toEqual(['Strike vote', 'Petition', 'Delegation'])
    // Many moves between the same two neighbours never run out of room.
    for (let i = 0; i < 40; i++) ok(moveStep(s, i % 2 === 0 ? a : c, i % 2 === 0 ? -1 : 1))
    expect(new Set(order())).toEqual(new Set(['Strike vote', 'Petition', 'Delegation']))
    ok(removeStep(s, b))
    expect(order()).toHaveLength(2)
  })

  it('orders two steps added at once on two laptops the same way on both', () => {
    const one = circle(1)
    const two = circle(2)
    Y.applyUpdate(two.doc, Y.encodeStateAsUpdate(one.doc))
    const planId = ok(addPlan(one, { ...plan(), createdBy: ME }, NOW))
    Y.applyUpdate(two.doc, Y.encodeStateAsUpdate(one.doc))
    ok(addStep(one, planId, step({ tactic: 'Petition' }), NOW))
    ok(addStep(two, planId, step({ tactic: 'Delegation' }), NOW))
    Y.applyUpdate(two.doc, Y.encodeStateAsUpdate(one.doc))
    Y.applyUpdate(one.doc, Y.encodeStateAsUpdate(two.doc))
    const names = (x: CircleSession) =>
      orderSteps(x.planSteps.getSnapshot(), planId).map((st) => st.tactic)
    expect(names(one)).toHaveLength(2)
    expect(names(one)).toEqual(names(two))
  })

  it('refuses a step with an unknown gate test, a bad percent or nobody-known responsible', () => {
    const { s, planId } = withTest()
    const r = addStep(
      s,
      planId,
      step({
        tactic: '',
        testId: 'no-such-test-1',
        requiredPercent: 0,
        responsible: ['member-gone-aaaa'],
      }),
    )
    if (r.ok || r.error.code !== 'invalid') throw new Error('expected invalid')
    expect(r.error.errors.map((e) => `${e.field}:${e.code}`)).toEqual(
      expect.arrayContaining([
        'tactic:required',
        'testId:notAllowed',
        'requiredPercent:outOfRange',
        'responsible:notAllowed',
      ]),
    )
    expect(s.planSteps.size).toBe(0)
    expect(addStep(s, 'no-such-plan-1', step()).ok).toBe(false)
  })

  it('evaluates a gate from live participation: waiting, not met, then met, and back', () => {
    const { s, planId, testId, took } = withTest(5)
    const id = ok(addStep(s, planId, step({ testId, requiredPercent: 60 }), NOW))
    const status = () => gateStatus(s.planSteps.get(id)!, gates(s))
    // Nobody recorded yet: the test has not been held.
    expect(status()).toMatchObject({ kind: 'waiting', total: 5, needed: 3 })
    took(0)
    took(1)
    took(2, 'no')
    expect(status()).toMatchObject({ kind: 'notMet', took: 2, total: 5, needed: 3, percent: 40 })
    took(3)
    expect(status()).toMatchObject({ kind: 'met', took: 3, total: 5, needed: 3, percent: 60 })
    // A change of participation flips the gate back.
    took(3, null)
    expect(status().kind).toBe('notMet')
    // Raising the step's requirement is a gate of its own, independent of the test's goal.
    took(3)
    ok(updateStep(s, id, { requiredPercent: 80 }))
    expect(status()).toMatchObject({ kind: 'notMet', needed: 4 })
    expect(gateStatus({ testId: '', requiredPercent: 50 }, gates(s))).toEqual({ kind: 'none' })
    expect(gateStatus({ testId: 'removed-test-1', requiredPercent: 50 }, gates(s))).toEqual({
      kind: 'missing',
    })
    expect(ladderOf(s.planSteps.getSnapshot(), planId, gates(s))[0]!.gate.kind).toBe('notMet')
  })

  it('counts a gate over the people in the test’s unit only, as the Tests view does', () => {
    const s = circle()
    const night = ['Rosa', 'Amir'].map((n) => person(s, n, { unit: 'Harbour > Night shift' }))
    const office = person(s, 'Olga', { unit: 'Office' })
    const unitId = s.units.getSnapshot().find((u) => u.name === 'Night shift')!.id
    const testId = ok(
      addStructureTest(
        s,
        {
          name: 'Shirt day',
          kind: 'shirt',
          date: '2026-03-20',
          goalPercent: 50,
          plusOne: false,
          unitId,
          notes: '',
        },
        NOW,
      ),
    )
    const planId = ok(addPlan(s, { ...plan(), createdBy: ME }, NOW))
    const id = ok(addStep(s, planId, step({ testId, requiredPercent: 100 }), NOW))
    const status = () => gateStatus(s.planSteps.get(id)!, gates(s))
    ok(setParticipation(s, { testId, personId: office, took: 'yes', by: ME }, NOW))
    // Someone outside the unit counts for nothing: still waiting.
    expect(status()).toMatchObject({ kind: 'waiting', total: 2, needed: 2 })
    ok(setParticipation(s, { testId, personId: night[0]!, took: 'yes', by: ME }, NOW))
    expect(status()).toMatchObject({ kind: 'notMet', took: 1, total: 2, percent: 50 })
    ok(setParticipation(s, { testId, personId: night[1]!, took: 'yes', by: ME }, NOW))
    expect(status()).toMatchObject({ kind: 'met', took: 2, total: 2, percent: 100 })
  })

  it('flips a gate on one laptop when another records a signature, once they sync', () => {
    const { s: one, ids, testId, planId, took } = withTest(5)
    const two = circle(2)
    const sync = () => {
      Y.applyUpdate(two.doc, Y.encodeStateAsUpdate(one.doc, Y.encodeStateVector(two.doc)))
      Y.applyUpdate(one.doc, Y.encodeStateAsUpdate(two.doc, Y.encodeStateVector(one.doc)))
    }
    const stepId = ok(addStep(one, planId, step({ testId, requiredPercent: 40 }), NOW))
    took(0)
    sync()
    expect(gateStatus(two.planSteps.get(stepId)!, gates(two)).kind).toBe('notMet')
    ok(setParticipation(two, { testId, personId: ids[1]!, took: 'yes', by: YOU }, NOW))
    expect(gateStatus(one.planSteps.get(stepId)!, gates(one)).kind).toBe('notMet')
    sync()
    expect(gateStatus(one.planSteps.get(stepId)!, gates(one))).toMatchObject({
      kind: 'met',
      took: 2,
    })
  })

  it('sweeps steps and milestones added offline to a plan another member removed', () => {
    const one = circle(1)
    const two = circle(2)
    const planId = ok(addPlan(one, { ...plan(), createdBy: ME }, NOW))
    Y.applyUpdate(two.doc, Y.encodeStateAsUpdate(one.doc))
    ok(removePlan(one, planId))
    ok(addStep(two, planId, step(), NOW))
    ok(addMilestone(two, planId, { title: 'Offline', day: '' }, NOW))
    Y.applyUpdate(one.doc, Y.encodeStateAsUpdate(two.doc))
    Y.applyUpdate(two.doc, Y.encodeStateAsUpdate(one.doc))
    one.maintain()
    two.maintain()
    Y.applyUpdate(two.doc, Y.encodeStateAsUpdate(one.doc))
    Y.applyUpdate(one.doc, Y.encodeStateAsUpdate(two.doc))
    for (const x of [one, two]) {
      expect(x.planSteps.size).toBe(0)
      expect(x.planMilestones.size).toBe(0)
      expect(x.settledInvariants()).toEqual([])
    }
  })

  it('refuses every write on a circle a newer version wrote', () => {
    const { s, planId } = withTest()
    Object.defineProperty(s, 'readOnly', { get: () => true })
    expect(addPlan(s, { ...plan(), createdBy: ME })).toEqual({
      ok: false,
      error: { code: 'readOnly' },
    })
    expect(addStep(s, planId, step())).toEqual({ ok: false, error: { code: 'readOnly' } })
    expect(removePlan(s, planId)).toEqual({ ok: false, error: { code: 'readOnly' } })
  })
})
