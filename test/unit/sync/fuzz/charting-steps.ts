import { assess } from '@shared/domain/assessments/commands'
import type { CircleSession } from '@shared/domain/circle/session'
import { addPerson, removePerson, updatePerson } from '@shared/domain/people/commands'
import { erasePerson } from '@shared/domain/people/erase'
import { emptyPersonInput, STAGES, type PersonInput } from '@shared/domain/people/person'
import { addRelationship } from '@shared/domain/relationships/commands'
import { RELATION_KINDS } from '@shared/domain/relationships/relationship'
import { addStructureTest, setParticipation } from '@shared/domain/structure-tests/commands'
import { addUnit, removeUnit, updateUnit } from '@shared/domain/units/commands'
import { CONVERSATION_WEIGHTS, conversationStep, logOne } from './conversation-steps'
import type { Rng } from './prng'
import type { FuzzPeer } from './types'

/**
 * Charting steps of the sync fuzz: assessments, relationships, structure-test participation,
 * units and erasures, each on a random peer, and the conflict that matters most for them: one
 * member deletes or erases a person while another, not yet in sync, assesses or relates them.
 */
export const CHARTING_WEIGHTS = {
  assess: 8,
  relate: 3,
  participate: 4,
  unitOp: 3,
  erase: 2,
  deleteWhileCharting: 4,
  ...CONVERSATION_WEIGHTS,
} as const
export type ChartingStep = keyof typeof CHARTING_WEIGHTS

const EPOCH = 1_750_000_000_000

const people = (s: CircleSession) => s.people.getSnapshot().map((p) => p.id)

function chartOne(rng: Rng, session: CircleSession, personId: string, s: number, by: string) {
  switch (rng.int(0, 3)) {
    case 3:
      return logOne(rng, session, personId, s, by)
    case 0:
      return assess(session, { personId, value: rng.int(1, 5), reason: `r${s}`, by }, EPOCH + s).ok
    case 1: {
      const others = people(session).filter((id) => id !== personId)
      if (others.length === 0) return false
      const kind = rng.pick(RELATION_KINDS)
      return addRelationship(session, { fromId: personId, toId: rng.pick(others), kind, label: '' })
        .ok
    }
    default: {
      const tests = session.structureTests.getSnapshot()
      if (tests.length === 0) return false
      const took = rng.pick(['yes', 'no', null] as const)
      return setParticipation(session, { testId: rng.pick(tests).id, personId, took, by }).ok
    }
  }
}

/** Runs one charting step; returns the log line. */
export function chartingStep(
  kind: ChartingStep,
  rng: Rng,
  peers: readonly FuzzPeer[],
  s: number,
): string {
  if (kind === 'converse' || kind === 'reviseConversation')
    return conversationStep(kind, rng, peers, s)
  const peer = rng.pick(peers)
  const session = peer.session
  const ids = people(session)
  const tag = `p${peer.index} ${kind}`
  if (kind === 'unitOp') {
    const units = session.units.getSnapshot()
    const op = units.length === 0 ? 0 : rng.int(0, 3)
    if (op === 0) {
      const parentId = units.length > 0 && rng.chance(0.5) ? rng.pick(units).id : ''
      return `${tag} add → ${addUnit(session, { name: `Unit ${s}`, parentId }, EPOCH + s).ok}`
    }
    const u = rng.pick(units)
    if (op === 1) return `${tag} remove ${u.id} → ${removeUnit(session, u.id).ok}`
    if (op === 2) {
      const to = rng.pick(units)
      return `${tag} move ${u.id} under ${to.id} → ${updateUnit(session, u.id, { parentId: to.id }).ok}`
    }
    if (ids.length === 0) return `${tag}: nobody visible`
    const id = rng.pick(ids)
    return `${tag} put ${id} in ${u.id} → ${updatePerson(session, id, { unitId: u.id }).ok}`
  }
  if (kind === 'participate' && session.structureTests.size === 0 && rng.chance(0.5)) {
    const r = addStructureTest(
      session,
      {
        name: `Test ${s}`,
        kind: 'petition',
        date: '2026-11-01',
        goalPercent: 50,
        plusOne: true,
        unitId: '',
        notes: '',
      },
      EPOCH + s,
    )
    return `${tag} new test → ${r.ok}`
  }
  if (ids.length === 0) {
    const r = addPerson(session, { ...emptyPersonInput(), name: `Person ${s}` }, EPOCH + s)
    return `${tag}: nobody visible, adds → ${r.ok}`
  }
  const id = rng.pick(ids)
  switch (kind) {
    case 'assess':
      return `${tag} ${id} → ${assess(session, { personId: id, value: rng.int(1, 5), reason: '', by: peer.memberId }, EPOCH + s).ok}`
    case 'relate':
    case 'participate':
      return `${tag} ${id} → ${chartOne(rng, session, id, s, peer.memberId)}`
    case 'erase':
      return `${tag} ${id} → ${erasePerson(session, id, EPOCH + s).ok}`
    case 'deleteWhileCharting': {
      // Another peer, which has the person but may not hear of the delete for a while.
      const others = peers.filter((p) => p !== peer && p.session.people.has(id))
      if (others.length === 0) return `${tag}: nobody else has ${id}`
      const other = rng.pick(others)
      const gone = rng.chance(0.5) ? erasePerson(session, id).ok : removePerson(session, id).ok
      const charted = chartOne(rng, other.session, id, s, other.memberId)
      return `${tag} ${id} → ${gone}; p${other.index} charts them → ${charted}`
    }
  }
}

/** A random value for one of the charting fields of a person (a valid one most of the time). */
export function chartingPatch(
  rng: Rng,
  session: CircleSession,
  field: string,
  s: number,
): Partial<PersonInput> | null {
  switch (field) {
    case 'leader':
      return { leader: rng.chance(0.5) }
    case 'stage':
      return { stage: rng.pick(STAGES) }
    case 'lastContactAt':
      return { lastContactAt: rng.chance(0.2) ? 0 : EPOCH + s }
    case 'languages':
      return { languages: rng.chance(0.3) ? [] : [rng.pick(['de', 'pt', 'tr']), `l${s % 3}`] }
    case 'unitId': {
      const units = session.units.getSnapshot()
      return { unitId: units.length === 0 || rng.chance(0.2) ? '' : rng.pick(units).id }
    }
    case 'unit':
      return { unit: rng.chance(0.2) ? '' : `Site ${s % 2} > Shift ${s % 3}` }
    case 'custom':
      return {
        custom: rng.chance(0.3) ? {} : { [`field-${s % 3}-000000`]: rng.chance(0.5) ? s : `v${s}` },
      }
    default:
      return null
  }
}
