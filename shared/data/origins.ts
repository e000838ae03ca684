import type * as Y from 'yjs'

/**
 * Every write to a circle document happens in a transaction with one of these origins, so
 * that persistence, sync and undo can tell who changed what. Local user actions start with
 * `local:`; the undo manager tracks only those, so undo never reverts a peer's edit.
 */
export const ORIGIN = {
  circleRename: 'local:circle.rename',
  circleLanguage: 'local:circle.language',
  personAdd: 'local:people.add',
  personUpdate: 'local:people.update',
  personRemove: 'local:people.remove',
  personErase: 'local:people.erase',
  peopleImport: 'local:people.import',
  unitAdd: 'local:units.add',
  unitUpdate: 'local:units.update',
  unitRemove: 'local:units.remove',
  assess: 'local:assessments.add',
  relationshipAdd: 'local:relationships.add',
  relationshipRemove: 'local:relationships.remove',
  customFieldSave: 'local:custom-fields.save',
  customFieldRemove: 'local:custom-fields.remove',
  testSave: 'local:structure-tests.save',
  testRemove: 'local:structure-tests.remove',
  participationSet: 'local:structure-tests.participation',
  powerMapSave: 'local:power-maps.save',
  powerMapDuplicate: 'local:power-maps.duplicate',
  stakeholderSave: 'local:power-maps.stakeholder',
  stakeholderMove: 'local:power-maps.move',
  stakeholderRemove: 'local:power-maps.stakeholder-remove',
  stakeholderLinkSave: 'local:power-maps.link',
  stakeholderLinkRemove: 'local:power-maps.link-remove',
  conversationLog: 'local:conversations.log',
  conversationCorrect: 'local:conversations.correct',
  conversationRedact: 'local:conversations.redact',
  conversationRemove: 'local:conversations.remove',
  followUpDone: 'local:conversations.follow-up-done',
  commitmentSet: 'local:conversations.commitment',
  guideSave: 'local:guides.save',
  guideRemove: 'local:guides.remove',
  assignmentSet: 'local:people.assign',
  leadershipRecord: 'local:leadership.record',
  leadershipRemove: 'local:leadership.remove',
  circleSettings: 'local:circle.settings',
  meetingSave: 'local:meetings.save',
  meetingRemove: 'local:meetings.remove',
  agendaSave: 'local:meetings.agenda',
  meetingTemplateSave: 'local:meetings.template',
  meetingTemplateRemove: 'local:meetings.template-remove',
  attendanceSet: 'local:meetings.attendance',
  notesEdit: 'local:meetings.notes',
  actionSave: 'local:actions.save',
  actionDone: 'local:actions.done',
  actionRemove: 'local:actions.remove',
  decisionSave: 'local:decisions.save',
  decisionRemove: 'local:decisions.remove',
  proposalSave: 'local:proposals.save',
  proposalClose: 'local:proposals.close',
  vote: 'local:proposals.vote',
  proposalComment: 'local:proposals.comment',
  planSave: 'local:plans.save',
  planRemove: 'local:plans.remove',
  stepSave: 'local:plans.step',
  stepMove: 'local:plans.step-move',
  stepRemove: 'local:plans.step-remove',
  milestoneSave: 'local:plans.milestone',
  milestoneRemove: 'local:plans.milestone-remove',
  taskMove: 'local:plans.task-move',
  taskLink: 'local:plans.task-link',
  alertRaise: 'local:alerts.raise',
  alertAcknowledge: 'local:alerts.acknowledge',
  alertCancel: 'local:alerts.cancel',
  memberRegister: 'system:members.register',
  memberRemove: 'local:members.remove',
  migration: 'system:migration',
  backupRestore: 'system:backup-restore',
  maintenance: 'system:maintenance',
} as const

export type Origin = (typeof ORIGIN)[keyof typeof ORIGIN]

/** Origins of edits a user made by hand in this window (what undo may revert). */
export const USER_ORIGINS: ReadonlySet<Origin> = new Set(
  Object.values(ORIGIN).filter((o) => o.startsWith('local:')),
)

/** Runs `fn` as one Yjs transaction with a named origin and returns its result. */
export function write<T>(doc: Y.Doc, origin: Origin, fn: () => T): T {
  let result!: T
  doc.transact(() => {
    result = fn()
  }, origin)
  return result
}

/** Throws if called outside a transaction: collection writes must carry an origin. */
export function assertInTransaction(doc: Y.Doc): void {
  const tx = (doc as unknown as { _transaction: { origin: unknown } | null })._transaction
  if (tx === null || tx.origin === null || tx.origin === undefined) {
    throw new Error('Collection writes must run inside write(doc, origin, fn)')
  }
}
