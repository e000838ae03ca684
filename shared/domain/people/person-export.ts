import type { PersonExport } from '../../interop/types'
import type { CircleSession } from '../circle/session'
import { conversationsForDossier } from '../conversations/export'
import { leadershipForDossier } from '../leadership/export'
import { flattenUnits, type UnitNode } from '../units/tree'
import type { Person } from './person'

/** What resolving many people at once needs only once (unit paths, names). */
export interface ExportContext {
  units: Map<string, UnitNode>
  customNames: Map<string, { name: string; type: string }>
  memberName: (id: string) => string
}

export function exportContext(session: CircleSession): ExportContext {
  const members = new Map(session.members.getSnapshot().map((m) => [m.id, m.name]))
  return {
    units: new Map(flattenUnits(session.units.getSnapshot()).map((n) => [n.unit.id, n])),
    customNames: new Map(
      session.customFields.getSnapshot().map((f) => [f.id, { name: f.name, type: f.type }]),
    ),
    memberName: (id) => members.get(id) ?? '',
  }
}

/** Everything the circle holds about a person, as plain values (for export formats). */
export function toPersonExport(
  session: CircleSession,
  person: Person,
  ctx: ExportContext = exportContext(session),
): PersonExport {
  const custom: Record<string, string> = {}
  for (const [id, value] of Object.entries(person.custom)) {
    const def = ctx.customNames.get(id)
    if (def) custom[def.name] = String(value)
  }
  const relationships = session.relationships
    .getSnapshot()
    .filter((r) => r.fromId === person.id)
    .map((r) => ({ kind: r.kind, label: r.label, to: r.toId }))
  return {
    sourceId: person.id,
    name: person.name,
    email: person.email,
    phone: person.phone,
    address: person.address,
    unitPath: ctx.units.get(person.unitId)?.path ?? [],
    role: person.role,
    tags: [...person.tags],
    languages: [...person.languages],
    notes: person.notes,
    stage: person.stage,
    leader: person.leader,
    assessment: session.assessmentIndex.current(person.id),
    assessments: session.assessmentIndex.history(person.id).map((a) => ({
      value: a.value,
      at: a.at,
      by: ctx.memberName(a.by),
      reason: a.reason,
    })),
    relationships,
    custom,
    lastContactAt: person.lastContactAt,
  }
}

/**
 * Everything about one person for a subject access request: their record, the history of
 * their assessments, the structure tests they were recorded in, the conversations logged with
 * them, and their relationships by the other person's name. Nothing about other people beyond
 * those names.
 */
export function personDossier(session: CircleSession, personId: string) {
  const person = session.people.get(personId)
  if (!person) return null
  const ctx = exportContext(session)
  const nameOf = (id: string) => session.people.get(id)?.name ?? ''
  const tests = new Map(session.structureTests.getSnapshot().map((t) => [t.id, t]))
  return {
    exportedAt: new Date().toISOString(),
    person: { ...toPersonExport(session, person, ctx), createdAt: person.createdAt },
    relationships: session.relationships
      .getSnapshot()
      .filter((r) => r.fromId === personId || r.toId === personId)
      .map((r) => ({
        kind: r.kind,
        label: r.label,
        direction: r.fromId === personId ? ('from' as const) : ('to' as const),
        other: nameOf(r.fromId === personId ? r.toId : r.fromId),
      })),
    structureTests: session.participation
      .getSnapshot()
      .filter((p) => p.personId === personId && tests.has(p.testId))
      .map((p) => ({
        test: tests.get(p.testId)!.name,
        date: tests.get(p.testId)!.date,
        took: p.took,
        recordedAt: p.at,
        recordedBy: ctx.memberName(p.by),
      })),
    conversations: conversationsForDossier(session, personId, ctx.memberName),
    organizer: ctx.memberName(person.organizerId),
    leadership: leadershipForDossier(session, personId, ctx.memberName),
  }
}

export type PersonDossier = NonNullable<ReturnType<typeof personDossier>>
