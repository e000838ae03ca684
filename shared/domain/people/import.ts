/**
 * Importing people into a circle, in two steps:
 *
 * 1. `planImport` checks the drafts a file gave (CSV, vCard, OSDI) against the circle: what
 *    cannot be stored becomes an issue, and people probably already in the circle (or twice in
 *    the file) are listed as duplicates, each with a proposed choice the user may change.
 * 2. `runImport` writes the plan in chunks, one transaction each (ORIGIN.peopleImport), giving
 *    the event loop a turn between chunks so that the window never freezes. Cancelling (the
 *    signal) or any error removes everything the import wrote, in one transaction: people,
 *    their assessments and relationships, the units and custom fields it created, and the
 *    fields it filled in on people it merged into. A circle never holds half an import.
 *
 * Columns of the file that name a custom field the circle does not have become new custom
 * fields of type 'text', named like the column (the user can change the type afterwards in
 * the circle's setup). Beyond the circle's limit of custom fields, further columns are dropped
 * and listed in the plan.
 */
import { ORIGIN, write } from '../../data/origins'
import { DuplicateFinder, emailKey, phoneKey } from '../../interop/duplicates'
import { setOwn } from '../../interop/draft'
import type {
  AssessmentExport,
  ImportIssue,
  PersonDraft,
  PersonExport,
  RelationshipExport,
} from '../../interop/types'
import { newId } from '../../util/id'
import type { Assessment } from '../assessments/assessment'
import type { CircleSession } from '../circle/session'
import { CUSTOM_FIELDS_MAX, customValue, type CustomField } from '../custom-fields/custom-field'
import type { Relationship } from '../relationships/relationship'
import { customFieldName, CustomFieldIndex, DraftChecker } from './import-check'
import { IdSource } from './import-ids'
import { UnitResolver } from './import-units'
import { PERSON_LIMITS, type Person, type PersonInput } from './person'
import { exportContext, toPersonExport } from './person-export'

export type DuplicateChoice = 'skip' | 'merge' | 'add'
export const DUPLICATE_CHOICES: readonly DuplicateChoice[] = ['merge', 'add', 'skip']

export interface PlannedDuplicate {
  /** The person read from the file. */
  draft: PersonDraft
  /** How the match was found: the same email, phone number or name. */
  by: 'email' | 'phone' | 'name'
  /** The person already in the circle it matches, or null when it matches an earlier row. */
  matchId: string | null
  /** The earlier row of the file it matches, or null when it matches a person in the circle. */
  matchLine: number | null
  /** The name of whom it matches (for the list the user chooses in). */
  matchName: string
  /**
   * The proposed choice: merge when email or phone match, or when only the name matches and
   * neither email nor phone contradict it; add as a new person when they do.
   */
  choice: DuplicateChoice
}

export interface ImportPlan {
  /** People that match no one, in file order. */
  fresh: PersonDraft[]
  duplicates: PlannedDuplicate[]
  /** Everything found wrong in the file, by line (rows kept out and values dropped). */
  issues: ImportIssue[]
  customFields: {
    /** Custom fields the import will create (type text), named like the file's columns. */
    create: string[]
    /** Columns beyond the circle's limit of custom fields: their values are not imported. */
    dropped: string[]
  }
}

/** Line → choice, for the duplicates whose proposed choice the user changed. */
export type DuplicateChoices = ReadonlyMap<number, DuplicateChoice>

export interface RunImportOptions {
  /** Member id of who imports: assessments in the file by no known member are theirs. */
  by?: string
  /** Share of the work written so far (0..1), after every chunk. */
  onProgress?: (fraction: number) => void
  /** Aborting cancels the import and removes everything it wrote. */
  signal?: AbortSignal
  /** People per transaction (default 2000). */
  chunkSize?: number
  now?: number
}

export interface ImportOutcome {
  /** 'cancelled' and 'failed' mean nothing of the import is left in the circle. */
  status: 'done' | 'cancelled' | 'failed'
  added: number
  merged: number
  skipped: number
  /** People the circle refused (see issues). */
  failed: number
  /** Problems found while writing (rows the circle refused). */
  issues: ImportIssue[]
  /** What went wrong when the status is 'failed'. */
  error?: string
}

const DEFAULT_CHUNK = 2000

