import type { Collection } from '../../data/collection'
import { Listeners, type ReadStore } from '../../data/store'
import type { Conversation, conversationShape } from '../conversations/conversation'
import type { Person, personShape } from '../people/person'

/** The day a conversation counts for: its date, or (never in practice) its creation day. */
export const conversationDay = (c: Conversation): string =>
  c.date !== '' ? c.date : new Date(c.createdAt).toISOString().slice(0, 10)

/** True when `a` is later than `b`: by day, then logging time, then id (the same on every peer). */
export function laterConversation(a: Conversation, b: Conversation): boolean {
  const da = conversationDay(a)
  const db = conversationDay(b)
  if (da !== db) return da > db
  if (a.createdAt !== b.createdAt) return a.createdAt > b.createdAt
  return a.id > b.id
}

/** How many versions' changes an index remembers (see changedSince). */
const LOG_LENGTH = 256

/** A follow-up still to do: set, not marked done. */
export const hasOpenFollowUp = (c: Conversation) => c.followUpOn !== '' && c.followUpDoneAt === 0

/** What Today and "Ready for a next step" read, kept up to date change by change. */
export interface FollowUpData {
  person(id: string): Person | undefined
  /** The person's latest conversation (only its follow-up counts: a later talk is one). */
  latest(personId: string): Conversation | undefined
  /** Every conversation with the person. */
  conversationsOf(personId: string): Iterable<Conversation>
  /** Latest conversations whose follow-up is still open. */
  openFollowUps(): Iterable<Conversation>
  /** Conversations with a commitment (status open, kept or missed). */
  commitments(): Iterable<Conversation>
  /** People assigned to a member. */
  assignedTo(memberId: string): Iterable<string>
  /** Member ids with people assigned to them. */
  organizers(): Iterable<string>
  /** Organic leaders. */
  leaders(): Iterable<string>
}

/** How many people are assigned to each member (for the assignment summary). */
export function assignmentCounts(data: FollowUpData): Map<string, number> {
  const out = new Map<string, number>()
  for (const id of data.organizers()) {
    let n = 0
    for (const _ of data.assignedTo(id)) n++
    out.set(id, n)
  }
  return out
}

/**
 * Follow-up data of a circle, from the people's and conversations' change deltas: one new log
 * touches one person's entry, so Today and Ready are rebuilt from small sets, never from a
 * scan of 100,000 people. Listens only while it has listeners (so it can be made during a
 * render without leaking); read while nobody listens, it is rebuilt if a collection changed.
 */
export class FollowUpIndex implements FollowUpData, ReadStore<number> {
  private readonly convsByPerson = new Map<string, Set<string>>()
  private readonly personOfConv = new Map<string, string>()
  private readonly latestOf = new Map<string, Conversation>()
  private readonly open = new Map<string, Conversation>()
  private readonly committed = new Map<string, Conversation>()
  private readonly byOrganizer = new Map<string, Set<string>>()
  private readonly organizerOf = new Map<string, string>()
  private readonly leaderIds = new Set<string>()
  private readonly listeners = new Listeners()
  private seen = { people: -1, conversations: -1 }
  private version = 0
  /** People touched by each recent version (for builders that update incrementally). */
  private log: { version: number; ids: ReadonlySet<string> }[] = []
  private baseVersion = 0
  private detach: (() => void) | null = null

  constructor(
    private readonly people: Collection<typeof personShape>,
    private readonly conversations: Collection<typeof conversationShape>,
  ) {}

  // ---- ReadStore: the version, incremented on every change ------------------------------------

  getSnapshot = (): number => {
    this.fresh()
    return this.version
  }

