import * as Y from 'yjs'
import { Collection } from '../../data/collection'
import { runMigrations, type MigrationOutcome } from '../../data/migrations'
import { ORIGIN, write } from '../../data/origins'
import { alertAcksCollection, urgentAlertsCollection } from '../alerts/alert'
import { AssessmentIndex } from '../assessments/index'
import { assessmentsCollection } from '../assessments/assessment'
import { conversationEditsCollection, conversationsCollection } from '../conversations/conversation'
import { guidesCollection } from '../conversations/guide'
import { customFieldsCollection } from '../custom-fields/custom-field'
import { leadershipEventsCollection } from '../leadership/leadership-event'
import { peopleCollection } from '../people/person'
import { peopleInvariants } from '../people/invariants'
import { milestonesCollection, plansCollection, stepsCollection } from '../plans/plan'
import {
  powerMapsCollection,
  stakeholderLinksCollection,
  stakeholderMovesCollection,
  stakeholdersCollection,
} from '../power-maps/power-map'
import { membersCollection } from '../members/member'
import { actionsCollection, decisionsCollection } from '../meetings/action'
import {
  agendaItemsCollection,
  attendanceCollection,
  meetingsCollection,
} from '../meetings/meeting'
import { meetingTemplatesCollection } from '../meetings/template'
import {
  proposalCommentsCollection,
  proposalsCollection,
  votesCollection,
} from '../proposals/proposal'
import { relationshipsCollection } from '../relationships/relationship'
import {
  participationCollection,
  structureTestsCollection,
} from '../structure-tests/structure-test'
import { unitsCollection } from '../units/unit'
import { CircleMetaStore } from './meta'
import { circleMigrations } from './migrations'
import { danglingReferences, staleLinkIds, sweepDangling } from './references'

/** How long after a peer's change a peer waits before sweeping references to nobody. */
const SWEEP_DELAY_MS = 500

/**
 * An open circle: its Y.Doc and the typed collections over it. Created once the stored state
 * has been loaded into the doc, so that migrations see everything this device knows.
 */
export class CircleSession {
  readonly meta: CircleMetaStore
  readonly people: Collection<typeof peopleCollection.shape>
  readonly members: Collection<typeof membersCollection.shape>
  readonly units: Collection<typeof unitsCollection.shape>
  readonly assessments: Collection<typeof assessmentsCollection.shape>
  readonly relationships: Collection<typeof relationshipsCollection.shape>
  readonly customFields: Collection<typeof customFieldsCollection.shape>
  readonly structureTests: Collection<typeof structureTestsCollection.shape>
  readonly participation: Collection<typeof participationCollection.shape>
  readonly powerMaps: Collection<typeof powerMapsCollection.shape>
  readonly stakeholders: Collection<typeof stakeholdersCollection.shape>
  readonly stakeholderLinks: Collection<typeof stakeholderLinksCollection.shape>
  readonly stakeholderMoves: Collection<typeof stakeholderMovesCollection.shape>
  readonly conversations: Collection<typeof conversationsCollection.shape>
  readonly conversationEdits: Collection<typeof conversationEditsCollection.shape>
  readonly guides: Collection<typeof guidesCollection.shape>
  readonly meetings: Collection<typeof meetingsCollection.shape>
  readonly agendaItems: Collection<typeof agendaItemsCollection.shape>
  readonly attendance: Collection<typeof attendanceCollection.shape>
  readonly actions: Collection<typeof actionsCollection.shape>
  readonly decisions: Collection<typeof decisionsCollection.shape>
  readonly proposals: Collection<typeof proposalsCollection.shape>
  readonly votes: Collection<typeof votesCollection.shape>
  readonly proposalComments: Collection<typeof proposalCommentsCollection.shape>
  readonly meetingTemplates: Collection<typeof meetingTemplatesCollection.shape>
  readonly leadershipEvents: Collection<typeof leadershipEventsCollection.shape>
  readonly urgentAlerts: Collection<typeof urgentAlertsCollection.shape>
  readonly alertAcks: Collection<typeof alertAcksCollection.shape>
  readonly plans: Collection<typeof plansCollection.shape>
  readonly planSteps: Collection<typeof stepsCollection.shape>
  readonly planMilestones: Collection<typeof milestonesCollection.shape>
  /** Meeting id → the meeting's notes (rich text, edited with y-prosemirror). */
  readonly meetingNotes: Y.Map<Y.XmlFragment>
  readonly assessmentIndex: AssessmentIndex
  /** Random id → time of each erasure (no personal data): tells peers to compact. */
  readonly erasures: Y.Map<number>
  readonly migration: MigrationOutcome
  private sweepTimer: ReturnType<typeof setTimeout> | null = null

