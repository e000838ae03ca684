import { newId } from '../../util/id'
import { ORIGIN, write } from '../../data/origins'
import { failure, success, type Result } from '../../data/result'
import type { CircleSession } from '../circle/session'
import { personReferences, recordsReferring } from '../circle/references'
import { scrubMentions } from '../meetings/notes'

/**
 * Erases a person on request (a data-protection right): the person and every record that
 * refers to them (assessments, test participation, relationships) are deleted in one
 * transaction, and an erasure is noted under a random id, so that every peer that receives
 * it compacts its local store and the deleted content is no longer kept on disk. The note
 * holds no personal data: neither the person's id nor a name.
 */
export function erasePerson(
  session: CircleSession,
  personId: string,
  now = Date.now(),
): Result<{ references: number }> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (!session.people.base.has(personId)) return failure({ code: 'notFound' })
  return write(session.doc, ORIGIN.personErase, () => {
    let references = 0
    const collections = new Map(
      personReferences(session).map((r) => [r.collection.def.name, r.collection]),
    )
    for (const [name, ids] of recordsReferring(session, personId))
      for (const id of ids) if (collections.get(name)?.remove(id)) references++
    // Action items they were to do stay the circle's, with nobody named; @-mentions of them
    // in meeting notes become "[removed]".
    for (const a of session.actions.getSnapshot())
      if (a.personId === personId && session.actions.update(a.id, { personId: '' }).ok) references++
    references += scrubMentions(session, personId)
    session.people.remove(personId)
    session.erasures.set(newId(), now)
    return success({ references })
  })
}
