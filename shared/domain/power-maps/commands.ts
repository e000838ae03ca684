import { newId } from '../../util/id'
import type { FieldError } from '../../data/fields'
import { ORIGIN, write } from '../../data/origins'
import { checkWrite } from '../../data/record-schema'
import { failure, success, type Result } from '../../data/result'
import type { CircleSession } from '../circle/session'
import { clampPower, clampStance } from './grid'
import {
  powerMapShape,
  stakeholderLinkShape,
  stakeholderShape,
  type PowerMap,
  type Stakeholder,
  type StakeholderLink,
  type StakeholderMove,
} from './power-map'

export type MapInput = Pick<PowerMap, 'name' | 'issue'>
export type StakeholderInput = Pick<
  Stakeholder,
  'personId' | 'name' | 'kind' | 'role' | 'notes' | 'power' | 'stance'
>
export type StakeholderEdit = Partial<Pick<Stakeholder, 'name' | 'kind' | 'role' | 'notes'>>
export type LinkInput = Pick<
  StakeholderLink,
  'mapId' | 'fromId' | 'toId' | 'kind' | 'label' | 'direction' | 'strength'
>
export type LinkEdit = Partial<Pick<StakeholderLink, 'kind' | 'label' | 'direction' | 'strength'>>

const schemaErrors = (shape: Parameters<typeof checkWrite>[0], values: object): FieldError[] => {
  const r = checkWrite(shape, values as Record<string, unknown>)
  return r.ok ? [] : r.errors
}

const invalid = <T>(errors: FieldError[]): Result<T> => failure({ code: 'invalid', errors })

/** An archived map is kept as it was: changing it needs restoring it first. */
const archived = (session: CircleSession, mapId: string) =>
  session.powerMaps.get(mapId)?.archived === true
const ARCHIVED: FieldError[] = [{ field: 'mapId', code: 'notAllowed' }]

// ---- maps ----------------------------------------------------------------------------------

/** Creates an empty map; returns its id. */
export function createMap(session: CircleSession, input: MapInput, now = Date.now()) {
  if (session.readOnly) return failure<string>({ code: 'readOnly' })
  const map: PowerMap = { id: newId(), ...input, archived: false, createdAt: now }
  return write(session.doc, ORIGIN.powerMapSave, () => {
    const r = session.powerMaps.insert(map)
    return r.ok ? success(map.id) : invalid<string>(r.errors)
  })
}

/** Renames a map, changes its issue, archives it or brings it back. */
export function updateMap(
  session: CircleSession,
  id: string,
  patch: Partial<Pick<PowerMap, 'name' | 'issue' | 'archived'>>,
): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (!session.powerMaps.has(id)) return failure({ code: 'notFound' })
  const errors = schemaErrors(powerMapShape, patch)
  if (errors.length > 0) return invalid(errors)
  return write(session.doc, ORIGIN.powerMapSave, () => {
    const r = session.powerMaps.update(id, patch)
    return r.ok ? success(undefined) : failure({ code: 'notFound' })
  })
}

/**
 * Copies a map with its stakeholders (same places) and relationships under a new name. The
 * copy's history starts now, with one entry per stakeholder.
 */
export function duplicateMap(
  session: CircleSession,
  id: string,
  name: string,
  by: string,
  now = Date.now(),
): Result<string> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  const source = session.powerMaps.get(id)
  if (!source) return failure({ code: 'notFound' })
  const copy: PowerMap = { id: newId(), name, issue: source.issue, archived: false, createdAt: now }
  const errors = schemaErrors(powerMapShape, copy)
  if (errors.length > 0) return invalid(errors)
  return write(session.doc, ORIGIN.powerMapDuplicate, () => {
    session.powerMaps.insert(copy)
    const ids = new Map<string, string>()
    for (const s of stakeholdersOf(session, id)) {
      const twin: Stakeholder = { ...s, id: newId(), mapId: copy.id, createdAt: now }
      if (!session.stakeholders.insert(twin).ok) continue
      ids.set(s.id, twin.id)
      session.stakeholderMoves.insert(moveRecord(twin, by, now))
    }
    for (const l of linksOf(session, id)) {
      const fromId = ids.get(l.fromId)
      const toId = ids.get(l.toId)
      if (!fromId || !toId) continue
      session.stakeholderLinks.insert({
        ...l,
        id: newId(),
        mapId: copy.id,
        fromId,
        toId,
        createdAt: now,
      })
    }
    return success(copy.id)
  })
}

