import type { Collection } from '../../data/collection'
import { Listeners, type ReadStore } from '../../data/store'
import { later, type Assessment, type assessmentShape } from './assessment'

/**
 * Each person's assessments, kept up to date from the collection's change deltas: the current
 * assessment of 5,000 people is a map lookup, and one new assessment touches one entry.
 */
export class AssessmentIndex implements ReadStore<number> {
  private readonly byPerson = new Map<string, Assessment[]>()
  private readonly personOf = new Map<string, string>()
  private readonly listeners = new Listeners()
  private version = 0
  private readonly off: () => void

  constructor(private readonly assessments: Collection<typeof assessmentShape>) {
    for (const a of assessments.getSnapshot()) this.add(a)
    this.off = assessments.onChange((ids) => {
      for (const id of ids) {
        const personId = this.personOf.get(id)
        if (personId) this.drop(personId, id)
        const a = assessments.get(id)
        if (a) this.add(a)
      }
      this.version++
      this.listeners.emit()
    })
  }

  /** The person's current assessment (1-5), or 0 when not yet assessed. */
  current(personId: string): number {
    return this.latest(personId)?.value ?? 0
  }

  latest(personId: string): Assessment | undefined {
    const list = this.byPerson.get(personId)
    if (!list || list.length === 0) return undefined
    return list.reduce(later)
  }

  /** The person's assessments, oldest first. */
  history(personId: string): Assessment[] {
    return [...(this.byPerson.get(personId) ?? [])].sort((a, b) => (later(a, b) === a ? 1 : -1))
  }

  /** Everyone's assessment as it stood at `time` (0 where none yet). */
  valueAt(personId: string, time: number): number {
    let best: Assessment | undefined
    for (const a of this.byPerson.get(personId) ?? [])
      if (a.at <= time && (!best || later(a, best) === a)) best = a
    return best?.value ?? 0
  }

  /** Every assessment, for charts over time. */
  all(): Assessment[] {
    return [...this.byPerson.values()].flat()
  }

  personIds(): IterableIterator<string> {
    return this.byPerson.keys()
  }

  subscribe = (l: () => void) => this.listeners.add(l)
  getSnapshot = () => this.version

  destroy(): void {
    this.off()
  }

  private add(a: Assessment): void {
    const list = this.byPerson.get(a.personId) ?? []
    list.push(a)
    this.byPerson.set(a.personId, list)
    this.personOf.set(a.id, a.personId)
  }

  private drop(personId: string, id: string): void {
    this.personOf.delete(id)
    const list = this.byPerson.get(personId)?.filter((a) => a.id !== id) ?? []
    if (list.length === 0) this.byPerson.delete(personId)
    else this.byPerson.set(personId, list)
  }
}
