import * as Y from 'yjs'
import { field, type Field, type Infer } from '../../data/fields'
import { checkWrite, readRecord } from '../../data/record-schema'
import { Listeners, type ReadStore } from '../../data/store'

export const CIRCLE_NAME_MAX = 100

/** A BCP 47 language tag such as `de` or `pt-BR`. */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2}|-[0-9]{3})?$/

const languageField = {
  required: true,
  fallback: 'en',
  check: (v: unknown) =>
    typeof v === 'string' && LANGUAGE_TAG.test(v)
      ? { ok: true as const, value: v }
      : { ok: false as const, code: 'notAllowed' as const },
}

/** A yes/no setting whose default is yes. */
const onByDefault: Field<boolean> = {
  required: false,
  fallback: true,
  check: (v) =>
    v === undefined || v === null
      ? { ok: true, value: true }
      : typeof v === 'boolean'
        ? { ok: true, value: v }
        : { ok: false, code: 'wrongType' },
}

/**
 * Defaults of the circle's follow-up settings (Today and "Ready for a next step"); a circle
 * that never changed them, or a peer on an older version, reads these.
 */
export const FOLLOW_UP_DEFAULTS = {
  quietDays: 30,
  readyWindowDays: 60,
  readyMinAttendance: 2,
  readyMinTests: 1,
  readyMinKept: 1,
  readyLeaderRule: true,
  readyLeaderDays: 30,
} as const

/** The range of each numeric follow-up setting, [min, max]. */
export const FOLLOW_UP_RANGES = {
  quietDays: [1, 365],
  readyWindowDays: [7, 365],
  readyMinAttendance: [0, 100],
  readyMinTests: [0, 100],
  readyMinKept: [0, 100],
  readyLeaderDays: [1, 365],
} as const

const followUpInt = (key: keyof typeof FOLLOW_UP_RANGES) =>
  field.int({
    min: FOLLOW_UP_RANGES[key][0],
    max: FOLLOW_UP_RANGES[key][1],
    fallback: FOLLOW_UP_DEFAULTS[key],
  })

export const circleMetaShape = {
  name: field.text({ min: 1, max: CIRCLE_NAME_MAX }),
  language: { ...languageField, required: false },
  createdAt: { ...field.timestamp(), required: false },
  /** Today lists assigned people with no conversation in this many days. */
  quietDays: followUpInt('quietDays'),
  /** "Ready for a next step" counts participation in this many recent days. */
  readyWindowDays: followUpInt('readyWindowDays'),
  /** How many meetings, tests, kept commitments in the window suggest someone (0: off). */
  readyMinAttendance: followUpInt('readyMinAttendance'),
  readyMinTests: followUpInt('readyMinTests'),
  readyMinKept: followUpInt('readyMinKept'),
  /** Suggest organic leaders without a one-on-one in `readyLeaderDays` days. */
  readyLeaderRule: onByDefault,
  readyLeaderDays: followUpInt('readyLeaderDays'),
  /** Who may raise an urgent alert: every member, or only the member ids in `alertRaisers`. */
  alertRaisersMode: field.oneOf(['everyone', 'listed'] as const, 'everyone'),
  alertRaisers: field.textList({ maxItems: 200, maxLength: 64 }),
}

export type CircleMeta = Infer<typeof circleMetaShape>

export const checkCircleName = (name: unknown) => checkWrite(circleMetaShape, { name })
export const checkCircleLanguage = (language: unknown) => checkWrite(circleMetaShape, { language })

/** The circle's shared settings (name, language), stored in the doc's `meta` map. */
export class CircleMetaStore implements ReadStore<CircleMeta | null> {
  readonly map: Y.Map<unknown>
  private snapshot: CircleMeta | null = null
  private readonly listeners = new Listeners()

  constructor(doc: Y.Doc) {
    this.map = doc.getMap('meta')
    this.refresh()
    this.map.observe(this.onChange)
  }

  destroy(): void {
    this.map.unobserve(this.onChange)
  }

  subscribe = (onChange: () => void) => this.listeners.add(onChange)
  /** The circle's settings, or null while the doc has no valid name (e.g. not yet synced). */
  getSnapshot = () => this.snapshot

  private refresh(): void {
    const raw: Record<string, unknown> = {}
    this.map.forEach((v, k) => {
      raw[k] = v
    })
    const r = readRecord(circleMetaShape, raw)
    this.snapshot = r.ok ? r.value : null
  }

  private readonly onChange = () => {
    this.refresh()
    this.listeners.emit()
  }
}