// ---- stakeholders --------------------------------------------------------------------------

/**
 * Puts someone on a map: a person of the circle (`personId`, at most once per map) or an
 * outside person, organization or institution (`name` required). Records the first place in
 * the stakeholder's history.
 */
export function addStakeholder(
  session: CircleSession,
  mapId: string,
  input: StakeholderInput,
  by: string,
  now = Date.now(),
): Result<string> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (!session.powerMaps.has(mapId)) return failure({ code: 'notFound' })
  if (archived(session, mapId)) return invalid(ARCHIVED)
  const fromCircle = input.personId !== ''
  const s: Stakeholder = {
    ...input,
    id: newId(),
    mapId,
    // A person of the circle is named by their person record: nothing of them is copied.
    name: fromCircle ? '' : input.name,
    kind: fromCircle ? 'person' : input.kind,
    power: clampPower(input.power),
    stance: clampStance(input.stance),
    createdAt: now,
  }
  const errors = schemaErrors(stakeholderShape, s)
  if (fromCircle && !session.people.has(input.personId))
    errors.push({ field: 'personId', code: 'notAllowed' })
  else if (fromCircle && stakeholdersOf(session, mapId).some((x) => x.personId === input.personId))
    errors.push({ field: 'personId', code: 'notAllowed' })
  if (!fromCircle && s.name.trim() === '') errors.push({ field: 'name', code: 'required' })
  if (errors.length > 0) return invalid(errors)
  return write(session.doc, ORIGIN.stakeholderSave, () => {
    const r = session.stakeholders.insert(s)
    if (!r.ok) return invalid<string>(r.errors)
    session.stakeholderMoves.insert(moveRecord(s, by, now))
    return success(s.id)
  })
}

/** Edits what is said about a stakeholder (not its place: see moveStakeholders). */
export function updateStakeholder(
  session: CircleSession,
  id: string,
  patch: StakeholderEdit,
): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  const current = session.stakeholders.get(id)
  if (!current) return failure({ code: 'notFound' })
  if (archived(session, current.mapId)) return invalid(ARCHIVED)
  // A person of the circle keeps the person's name and kind.
  const p = current.personId !== '' ? { role: patch.role, notes: patch.notes } : patch
  const clean = Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined))
  const errors = schemaErrors(stakeholderShape, clean)
  if (current.personId === '' && clean.name !== undefined && String(clean.name).trim() === '')
    errors.push({ field: 'name', code: 'required' })
  if (errors.length > 0) return invalid(errors)
  return write(session.doc, ORIGIN.stakeholderSave, () => {
    const r = session.stakeholders.update(id, clean)
    return r.ok ? success(undefined) : failure({ code: 'notFound' })
  })
}

export interface Move {
  id: string
  power: number
  stance: number
}

/**
 * Moves stakeholders (a drag on the canvas, a form in the table view), in one transaction.
 * Power and stance are written as two fields: concurrent moves on two laptops resolve to one
 * place everywhere. Each real change adds an entry to the stakeholder's history.
 */
export function moveStakeholders(
  session: CircleSession,
  moves: readonly Move[],
  by: string,
  now = Date.now(),
): Result<number> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (moves.some((m) => !session.stakeholders.has(m.id))) return failure({ code: 'notFound' })
  if (moves.some((m) => archived(session, session.stakeholders.get(m.id)!.mapId)))
    return invalid(ARCHIVED)
  return write(session.doc, ORIGIN.stakeholderMove, () => {
    let changed = 0
    for (const m of moves) {
      const next = { power: clampPower(m.power), stance: clampStance(m.stance) }
      const r = session.stakeholders.update(m.id, next)
      if (!r.ok || !r.changed) continue
      const s = session.stakeholders.get(m.id)!
      session.stakeholderMoves.insert(moveRecord({ ...s, ...next }, by, now))
      changed++
    }
    return success(changed)
  })
}

