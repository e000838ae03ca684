import * as Y from 'yjs'
import type { FieldError, Infer, Shape } from './fields'
import { checkWrite, readRecord } from './record-schema'
import { assertInTransaction } from './origins'
import { Listeners, type ReadStore } from './store'

/**
 * A typed collection of records in a Y.Doc.
 *
 * Layout (see docs/decisions/0001-record-layout.md): a record is written once, whole, as a
 * plain value in the map `<name>` (cheap to store and to load: one Yjs item per record).
 * Later edits go, field by field, to the map `<name>.fields` under the key `<id>/<field>`.
 * Two members editing different fields of the same person at once therefore both keep their
 * edit, and the same field resolves to one value on every peer (Yjs map semantics).
 * Keys hold only random ids and schema field names, never personal data.
 */
export interface CollectionDef<S extends Shape & { id: unknown }> {
  readonly name: string
  readonly shape: S
  /** Fields fixed at creation (id, createdAt…); updates to them are refused. */
  readonly immutable: readonly (keyof S & string)[]
  /** Key the default order sorts by (already lower-cased). */
  sortKey(record: Infer<S>): string
  /** Lower-cased text a filter matches against. */
  searchText(record: Infer<S>): string
}

export interface Malformed {
  id: string
  errors: FieldError[]
}

const SEP = '/'
/** Separates an entries field from the entry's key in an overlay key. */
const ENTRY = '.'

interface Entry<T> {
  id: string
  record: T
  sortKey: string
  search?: string
}

export class Collection<S extends Shape & { id: unknown }> implements ReadStore<
  readonly Infer<S>[]
