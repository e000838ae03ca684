import type { FieldError } from '../../data/fields'
import { ORIGIN, write } from '../../data/origins'
import { checkWrite } from '../../data/record-schema'
import { failure, success, type Result } from '../../data/result'
import { circleMetaShape, FOLLOW_UP_DEFAULTS, type CircleMeta } from '../circle/meta'
import type { CircleSession } from '../circle/session'

/** The circle's follow-up settings: N days for Today, and the thresholds of the Ready rules. */
export type FollowUpSettings = {
  -readonly [K in keyof typeof FOLLOW_UP_DEFAULTS]: (typeof FOLLOW_UP_DEFAULTS)[K] extends boolean
    ? boolean
    : number
}

export const FOLLOW_UP_KEYS = Object.keys(FOLLOW_UP_DEFAULTS) as (keyof FollowUpSettings)[]

/** The settings as stored in the circle, or the defaults while it has none. */
export function followUpSettings(meta: CircleMeta | null): FollowUpSettings {
  const out = { ...FOLLOW_UP_DEFAULTS } as FollowUpSettings
  if (meta) for (const k of FOLLOW_UP_KEYS) (out as Record<string, unknown>)[k] = meta[k]
  return out
}

/** Changes some of the circle's follow-up settings (each checked against its range). */
export function setFollowUpSettings(
  session: CircleSession,
  patch: Partial<FollowUpSettings>,
): Result<void> {
  if (session.readOnly) return failure({ code: 'readOnly' })
  const unknown: FieldError[] = Object.keys(patch)
    .filter((k) => !(FOLLOW_UP_KEYS as string[]).includes(k))
    .map((field) => ({ field, code: 'notAllowed' }))
  if (unknown.length > 0) return failure({ code: 'invalid', errors: unknown })
  const checked = checkWrite(circleMetaShape, patch)
  if (!checked.ok) return failure({ code: 'invalid', errors: checked.errors })
  const values = checked.value
  write(session.doc, ORIGIN.circleSettings, () => {
    for (const [k, v] of Object.entries(values))
      if (session.meta.map.get(k) !== v) session.meta.map.set(k, v)
  })
  return success(undefined)
}
