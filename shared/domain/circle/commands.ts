import { ORIGIN, write } from '../../data/origins'
import { failure, success, type Result } from '../../data/result'
import { checkCircleLanguage, checkCircleName } from './meta'
import type { CircleSession } from './session'

/** Sets the circle's name and language when it is created on this device. */
export function initCircle(
  session: CircleSession,
  name: string,
  language: string,
  now = Date.now(),
): Result<void> {
  const n = checkCircleName(name)
  if (!n.ok) return failure({ code: 'invalid', errors: n.errors })
  const l = checkCircleLanguage(language)
  if (!l.ok) return failure({ code: 'invalid', errors: l.errors })
  write(session.doc, ORIGIN.circleRename, () => {
    session.meta.map.set('name', n.value.name)
    session.meta.map.set('language', l.value.language)
    session.meta.map.set('createdAt', now)
  })
  return success(undefined)
}

export function renameCircle(session: CircleSession, name: string): Result<string> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  const n = checkCircleName(name)
  if (!n.ok || n.value.name === undefined)
    return failure({ code: 'invalid', errors: n.ok ? [] : n.errors })
  const value = n.value.name
  write(session.doc, ORIGIN.circleRename, () => session.meta.map.set('name', value))
  return success(value)
}