/** Takes a stakeholder off its map, with its relationships and history. */
export function removeStakeholder(session: CircleSession, id: string): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  const current = session.stakeholders.get(id)
  if (!current) return failure({ code: 'notFound' })
  if (archived(session, current.mapId)) return invalid(ARCHIVED)
  return write(session.doc, ORIGIN.stakeholderRemove, () => {
    for (const l of session.stakeholderLinks.getSnapshot())
      if (l.fromId === id || l.toId === id) session.stakeholderLinks.remove(l.id)
    for (const m of session.stakeholderMoves.getSnapshot())
      if (m.stakeholderId === id) session.stakeholderMoves.remove(m.id)
    session.stakeholders.remove(id)
    return success(undefined)
  })
}

// ---- relationships -------------------------------------------------------------------------

/** Relates two different stakeholders of one map; returns the relationship's id. */
export function addLink(session: CircleSession, input: LinkInput, now = Date.now()) {
  if (session.readOnly) return failure<string>({ code: 'readOnly' })
  const from = session.stakeholders.get(input.fromId)
  const to = session.stakeholders.get(input.toId)
  if (!session.powerMaps.has(input.mapId) || !from || !to)
    return failure<string>({ code: 'notFound' })
  if (archived(session, input.mapId)) return invalid<string>(ARCHIVED)
  const errors: FieldError[] = []
  if (from.mapId !== input.mapId) errors.push({ field: 'fromId', code: 'notAllowed' })
  if (to.mapId !== input.mapId || to.id === from.id)
    errors.push({ field: 'toId', code: 'notAllowed' })
  const link: StakeholderLink = {
    ...input,
    id: newId(),
    fromPersonId: from.personId,
    toPersonId: to.personId,
    createdAt: now,
  }
  errors.push(...schemaErrors(stakeholderLinkShape, link))
  if (errors.length > 0) return invalid<string>(errors)
  return write(session.doc, ORIGIN.stakeholderLinkSave, () => {
    const r = session.stakeholderLinks.insert(link)
    return r.ok ? success(link.id) : invalid<string>(r.errors)
  })
}

export function updateLink(session: CircleSession, id: string, patch: LinkEdit): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  const link = session.stakeholderLinks.get(id)
  if (!link) return failure({ code: 'notFound' })
  if (archived(session, link.mapId)) return invalid(ARCHIVED)
  const errors = schemaErrors(stakeholderLinkShape, patch)
  if (errors.length > 0) return invalid(errors)
  return write(session.doc, ORIGIN.stakeholderLinkSave, () => {
    const r = session.stakeholderLinks.update(id, patch)
    return r.ok ? success(undefined) : failure({ code: 'notFound' })
  })
}

export function removeLink(session: CircleSession, id: string): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  const link = session.stakeholderLinks.get(id)
  if (link && archived(session, link.mapId)) return invalid(ARCHIVED)
  return write(session.doc, ORIGIN.stakeholderLinkRemove, () =>
    session.stakeholderLinks.remove(id) ? success(undefined) : failure({ code: 'notFound' }),
  )
}

// ---- reads ---------------------------------------------------------------------------------

/** The stakeholders of a map. */
export function stakeholdersOf(session: CircleSession, mapId: string): Stakeholder[] {
  return session.stakeholders.getSnapshot().filter((s) => s.mapId === mapId)
}

/** The relationships of a map whose two ends are both still on it. */
export function linksOf(session: CircleSession, mapId: string): StakeholderLink[] {
  return session.stakeholderLinks
    .getSnapshot()
    .filter(
      (l) =>
        l.mapId === mapId &&
        session.stakeholders.get(l.fromId)?.mapId === mapId &&
        session.stakeholders.get(l.toId)?.mapId === mapId,
    )
}

function moveRecord(s: Stakeholder, by: string, at: number): StakeholderMove {
  return {
    id: newId(),
    mapId: s.mapId,
    stakeholderId: s.id,
    personId: s.personId,
    power: s.power,
    stance: s.stance,
    by,
    at,
  }
}
