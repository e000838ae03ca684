import type { Conversation } from '../../shared/domain/conversations/conversation'
import type { Meeting } from '../../shared/domain/meetings/meeting'

/** Whole domain records for fixtures and benches, with the fields a test does not care about blank. */

/**
 * A conversation record for fixtures and benches: who, with whom, when and who logged it, and
 * every other field blank (no commitment, no follow-up, not edited, not redacted) unless given.
 */
export function blankConversation(
  fields: Pick<Conversation, 'id' | 'personId' | 'date' | 'members' | 'loggedBy' | 'createdAt'> &
    Partial<Conversation>,
): Conversation {
  return {
    channel: 'inPerson',
    issues: [],
    cares: '',
    ask: '',
    commitment: '',
    commitmentDue: '',
    commitmentStatus: 'none',
    assessment: 0,
    followUpOn: '',
    followUpDoneAt: 0,
    followUpDoneBy: '',
    notes: '',
    guideId: '',
    assessmentId: '',
    editedAt: 0,
    editedBy: '',
    redactedAt: 0,
    redactedBy: '',
    ...fields,
  }
}

/** A meeting record: its id, title, day and creator, with no time, place, link or roles. */
export function blankMeeting(
  fields: Pick<Meeting, 'id' | 'title' | 'date' | 'createdBy' | 'createdAt'> & Partial<Meeting>,
): Meeting {
  return {
    time: '',
    place: '',
    link: '',
    facilitator: '',
    noteTaker: '',
    previousId: '',
    ...fields,
  }
}
