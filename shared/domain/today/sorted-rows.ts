/** A row and the string it sorts by (unique: it ends with an id). */
export interface Keyed<T> {
  key: string
  row: T
}

/**
 * Rows kept in order by key, grouped by the person they are about, so that when one person's
 * data changes only their rows are taken out and put back (binary search), never all sorted
 * again: Today and Ready over 100,000 people stay cheap after one new log.
 */
export class SortedRows<T> {
  private entries: Keyed<T>[] = []
  private readonly byPerson = new Map<string, Keyed<T>[]>()
  private cache: readonly T[] | null = null

  /** Replaces every row (sorted once). */
  fill(rows: Iterable<[personId: string, rows: Keyed<T>[]]>): void {
    this.byPerson.clear()
    this.entries = []
    for (const [personId, list] of rows) {
      if (list.length === 0) continue
      this.byPerson.set(personId, list)
      for (const e of list) this.entries.push(e)
    }
    this.entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    this.cache = null
  }

  /** Replaces one person's rows. */
  set(personId: string, rows: Keyed<T>[]): void {
    const old = this.byPerson.get(personId)
    if (!old && rows.length === 0) return
    for (const e of old ?? []) {
      let i = this.lowerBound(e.key)
      while (i < this.entries.length && this.entries[i] !== e) i++
      if (i < this.entries.length) this.entries.splice(i, 1)
    }
    for (const e of rows) this.entries.splice(this.lowerBound(e.key), 0, e)
    if (rows.length > 0) this.byPerson.set(personId, rows)
    else this.byPerson.delete(personId)
    this.cache = null
  }

  /** The rows in order; the same array until something changes. */
  list(): readonly T[] {
    if (this.cache === null) this.cache = this.entries.map((e) => e.row)
    return this.cache
  }

  private lowerBound(key: string): number {
    let lo = 0
    let hi = this.entries.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.entries[mid]!.key < key) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}

/** A number as a fixed-width string that sorts like the number (for |n| < 10^8). */
export const sortable = (n: number) => String(Math.round(n) + 100_000_000).padStart(10, '0')