> {
  readonly base: Y.Map<unknown>
  readonly fields: Y.Map<unknown>
  private readonly entries = new Map<string, Entry<Infer<S>>>()
  private readonly overlay = new Map<string, Set<string>>()
  private readonly malformed = new Map<string, FieldError[]>()
  private readonly listeners = new Listeners<[ReadonlySet<string>]>()
  private sorted: readonly Infer<S>[] | null = null
  private version = 0

  constructor(
    readonly doc: Y.Doc,
    readonly def: CollectionDef<S>,
  ) {
    this.base = doc.getMap(def.name)
    this.fields = doc.getMap(`${def.name}.fields`)
    this.fields.forEach((_v, key) => this.indexOverlayKey(key))
    this.base.forEach((raw, id) => this.compose(id, raw))
    this.base.observe(this.onBaseChange)
    this.fields.observe(this.onFieldsChange)
  }

  destroy(): void {
    this.base.unobserve(this.onBaseChange)
    this.fields.unobserve(this.onFieldsChange)
  }

  // ---- reads -------------------------------------------------------------------------------

  get size(): number {
    return this.entries.size
  }

  get(id: string): Infer<S> | undefined {
    return this.entries.get(id)?.record
  }

  has(id: string): boolean {
    return this.entries.has(id)
  }

  /** Records a peer or an older version wrote that this version cannot read (kept, hidden). */
  malformedRecords(): Malformed[] {
    return [...this.malformed].map(([id, errors]) => ({ id, errors }))
  }

  /** Lower-cased searchable text of a record, computed once per version of the record. */
  searchTextOf(id: string): string {
    const e = this.entries.get(id)
    if (!e) return ''
    if (e.search === undefined) e.search = this.def.searchText(e.record)
    return e.search
  }

  /** Incremented on every change; cheap to compare. */
  getVersion(): number {
    return this.version
  }

  subscribe = (onChange: () => void): (() => void) => this.listeners.add(() => onChange())

  /** Subscribes with the ids that changed (for indexes that update incrementally). */
  onChange(listener: (ids: ReadonlySet<string>) => void): () => void {
    return this.listeners.add(listener)
  }

  /** All valid records in the collection's order; the same array until something changes. */
  getSnapshot = (): readonly Infer<S>[] => {
    if (this.sorted === null) {
      const list = [...this.entries.values()]
      // Ties (two units named "Shift 2") are broken by id: the same order on every peer.
      list.sort((a, b) =>
        a.sortKey < b.sortKey
          ? -1
          : a.sortKey > b.sortKey
            ? 1
            : a.id < b.id
              ? -1
              : a.id > b.id
                ? 1
                : 0,
      )
      this.sorted = list.map((e) => e.record)
    }
    return this.sorted
  }

  // ---- writes (inside write(doc, origin, fn)) ----------------------------------------------

  /** Validates and inserts a whole record. */
  insert(values: Infer<S>): { ok: true } | { ok: false; errors: FieldError[] } {
    assertInTransaction(this.doc)
    const checked = checkWrite(this.def.shape, values as Partial<Record<keyof S, unknown>>)
    if (!checked.ok) return checked
    const missing = Object.keys(this.def.shape).filter(
      (k) => this.def.shape[k]!.required && checked.value[k as keyof S] === undefined,
    )
    if (missing.length > 0)
      return { ok: false, errors: missing.map((field) => ({ field, code: 'required' as const })) }
    const id = checked.value.id as string
    this.base.set(id, checked.value)
    return { ok: true }
  }

  /** Validates and writes the given fields of an existing record, each under its own key. */
  update(
    id: string,
    patch: Partial<Record<keyof S, unknown>>,
  ):
    | { ok: true; changed: boolean }
    | { ok: false; errors: FieldError[] }
    | { ok: false; notFound: true } {
    assertInTransaction(this.doc)
    const current = this.entries.get(id)?.record
    if (!current) return { ok: false, notFound: true }
    const immutable = Object.keys(patch).filter((k) => this.def.immutable.includes(k))
    if (immutable.length > 0)
      return {
        ok: false,
        errors: immutable.map((field) => ({ field, code: 'notAllowed' as const })),
      }
    const checked = checkWrite(this.def.shape, patch)
    if (!checked.ok) return checked
    let changed = false
    for (const [field, value] of Object.entries(checked.value)) {
      if (this.def.shape[field]!.entries) {
        changed = this.updateEntries(id, field, current[field as keyof S], value) || changed
        continue
      }
      if (sameValue(current[field as keyof S], value)) continue
      this.fields.set(`${id}${SEP}${field}`, value)
      changed = true
    }
    return { ok: true, changed }
  }

  /** Writes each changed entry of an entries field under `<id>/<field>.<key>` (null: removed). */
  private updateEntries(id: string, field: string, before: unknown, after: unknown): boolean {
    const old = (before ?? {}) as Record<string, unknown>
    const next = (after ?? {}) as Record<string, unknown>
    let changed = false
    for (const key of new Set([...Object.keys(old), ...Object.keys(next)])) {
      const value = next[key] ?? null
      if (Object.is(old[key] ?? null, value)) continue
      this.fields.set(`${id}${SEP}${field}${ENTRY}${key}`, value)
      changed = true
    }
    return changed
  }

  /** Removes a record and all its field edits. */
  remove(id: string): boolean {
    assertInTransaction(this.doc)
    if (!this.base.has(id)) return false
    this.base.delete(id)
    for (const field of this.overlay.get(id) ?? []) this.fields.delete(`${id}${SEP}${field}`)
    return true
  }

  /**
   * Deletes field edits whose record no longer exists (left behind when one member deleted a
   * record while another edited it). Returns how many were removed.
   */
  sweepOrphans(): number {
    assertInTransaction(this.doc)
    let n = 0
    for (const [id, fields] of [...this.overlay]) {
      if (this.base.has(id)) continue
      for (const field of fields) this.fields.delete(`${id}${SEP}${field}`)
      n += fields.size
    }
    return n
  }

  /** Ids of records with field edits but no record (see sweepOrphans). */
  orphanIds(): string[] {
    return [...this.overlay.keys()].filter((id) => !this.base.has(id))
  }

  // ---- change handling -----------------------------------------------------------------------

  private indexOverlayKey(key: string): string | null {
    const at = key.lastIndexOf(SEP)
    if (at <= 0) return null
    const id = key.slice(0, at)
    const field = key.slice(at + 1)
    let set = this.overlay.get(id)
    if (this.fields.has(key)) {
      if (!set) this.overlay.set(id, (set = new Set()))
      set.add(field)
    } else if (set) {
      set.delete(field)
      if (set.size === 0) this.overlay.delete(id)
    }
    return id
  }

  private rebuild(id: string): void {
    this.entries.delete(id)
    this.malformed.delete(id)
    const raw = this.base.get(id)
    if (raw !== undefined) this.compose(id, raw)
  }

  /** Reads one record (its base value plus any field edits) into the index. */
  private compose(id: string, raw: unknown): void {
    let composed: unknown = raw
    const edited = this.overlay.get(id)
    if (edited && typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
      const copy: Record<string, unknown> = { ...(raw as Record<string, unknown>) }
      for (const field of edited) {
        const value = this.fields.get(`${id}${SEP}${field}`)
        const dot = field.indexOf(ENTRY)
        if (dot < 0) {
          copy[field] = value
          continue
        }
        const name = field.slice(0, dot)
        if (!this.def.shape[name]?.entries) continue
        const base = copy[name]
        const key = field.slice(dot + 1)
        const entries =
          typeof base === 'object' && base !== null && !Array.isArray(base)
            ? Object.entries(base as Record<string, unknown>).filter(([k]) => k !== key)
            : []
        if (value !== null && value !== undefined) entries.push([key, value])
        copy[name] = Object.fromEntries(entries)
      }
      composed = copy
    }
    const r = readRecord(this.def.shape, composed)
    if (!r.ok || r.value.id !== id) {
      this.malformed.set(id, r.ok ? [{ field: 'id', code: 'notAllowed' }] : r.errors)
      return
    }
    this.entries.set(id, { id, record: r.value, sortKey: this.def.sortKey(r.value) })
  }

  private readonly onBaseChange = (event: Y.YMapEvent<unknown>) => {
    this.applyChanges(event.keysChanged)
  }

  private readonly onFieldsChange = (event: Y.YMapEvent<unknown>) => {
    const ids = new Set<string>()
    for (const key of event.keysChanged) {
      const id = this.indexOverlayKey(key)
      if (id !== null) ids.add(id)
    }
    this.applyChanges(ids)
  }

  private applyChanges(ids: ReadonlySet<string>): void {
    if (ids.size === 0) return
    for (const id of ids) this.rebuild(id)
    this.sorted = null
    this.version++
    this.listeners.emit(ids)
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => x === b[i])
  return Object.is(a, b)
}