/** Drafts checked between two turns of the event loop when planning in slices. */
const PLAN_SLICE = 5000

/** Checks the drafts against the circle and finds duplicates. Pure: writes nothing. */
export function planImport(
  session: CircleSession,
  drafts: readonly PersonDraft[],
  issues: readonly ImportIssue[] = [],
): ImportPlan {
  const steps = planSteps(session, drafts, issues)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/**
 * `planImport` for large files: the same plan, made in slices with a turn of the event loop
 * between them. Resolves to null when the signal aborts.
 */
export async function planImportInSlices(
  session: CircleSession,
  drafts: readonly PersonDraft[],
  issues: readonly ImportIssue[] = [],
  options: { signal?: AbortSignal; onProgress?: (fraction: number) => void } = {},
): Promise<ImportPlan | null> {
  const steps = planSteps(session, drafts, issues)
  for (;;) {
    if (options.signal?.aborted) return null
    const step = steps.next()
    if (step.done) return step.value
    report(options.onProgress, step.value)
    await nextTask()
  }
}

/** The planning, pausing (yielding the share done) after every slice. */
function* planSteps(
  session: CircleSession,
  drafts: readonly PersonDraft[],
  issues: readonly ImportIssue[],
): Generator<number, ImportPlan, undefined> {
  const found: ImportIssue[] = [...issues]
  const checker = new DraftChecker(new CustomFieldIndex(session), found)
  const usable: PersonDraft[] = []
  // Checking the drafts, then finding the duplicates among them: about 2:1 in time.
  const total = Math.max(1, drafts.length * 1.5)
  for (let i = 0; i < drafts.length; i++) {
    const checked = checker.check(drafts[i]!)
    if (checked) usable.push(checked)
    if ((i + 1) % PLAN_SLICE === 0) yield (i + 1) / total
  }
  const capacity = Math.max(0, CUSTOM_FIELDS_MAX - session.customFields.size)
  const names = [...checker.newFields.values()]

  // The people already in the circle are indexed at once; the drafts one slice at a time.
  const finder = new DuplicateFinder(session.people.getSnapshot())
  yield drafts.length / total
  const byLine = new Map<number, PersonDraft>()
  const fresh: PersonDraft[] = []
  const duplicates: PlannedDuplicate[] = []
  for (let i = 0; i < usable.length; i++) {
    const draft = usable[i]!
    const match = finder.match(draft)
    if (!match) {
      fresh.push(draft)
    } else {
      const other =
        match.matchId !== null
          ? session.people.get(match.matchId)
          : byLine.get(match.matchLine ?? Number.NaN)
      duplicates.push({
        draft,
        by: match.by,
        matchId: match.matchId,
        matchLine: match.matchLine,
        matchName: other?.name ?? '',
        choice: proposedChoice(draft, match.by, other),
      })
    }
    if (!byLine.has(draft.line)) byLine.set(draft.line, draft)
    if ((i + 1) % PLAN_SLICE === 0) yield (drafts.length + (i + 1) / 2) / total
  }
  return {
    fresh,
    duplicates,
    issues: found.sort((a, b) => a.line - b.line),
    customFields: { create: names.slice(0, capacity), dropped: names.slice(capacity) },
  }
}

type Contact = Pick<PersonDraft, 'name' | 'email' | 'phone'>

function proposedChoice(draft: Contact, by: PlannedDuplicate['by'], other?: Contact) {
  if (by !== 'name' || !other) return 'merge'
  const differ = (a: string, b: string) => a !== '' && b !== '' && a !== b
  if (differ(emailKey(draft.email), emailKey(other.email))) return 'add'
  if (differ(phoneKey(draft.phone), phoneKey(other.phone))) return 'add'
  return 'merge'
}

// ---- running a plan ------------------------------------------------------------------------

/** A new person: one draft, plus any later rows of the file merged into it. */
interface AddOp {
  kind: 'add'
  /** The plan's draft until another row merges into it, then a copy of its own. */
  draft: PersonDraft
  owned: boolean
  personId: string | null
}

/** Rows of the file merged into a person already in the circle. */
interface MergeOp {
  kind: 'merge'
  draft: PersonDraft
  owned: boolean
  personId: string
}

type Op = AddOp | MergeOp

interface Resolved {
  ops: Op[]
  merged: number
  skipped: number
  /** Source id → the op (or existing person id) that stands for it, for relationships. */
  sources: Map<string, Op | string>
}

/** A copy of the draft whose lists and records may be changed by merging. */
const cloneDraft = (d: PersonDraft): PersonDraft => {
  const custom: Record<string, string> = {}
  for (const key of Object.keys(d.custom)) setOwn(custom, key, d.custom[key] ?? '')
  return {
    ...d,
    unitPath: [...d.unitPath],
    tags: [...d.tags],
    languages: [...d.languages],
    assessments: [...d.assessments],
    relationships: [...d.relationships],
    custom,
  }
}

const union = (a: readonly string[], b: readonly string[], max: number): string[] => {
  const seen = new Set(a.map((x) => x.trim()).filter((x) => x !== ''))
  for (const x of b) {
    if (seen.size >= max) break
    const trimmed = x.trim()
    if (trimmed !== '') seen.add(trimmed)
  }
  return [...seen]
}

/** Fills the empty fields of `into` from `from`, and joins their lists. */
function fold(into: PersonDraft, from: PersonDraft): void {
  for (const key of ['email', 'phone', 'address', 'role', 'notes'] as const) {
    if (into[key].trim() === '') into[key] = from[key]
  }
  if (into.unitPath.length === 0) into.unitPath = [...from.unitPath]
  if (into.stage === 'none') into.stage = from.stage
  into.leader ||= from.leader
  if (into.lastContactAt === 0) into.lastContactAt = from.lastContactAt
  if (into.assessment === 0) into.assessment = from.assessment
  into.tags = union(into.tags, from.tags, PERSON_LIMITS.tags)
  into.languages = union(into.languages, from.languages, PERSON_LIMITS.languages)
  for (const key of Object.keys(from.custom)) {
    if (!Object.hasOwn(into.custom, key)) setOwn(into.custom, key, from.custom[key] ?? '')
  }
  into.assessments.push(...from.assessments)
  into.relationships.push(...from.relationships)
}

function foldInto(op: Op, draft: PersonDraft): void {
  if (!op.owned) {
    op.draft = cloneDraft(op.draft)
    op.owned = true
  }
  fold(op.draft, draft)
}

/** Applies the choices: which rows become new people, which merge into whom, which are left. */
function resolveOps(plan: ImportPlan, choices: DuplicateChoices): Resolved {
  const duplicates = new Map(plan.duplicates.map((d) => [d.draft.line, d]))
  const drafts = [...plan.fresh, ...plan.duplicates.map((d) => d.draft)].sort(
    (a, b) => a.line - b.line,
  )
  const ops: Op[] = []
  const sources = new Map<string, Op | string>()
  const byLine = new Map<number, Op | string>()
  const mergeOps = new Map<string, MergeOp>()
  let merged = 0
  let skipped = 0
  const remember = (draft: PersonDraft, target: Op | string) => {
    if (!byLine.has(draft.line)) byLine.set(draft.line, target)
    if (draft.sourceId !== '' && !sources.has(draft.sourceId)) sources.set(draft.sourceId, target)
  }
  for (const draft of drafts) {
    const duplicate = duplicates.get(draft.line)
    const choice = duplicate ? (choices.get(draft.line) ?? duplicate.choice) : 'add'
    const target = duplicate
      ? (duplicate.matchId ?? byLine.get(duplicate.matchLine ?? Number.NaN))
      : undefined
    if (choice === 'skip') {
      skipped++
      if (target !== undefined) remember(draft, target)
      continue
    }
    if (choice === 'merge' && target !== undefined) {
      merged++
      let op: Op
      if (typeof target !== 'string') {
        op = target
        foldInto(op, draft)
      } else if (mergeOps.has(target)) {
        op = mergeOps.get(target)!
        foldInto(op, draft)
      } else {
        op = { kind: 'merge', draft, owned: false, personId: target }
        mergeOps.set(target, op)
        ops.push(op)
      }
      remember(draft, op)
      continue
    }
    const op: AddOp = { kind: 'add', draft, owned: false, personId: null }
    ops.push(op)
    remember(draft, op)
  }
  return { ops, merged, skipped, sources }
}

/** Everything an import wrote, so that it can be taken back. */
interface Written {
  people: string[]
  assessments: string[]
  relationships: string[]
  customFields: string[]
  /** Field values of merged people before the import changed them. */
  before: Map<string, Partial<PersonInput>>
}

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

const report = (onProgress: RunImportOptions['onProgress'], fraction: number): void => {
  try {
    onProgress?.(Math.min(1, Math.max(0, fraction)))
  } catch {
    // A failing progress display must not stop (or half-stop) the import.
  }
}

const issueCode = (code: string): ImportIssue['code'] =>
  code === 'tooLong' || code === 'tooMany' ? 'tooLong' : 'badValue'

/**
 * Writes a plan into the circle. Resolves (never rejects) with what was done; when cancelled
 * or failed, nothing of the import is left.
 */
export async function runImport(
  session: CircleSession,
  plan: ImportPlan,
  choices: DuplicateChoices = new Map(),
  options: RunImportOptions = {},
): Promise<ImportOutcome> {
  const { signal, onProgress } = options
  const by = options.by ?? ''
  const now = options.now ?? Date.now()
  const chunkSize = Math.max(1, Math.floor(options.chunkSize ?? DEFAULT_CHUNK))
  const nothing = { added: 0, merged: 0, skipped: 0, failed: 0, issues: [] as ImportIssue[] }
  if (session.readOnly) return { status: 'failed', ...nothing, error: 'readOnly' }
  if (signal?.aborted) return { status: 'cancelled', ...nothing }

  const written: Written = {
    people: [],
    assessments: [],
    relationships: [],
    customFields: [],
    before: new Map(),
  }
  let units: UnitResolver | null = null
  const undo = (): string | null => {
    try {
      rollback(session, written, units?.created ?? [])
      return null
    } catch (error) {
      return error instanceof Error ? error.message : String(error)
    }
  }
  const cancelled = (): ImportOutcome => {
    const error = undo()
    return error === null
      ? { status: 'cancelled', ...nothing }
      : { status: 'failed', ...nothing, error }
  }

  try {
    const { ops, merged, skipped, sources } = resolveOps(plan, choices)
    await nextTask()
    const relating = ops.filter((op) => op.draft.relationships.length > 0)
    const total = ops.length + relating.length
    units = new UnitResolver(session)
    const writer = new Writer(session, written, units, by, now)
    const issues: ImportIssue[] = []
    let added = 0
    let failed = 0
    for (let start = 0; start < total; start += chunkSize) {
      if (signal?.aborted) return cancelled()
      const end = Math.min(total, start + chunkSize)
      write(session.doc, ORIGIN.peopleImport, () => {
        if (start === 0) writer.createCustomFields(plan.customFields.create)
        for (let i = start; i < end; i++) {
          if (i >= ops.length) {
            writer.relate(relating[i - ops.length]!, sources)
            continue
          }
          const op = ops[i]!
          const problem = op.kind === 'add' ? writer.add(op) : writer.merge(op)
          if (problem === null) {
            if (op.kind === 'add') added++
          } else {
            failed++
            issues.push(...problem)
          }
        }
      })
      report(onProgress, end / total)
      await nextTask()
    }
    if (signal?.aborted) return cancelled()
    report(onProgress, 1)
    return { status: 'done', added, merged, skipped, failed, issues }
  } catch (error) {
    const undone = undo()
    const message = error instanceof Error ? error.message : String(error)
    return {
      status: 'failed',
      ...nothing,
      error: undone === null ? message : `${message}; ${undone}`,
    }
  }
}

/** Takes back everything an import wrote, in one transaction. */
function rollback(session: CircleSession, written: Written, units: readonly string[]): void {
  write(session.doc, ORIGIN.peopleImport, () => {
    for (const id of written.relationships) session.relationships.remove(id)
    for (const id of written.assessments) session.assessments.remove(id)
    for (const id of written.people) session.people.remove(id)
    for (const [id, before] of written.before) {
      if (session.people.has(id)) session.people.update(id, before)
    }
    for (const id of [...units].reverse()) session.units.remove(id)
    for (const id of written.customFields) session.customFields.remove(id)
    session.maintainInTransaction()
  })
}

/** The writes of one import (inside its chunks' transactions). */
class Writer {
  private readonly fields: CustomFieldIndex
  private readonly members = new Map<string, string>()
  private readonly relations = new Set<string>()
  private readonly ids = new IdSource()

  constructor(
    private readonly session: CircleSession,
    private readonly written: Written,
    private readonly units: UnitResolver,
    private readonly by: string,
    private readonly now: number,
  ) {
    this.fields = new CustomFieldIndex(session)
    for (const member of session.members.getSnapshot()) {
      if (!this.members.has(member.name)) this.members.set(member.name, member.id)
      const loose = member.name.trim().toLocaleLowerCase()
      if (!this.members.has(loose)) this.members.set(loose, member.id)
    }
    for (const r of session.relationships.getSnapshot()) {
      this.relations.add(`${r.fromId}\0${r.toId}\0${r.kind}`)
    }
  }

  createCustomFields(names: readonly string[]): void {
    let room = CUSTOM_FIELDS_MAX - this.session.customFields.size
    for (const raw of names) {
      const name = customFieldName(raw)
      if (name === '' || this.fields.find(name) || room <= 0) continue
      const field: CustomField = {
        id: newId(),
        name,
        type: 'text',
        choices: [],
        createdAt: this.now,
      }
      const r = this.session.customFields.insert(field)
      if (!r.ok) continue
      this.written.customFields.push(field.id)
      this.fields.add(field)
      room--
    }
  }

  /** The draft's custom values by custom field id (values that do not fit are left out). */
  private custom(draft: PersonDraft): Record<string, string | number> {
    const out: Record<string, string | number> = {}
    for (const name of Object.keys(draft.custom)) {
      const field = this.fields.find(name)
      if (!field) continue
      const value = customValue(field, draft.custom[name] ?? '')
      if (value !== null && value !== '') out[field.id] = value
    }
    return out
  }

  private memberId(name: string): string {
    if (name.trim() === '') return this.by
    return this.members.get(name) ?? this.members.get(name.trim().toLocaleLowerCase()) ?? this.by
  }

  /** Adds a new person; returns null, or the issues when the circle refused the person. */
  add(op: AddOp): ImportIssue[] | null {
    const d = op.draft
    const person: Person = {
      id: this.ids.id(),
      name: d.name,
      email: d.email,
      phone: d.phone,
      address: d.address,
      unit: '',
      unitId: this.units.resolve(d.unitPath, this.now),
      role: d.role,
      languages: d.languages,
      leader: d.leader,
      stage: d.stage,
      lastContactAt: d.lastContactAt,
      custom: this.custom(d),
      tags: d.tags,
      notes: d.notes,
      createdAt: this.now,
    }
    const r = this.session.people.insert(person)
    if (!r.ok) {
      return r.errors.map((e) => ({ line: d.line, code: issueCode(e.code), column: e.field }))
    }
    this.written.people.push(person.id)
    op.personId = person.id
    this.assess(person.id, d.assessments, d.assessment, null, 0)
    return null
  }

  /** Fills the empty fields of a person already in the circle and joins tags and languages. */
  merge(op: MergeOp): ImportIssue[] | null {
    const person = this.session.people.get(op.personId)
    if (!person) {
      // Removed (by another member) since the plan was made: the rows become a new person.
      const add: AddOp = { kind: 'add', draft: op.draft, owned: op.owned, personId: null }
      const problem = this.add(add)
      if (add.personId !== null) op.personId = add.personId
      return problem
    }
    const d = op.draft
    const patch: Partial<PersonInput> = {}
    for (const key of ['email', 'phone', 'address', 'role', 'notes'] as const) {
      if (person[key] === '' && d[key].trim() !== '') patch[key] = d[key]
    }
    if (person.unitId === '' && d.unitPath.length > 0) {
      const unitId = this.units.resolve(d.unitPath, this.now)
      if (unitId !== '') patch.unitId = unitId
    }
    if (person.stage === 'none' && d.stage !== 'none') patch.stage = d.stage
    if (!person.leader && d.leader) patch.leader = true
    if (person.lastContactAt === 0 && d.lastContactAt !== 0) patch.lastContactAt = d.lastContactAt
    const tags = union(person.tags, d.tags, PERSON_LIMITS.tags)
    if (tags.length !== person.tags.length) patch.tags = tags
    const languages = union(person.languages, d.languages, PERSON_LIMITS.languages)
    if (languages.length !== person.languages.length) patch.languages = languages
    const custom = this.custom(d)
    const filled = Object.keys(custom).filter((id) => !Object.hasOwn(person.custom, id))
    if (filled.length > 0) {
      const next: Record<string, string | number> = { ...person.custom }
      for (const id of filled) next[id] = custom[id]!
      patch.custom = next
    }
    const keys = Object.keys(patch) as (keyof PersonInput)[]
    if (keys.length > 0) {
      const before: Partial<PersonInput> = {}
      for (const key of keys) {
        const value = person[key]
        ;(before as Record<string, unknown>)[key] = Array.isArray(value)
          ? [...value]
          : typeof value === 'object'
            ? { ...value }
            : value
      }
      if (!this.written.before.has(person.id)) this.written.before.set(person.id, before)
      const r = this.session.people.update(person.id, patch)
      if (!r.ok) {
        const errors = 'errors' in r ? r.errors : []
        return errors.map((e) => ({ line: d.line, code: issueCode(e.code), column: e.field }))
      }
    }
    const history = this.session.assessmentIndex.history(person.id)
    const known = new Set(history.map((a) => `${a.value}\0${a.at}`))
    this.assess(person.id, d.assessments, d.assessment, known, history.length)
    return null
  }

  /**
   * Records the file's assessment history (without entries the person already has), then the
   * file's current assessment when it is not already the latest: by the importing member, now.
   * A merged person who is already assessed keeps their current assessment.
   */
  private assess(
    personId: string,
    history: readonly AssessmentExport[],
    current: number,
    known: Set<string> | null,
    already: number,
  ): void {
    let latest: { value: number; at: number } | null = null
    const seen = history.length > 0 ? (known ?? new Set<string>()) : null
    for (const a of history) {
      const key = `${a.value}\0${a.at}`
      if (seen!.has(key)) continue
      seen!.add(key)
      this.insertAssessment({
        id: this.ids.id(),
        personId,
        value: a.value,
        by: this.memberId(a.by),
        at: a.at,
        reason: a.reason,
      })
      if (latest === null || a.at >= latest.at) latest = { value: a.value, at: a.at }
    }
    if (current < 1 || current > 5 || already > 0) return
    if (latest !== null && latest.value === current) return
    this.insertAssessment({
      id: this.ids.id(),
      personId,
      value: current,
      by: this.by,
      at: Math.max(this.now, latest === null ? 0 : latest.at + 1),
      reason: '',
    })
  }

  private insertAssessment(a: Assessment): void {
    const r = this.session.assessments.insert(a)
    if (r.ok) this.written.assessments.push(a.id)
  }

  /** The file's relationships of one imported person, to people of the same file. */
  relate(op: Op, sources: ReadonlyMap<string, Op | string>): void {
    const fromId = op.personId
    if (fromId === null) return
    for (const rel of op.draft.relationships) this.relateOne(fromId, rel, sources)
  }

  private relateOne(
    fromId: string,
    rel: RelationshipExport,
    sources: ReadonlyMap<string, Op | string>,
  ): void {
    const target = sources.get(rel.to)
    // People of this import may have been written in this very transaction (not yet listed).
    const toId =
      typeof target === 'string'
        ? this.session.people.has(target)
          ? target
          : null
        : (target?.personId ?? null)
    if (toId === null || toId === fromId) return
    const key = `${fromId}\0${toId}\0${rel.kind}`
    if (this.relations.has(key)) return
    const r: Relationship = {
      id: this.ids.id(),
      fromId,
      toId,
      kind: rel.kind,
      label: rel.label,
      createdAt: this.now,
    }
    if (!this.session.relationships.insert(r).ok) return
    this.relations.add(key)
    this.written.relationships.push(r.id)
  }
}

// ---- export --------------------------------------------------------------------------------

/** The names of the circle's custom fields, in the circle's order (CSV columns). */
export const customFieldNames = (session: CircleSession): string[] =>
  session.customFields.getSnapshot().map((f) => f.name)

/** The people (all by default) as plain values for the export formats. */
export function exportPeople(
  session: CircleSession,
  people: readonly Person[] = session.people.getSnapshot(),
): PersonExport[] {
  const ctx = exportContext(session)
  return people.map((person) => toPersonExport(session, person, ctx))
}