  constructor(
    readonly id: string,
    readonly doc: Y.Doc,
    /** Sweep references to nobody shortly after a peer's change (off in seeded fuzz tests). */
    options: { autoMaintain?: boolean } = {},
  ) {
    this.migration = runMigrations(doc, circleMigrations)
    this.meta = new CircleMetaStore(doc)
    this.people = new Collection(doc, peopleCollection)
    this.members = new Collection(doc, membersCollection)
    this.units = new Collection(doc, unitsCollection)
    this.assessments = new Collection(doc, assessmentsCollection)
    this.relationships = new Collection(doc, relationshipsCollection)
    this.customFields = new Collection(doc, customFieldsCollection)
    this.structureTests = new Collection(doc, structureTestsCollection)
    this.participation = new Collection(doc, participationCollection)
    this.powerMaps = new Collection(doc, powerMapsCollection)
    this.stakeholders = new Collection(doc, stakeholdersCollection)
    this.stakeholderLinks = new Collection(doc, stakeholderLinksCollection)
    this.stakeholderMoves = new Collection(doc, stakeholderMovesCollection)
    this.conversations = new Collection(doc, conversationsCollection)
    this.conversationEdits = new Collection(doc, conversationEditsCollection)
    this.guides = new Collection(doc, guidesCollection)
    this.meetings = new Collection(doc, meetingsCollection)
    this.agendaItems = new Collection(doc, agendaItemsCollection)
    this.attendance = new Collection(doc, attendanceCollection)
    this.actions = new Collection(doc, actionsCollection)
    this.decisions = new Collection(doc, decisionsCollection)
    this.proposals = new Collection(doc, proposalsCollection)
    this.votes = new Collection(doc, votesCollection)
    this.proposalComments = new Collection(doc, proposalCommentsCollection)
    this.meetingTemplates = new Collection(doc, meetingTemplatesCollection)
    this.leadershipEvents = new Collection(doc, leadershipEventsCollection)
    this.urgentAlerts = new Collection(doc, urgentAlertsCollection)
    this.alertAcks = new Collection(doc, alertAcksCollection)
    this.plans = new Collection(doc, plansCollection)
    this.planSteps = new Collection(doc, stepsCollection)
    this.planMilestones = new Collection(doc, milestonesCollection)
    this.meetingNotes = doc.getMap('meetingNotes')
    this.assessmentIndex = new AssessmentIndex(this.assessments)
    this.erasures = doc.getMap('erasures')
    this.maintain()
    if (options.autoMaintain !== false) doc.on('afterTransaction', this.onTransaction)
  }

  /** True when a newer Rhizome wrote this circle: this version shows it but does not write. */
  get readOnly(): boolean {
    return this.migration.newer
  }

  /**
   * Repairs what concurrent edits on several peers can leave behind: field edits of deleted
   * records, and records that refer to a deleted person. Idempotent; every peer may run it.
   */
  maintain(): void {
    if (this.readOnly) return
    const orphans = this.collections().some((c) => c.orphanIds().length > 0)
    if (!orphans && danglingReferences(this).size === 0 && staleLinkIds(this).size === 0) return
    write(this.doc, ORIGIN.maintenance, () => this.maintainInTransaction())
  }

  /** The repairs of maintain(), inside a command's own transaction. */
  maintainInTransaction(): void {
    for (const c of this.collections()) c.sweepOrphans()
    sweepDangling(this)
  }

  private collections() {
    return [
      this.people,
      this.units,
      this.assessments,
      this.relationships,
      this.customFields,
      this.structureTests,
      this.participation,
      this.powerMaps,
      this.stakeholders,
      this.stakeholderLinks,
      this.stakeholderMoves,
      this.conversations,
      this.conversationEdits,
      this.guides,
      this.meetings,
      this.agendaItems,
      this.attendance,
      this.actions,
      this.decisions,
      this.proposals,
      this.votes,
      this.proposalComments,
      this.meetingTemplates,
      this.leadershipEvents,
      this.urgentAlerts,
      this.alertAcks,
      this.plans,
      this.planSteps,
      this.planMilestones,
    ]
  }

  private readonly onTransaction = (tr: Y.Transaction) => {
    // Only a peer's change (or a restore) can leave references to nobody; local commands don't.
    if (tr.local && typeof tr.origin === 'string') return
    // Typing in meeting notes (here or at a peer) touches no record: nothing to sweep.
    const changed = tr.changed as Map<unknown, unknown>
    if (!this.collections().some((c) => changed.has(c.base))) return
    if (this.sweepTimer !== null) return
    this.sweepTimer = setTimeout(() => {
      this.sweepTimer = null
      this.maintain()
    }, SWEEP_DELAY_MS)
  }

  /** Domain invariants that hold at every moment, whatever has or has not arrived yet. */
  invariants(): string[] {
    return peopleInvariants(this.people)
  }

  /**
   * What must also hold once every peer has heard everything and maintained (see maintain):
   * no record refers to a person or test that is gone, no field edit outlives its record.
   */
  settledInvariants(): string[] {
    const dangling = [...danglingReferences(this, { unseen: true })].map(
      ([name, ids]) => `${ids.length} ${name} record(s) refer to nobody`,
    )
    const stale = [...staleLinkIds(this, { unseen: true })].map(
      ([name, ids]) => `${ids.length} ${name} record(s) link to something gone`,
    )
    const orphans = this.collections()
      .filter((c) => c.orphanIds().length > 0)
      .map((c) => `${c.def.name} has field edits of deleted records`)
    return [...this.invariants(), ...dangling, ...stale, ...orphans]
  }

  destroy(): void {
    if (this.sweepTimer !== null) clearTimeout(this.sweepTimer)
    this.doc.off('afterTransaction', this.onTransaction)
    this.assessmentIndex.destroy()
    for (const c of [...this.collections(), this.members]) c.destroy()
    this.meta.destroy()
  }
}
