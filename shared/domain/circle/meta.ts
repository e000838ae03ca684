import * as Y from 'yjs'
import { field, type Infer } from '../../data/fields'
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

export const circleMetaShape = {
  name: field.text({ min: 1, max: CIRCLE_NAME_MAX }),
  language: { ...languageField, required: false },
  createdAt: { ...field.timestamp(), required: false },
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
