/** Import step 2's writes, chunk by chunk (see import.ts). */
import type {
  AssessmentExport,
  ImportIssue,
  PersonDraft,
  RelationshipExport,
} from '../../interop/types'
import { newId } from '../../util/id'
import type { Assessment } from '../assessments/assessment'
import type { CircleSession } from '../circle/session'
import { CUSTOM_FIELDS_MAX, customValue, type CustomField } from '../custom-fields/custom-field'
import type { Relationship } from '../relationships/relationship'
import { customFieldName, CustomFieldIndex } from './import-check'
import { IdSource } from './import-ids'
import { UnitResolver } from './import-units'
import { PERSON_LIMITS, type Person, type PersonInput } from './person'
import { union, type AddOp, type MergeOp, type Op } from './import-ops'
import { issueCode } from './import-plan'

export interface Written {
  people: string[]
  assessments: string[]
  relationships: string[]
  customFields: string[]
  /** Field values of merged people before the import changed them. */
  before: Map<string, Partial<PersonInput>>
}

/** The writes of one import (inside its chunks' transactions). */
export class Writer {
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
      organizerId: '',
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
