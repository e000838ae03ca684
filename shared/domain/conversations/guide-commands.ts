import { newId } from '../../util/id'
import { ORIGIN, write } from '../../data/origins'
import { checkWrite } from '../../data/record-schema'
import { failure, success, type Result } from '../../data/result'
import type { CircleSession } from '../circle/session'
import { defaultGuide } from './default-guide'
import { guideShape, type Guide, type GuideInput } from './guide'

/** Adds a conversation guide; returns its id. */
export function addGuide(
  session: CircleSession,
  input: GuideInput,
  now = Date.now(),
): Result<string> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  const guide: Guide = { ...input, id: newId(), createdAt: now }
  const checked = checkWrite(guideShape, guide)
  if (!checked.ok) return failure({ code: 'invalid', errors: checked.errors })
  return write(session.doc, ORIGIN.guideSave, () => {
    const r = session.guides.insert(guide)
    return r.ok ? success(guide.id) : failure({ code: 'invalid', errors: r.errors })
  })
}

/** Changes some fields of a guide; each field is its own edit, so two members' edits merge. */
export function updateGuide(
  session: CircleSession,
  id: string,
  patch: Partial<GuideInput>,
): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (!session.guides.has(id)) return failure({ code: 'notFound' })
  const checked = checkWrite(guideShape, patch)
  if (!checked.ok) return failure({ code: 'invalid', errors: checked.errors })
  return write(session.doc, ORIGIN.guideSave, () => {
    const r = session.guides.update(id, patch)
    if (r.ok) return success(undefined)
    return 'notFound' in r
      ? failure({ code: 'notFound' })
      : failure({ code: 'invalid', errors: r.errors })
  })
}

/**
 * Removes a guide. Conversations logged with it keep their guideId; the form then shows the
 * default guide for them.
 */
export function removeGuide(session: CircleSession, id: string): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  if (!session.guides.has(id)) return failure({ code: 'notFound' })
  return write(session.doc, ORIGIN.guideRemove, () => {
    session.guides.remove(id)
    return success(undefined)
  })
}

/** "Start from the default guide": copies the shipped guide in `language` into the circle. */
export function copyDefaultGuide(
  session: CircleSession,
  language: string,
  now = Date.now(),
): Result<string> {
  return addGuide(session, defaultGuide(language), now)
}