  subscribe = (onChange: () => void): (() => void) => {
    if (this.detach === null) {
      this.fresh()
      const offPeople = this.people.onChange((ids) => this.changed(() => this.applyPeople(ids)))
      const offConvs = this.conversations.onChange((ids) =>
        this.changed(() => this.applyConversations(ids)),
      )
      this.detach = () => {
        offPeople()
        offConvs()
      }
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

  // ---- FollowUpData ---------------------------------------------------------------------------

  person(id: string): Person | undefined {
    return this.people.get(id)
  }
  latest(personId: string): Conversation | undefined {
    this.fresh()
    return this.latestOf.get(personId)
  }
  *conversationsOf(personId: string): Iterable<Conversation> {
    this.fresh()
    for (const id of this.convsByPerson.get(personId) ?? []) {
      const c = this.conversations.get(id)
      if (c) yield c
    }
  }

  /**
   * The people whose data changed since `version` (a value of getSnapshot), or null when that
   * is too long ago to tell (the caller then rebuilds from scratch).
   */
  changedSince(version: number): ReadonlySet<string> | null {
    this.fresh()
    if (version < this.baseVersion) return null
    if (version === this.version) return new Set()
    const oldest = this.log[0]
    if (!oldest || oldest.version > version + 1) return null
    const out = new Set<string>()
    for (const entry of this.log)
      if (entry.version > version) for (const id of entry.ids) out.add(id)
    return out
  }
  openFollowUps(): Iterable<Conversation> {
    this.fresh()
    return this.open.values()
  }
  commitments(): Iterable<Conversation> {
    this.fresh()
    return this.committed.values()
  }
  assignedTo(memberId: string): Iterable<string> {
    this.fresh()
    return this.byOrganizer.get(memberId) ?? []
  }
  organizers(): Iterable<string> {
    this.fresh()
    return this.byOrganizer.keys()
  }
  leaders(): Iterable<string> {
    this.fresh()
    return this.leaderIds
  }

  // ---- upkeep ---------------------------------------------------------------------------------

  /** Rebuilds from scratch if a collection changed while nobody listened. */
  private fresh(): void {
    const people = this.people.getVersion()
    const conversations = this.conversations.getVersion()
    if (this.seen.people === people && this.seen.conversations === conversations) return
    if (this.detach !== null && this.seen.people >= 0) return // a delta is on its way
    for (const m of [this.convsByPerson, this.personOfConv, this.latestOf, this.open]) m.clear()
    for (const m of [this.committed, this.byOrganizer, this.organizerOf]) m.clear()
    this.leaderIds.clear()
    this.applyPeople(this.people.getSnapshot().map((p) => p.id))
    this.applyConversations(this.conversations.getSnapshot().map((c) => c.id))
    this.seen = { people, conversations }
    this.version++
    this.baseVersion = this.version
    this.log = []
  }

  private changed(apply: () => ReadonlySet<string>): void {
    const ids = apply()
    this.seen = {
      people: this.people.getVersion(),
      conversations: this.conversations.getVersion(),
    }
    this.version++
    this.log.push({ version: this.version, ids })
    if (this.log.length > LOG_LENGTH) this.log.shift()
    this.listeners.emit()
  }

  private applyPeople(ids: ReadonlySet<string> | readonly string[]): ReadonlySet<string> {
    for (const id of ids) {
      const before = this.organizerOf.get(id)
      if (before !== undefined) {
        const set = this.byOrganizer.get(before)
        set?.delete(id)
        if (set?.size === 0) this.byOrganizer.delete(before)
        this.organizerOf.delete(id)
      }
      this.leaderIds.delete(id)
      const p = this.people.get(id)
      if (!p) continue
      if (p.leader) this.leaderIds.add(id)
      if (p.organizerId !== '') {
        this.organizerOf.set(id, p.organizerId)
        let set = this.byOrganizer.get(p.organizerId)
        if (!set) this.byOrganizer.set(p.organizerId, (set = new Set()))
        set.add(id)
      }
    }
    return new Set(ids)
  }

  private applyConversations(ids: Iterable<string>): ReadonlySet<string> {
    const touched = new Set<string>()
    for (const id of ids) {
      const before = this.personOfConv.get(id)
      if (before !== undefined) {
        this.convsByPerson.get(before)?.delete(id)
        this.personOfConv.delete(id)
        touched.add(before)
      }
      this.committed.delete(id)
      const c = this.conversations.get(id)
      if (!c) continue
      this.personOfConv.set(id, c.personId)
      let set = this.convsByPerson.get(c.personId)
      if (!set) this.convsByPerson.set(c.personId, (set = new Set()))
      set.add(id)
      touched.add(c.personId)
      if (c.commitmentStatus !== 'none') this.committed.set(id, c)
    }
    for (const personId of touched) this.refreshLatest(personId)
    return touched
  }

  private refreshLatest(personId: string): void {
    const previous = this.latestOf.get(personId)
    if (previous) this.open.delete(previous.id)
    this.latestOf.delete(personId)
    const ids = this.convsByPerson.get(personId)
    let best: Conversation | undefined
    for (const id of ids ?? []) {
      const c = this.conversations.get(id)
      if (c && (!best || laterConversation(c, best))) best = c
    }
    if (ids && ids.size === 0) this.convsByPerson.delete(personId)
    if (!best) return
    this.latestOf.set(personId, best)
    if (hasOpenFollowUp(best)) this.open.set(best.id, best)
  }
}
