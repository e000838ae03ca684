import type { CircleSession } from '../circle/session'

/**
 * A person's logged conversations for their data-access request (the dossier): what was
 * recorded, with members by name. Redacted text is not there to export.
 */
export function conversationsForDossier(
  session: CircleSession,
  personId: string,
  memberName: (id: string) => string,
) {
  return session.conversations
    .getSnapshot()
    .filter((c) => c.personId === personId)
    .map((c) => ({
      date: c.date,
      channel: c.channel,
      members: c.members.map(memberName),
      issues: [...c.issues],
      cares: c.cares,
      ask: c.ask,
      commitment: c.commitment,
      commitmentDue: c.commitmentDue,
      commitmentStatus: c.commitmentStatus,
      assessment: c.assessment,
      followUpOn: c.followUpOn,
      notes: c.notes,
      loggedBy: memberName(c.loggedBy),
      loggedAt: c.createdAt,
      correctedAt: c.editedAt,
      redactedAt: c.redactedAt,
    }))
}
