import type { Collection } from '../../data/collection'
import { Listeners, type ReadStore } from '../../data/store'
import { countsAsParticipation, indexParticipation, type ParticipationIndex } from './results'
import type { ParticipationRecord, participationShape } from './structure-test'

/**
 * Participation by test and person, kept up to date change by change: recording one person
 * costs a copy of one test's map, not a sort of every record of every test (with 5,000 people
 * and 20 tests, that sort alone takes about 100 ms, too slow for recording key by key).
 *
 * Listens to the collection only while it has listeners itself, so it can be created during a
 * render without leaking; read while nobody listens, it is rebuilt if the collection changed.
 */
export class ParticipationIndexStore implements ReadStore<ParticipationIndex> {
  private index: Map<string, ReadonlyMap<string, ParticipationRecord>> = new Map()
  /** Where each counted record is, to find it again when it changes or goes. */
  private readonly placed = new Map<string, { testId: string; personId: string }>()
  private readonly listeners = new Listeners()
  private version = -1
  private detach: (() => void) | null = null

  constructor(private readonly collection: Collection<typeof participationShape>) {}

  getSnapshot = (): ParticipationIndex => {
    if (this.version !== this.collection.getVersion()) this.rebuild()
    return this.index
  }

  subscribe = (onChange: () => void): (() => void) => {
    if (this.detach === null) {
      this.getSnapshot()
      this.detach = this.collection.onChange((ids) => this.apply(ids))
    }
    const off = this.listeners.add(onChange)
    return () => {
      off()
      if (this.listeners.size === 0 && this.detach) {
        this.detach()
        this.detach = null
      }
    }
  }

  private rebuild(): void {
    this.index = new Map(indexParticipation(this.collection.getSnapshot()))
    this.placed.clear()
    for (const [testId, byPerson] of this.index)
      for (const [personId, r] of byPerson) this.placed.set(r.id, { testId, personId })
    this.version = this.collection.getVersion()
  }

  private apply(ids: ReadonlySet<string>): void {
    const next = new Map(this.index)
    const copied = new Map<string, Map<string, ParticipationRecord>>()
    const own = (testId: string) => {
      let m = copied.get(testId)
      if (!m) {
        m = new Map(next.get(testId))
        copied.set(testId, m)
        next.set(testId, m)
      }
      return m
    }
    for (const id of ids) {
      const before = this.placed.get(id)
      if (before) {
        own(before.testId).delete(before.personId)
        this.placed.delete(id)
      }
      const r = this.collection.get(id)
      if (r && countsAsParticipation(r)) {
        own(r.testId).set(r.personId, r)
        this.placed.set(id, { testId: r.testId, personId: r.personId })
      }
    }
    for (const [testId, m] of copied) if (m.size === 0) next.delete(testId)
    this.index = next
    this.version = this.collection.getVersion()
    this.listeners.emit()
  }
}
