import { type FieldError, type Infer, type Shape } from './fields'

export type ReadResult<T> =
  { ok: true; value: T; repaired: FieldError[] } | { ok: false; errors: FieldError[] }

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array)

/**
 * Reads a record that came from the store or a peer. Required fields must be valid or the
 * record is refused; an invalid optional field falls back to its default and is reported.
 * Fields this version does not know are ignored (a newer peer may have written them).
 */
export function readRecord<S extends Shape>(shape: S, raw: unknown): ReadResult<Infer<S>> {
  if (!isPlainObject(raw)) return { ok: false, errors: [{ field: '*', code: 'wrongType' }] }
  const out: Record<string, unknown> = {}
  const repaired: FieldError[] = []
  const errors: FieldError[] = []
  for (const key in shape) {
    const f = shape[key]!
    const v = raw[key]
    if (v === undefined && f.required) {
      errors.push({ field: key, code: 'required' })
      continue
    }
    const r = f.check(v)
    if (r.ok) out[key] = r.value
    else if (f.required) errors.push({ field: key, code: r.code })
    else {
      out[key] = f.fallback
      repaired.push({ field: key, code: r.code })
    }
  }
  if (errors.length > 0) return { ok: false, errors }
  return { ok: true, value: out as Infer<S>, repaired }
}

/**
 * Checks values a user (or a command) wants to write. Strict: every problem is an error, and
 * unknown fields are refused. Returns the normalised values (e.g. trimmed strings).
 */
export function checkWrite<S extends Shape>(
  shape: S,
  values: Partial<Record<keyof S, unknown>>,
): { ok: true; value: Partial<Infer<S>> } | { ok: false; errors: FieldError[] } {
  const out: Record<string, unknown> = {}
  const errors: FieldError[] = []
  for (const key of Object.keys(values)) {
    const f = shape[key]
    if (!f) {
      errors.push({ field: key, code: 'notAllowed' })
      continue
    }
    const r = f.check(values[key])
    if (r.ok) out[key] = r.value
    else
      errors.push(
        r.limit === undefined
          ? { field: key, code: r.code }
          : { field: key, code: r.code, limit: r.limit },
      )
  }
  if (errors.length > 0) return { ok: false, errors }
  return { ok: true, value: out as Partial<Infer<S>> }
}
