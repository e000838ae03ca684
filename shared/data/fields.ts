/**
 * A small schema builder for records stored in Yjs.
 *
 * Each field knows how to check a value that arrived from the store or a peer. Reads are
 * tolerant (an invalid optional field falls back to its default and is reported), writes are
 * strict (every invalid field is an error). Types are derived from the schema, so the
 * TypeScript type of a record and its validator cannot drift apart.
 */

import { isDay } from '../util/day'

export const INVALID: unique symbol = Symbol('invalid')
export type Invalid = typeof INVALID

/** Why a value was refused. The UI translates these codes (`errors.field.<code>`). */
export type FieldErrorCode =
  'required' | 'wrongType' | 'tooShort' | 'tooLong' | 'tooMany' | 'notAllowed' | 'outOfRange'

export interface FieldError {
  field: string
  code: FieldErrorCode
  /** The limit that was crossed, for messages such as "at most 200 characters". */
  limit?: number
}

export interface Field<T> {
  readonly required: boolean
  /**
   * A map of entries (e.g. custom field values): the collection stores an edit of each entry
   * under its own key, so two members editing different entries both keep their edit.
   */
  readonly entries?: true
  /** Value used when an optional field is absent or invalid. */
  readonly fallback: T
  /** Checks a value; returns the (possibly normalised) value or an error code. */
  check(
    value: unknown,
  ): { ok: true; value: T } | { ok: false; code: FieldErrorCode; limit?: number }
}

export type FieldValue<F> = F extends Field<infer T> ? T : never
export type Shape = Record<string, Field<unknown>>
export type Infer<S extends Shape> = { [K in keyof S]: FieldValue<S[K]> }

const ID = /^[A-Za-z0-9_-]{8,64}$/

const ok = <T>(value: T) => ({ ok: true as const, value })
const fail = (code: FieldErrorCode, limit?: number) =>
  limit === undefined ? { ok: false as const, code } : { ok: false as const, code, limit }

interface TextOptions {
  min?: number
  max: number
}

function checkText(value: unknown, opts: TextOptions) {
  if (typeof value !== 'string') return fail('wrongType')
  const trimmed = value.trim()
  if (opts.min !== undefined && opts.min > 0 && trimmed.length === 0) return fail('required')
  if (opts.min !== undefined && trimmed.length < opts.min) return fail('tooShort', opts.min)
  if (trimmed.length > opts.max) return fail('tooLong', opts.max)
  return ok(trimmed)
}

export const field = {
  /** A required, trimmed string of bounded length. */
  text(opts: TextOptions): Field<string> {
    return { required: true, fallback: '', check: (v) => checkText(v, opts) }
  },
  /** An optional trimmed string; absent means empty. */
  optionalText(opts: { max: number }): Field<string> {
    return {
      required: false,
      fallback: '',
      check: (v) => (v === undefined || v === null ? ok('') : checkText(v, opts)),
    }
  },
  /** A list of distinct, non-empty trimmed strings. */
  textList(opts: { maxItems: number; maxLength: number }): Field<string[]> {
    return {
      required: false,
      fallback: [],
      check(v) {
        if (v === undefined || v === null) return ok([])
        if (!Array.isArray(v)) return fail('wrongType')
        if (v.length > opts.maxItems) return fail('tooMany', opts.maxItems)
        const out: string[] = []
        for (const item of v) {
          const r = checkText(item, { max: opts.maxLength })
          if (!r.ok) return r
          if (r.value !== '' && !out.includes(r.value)) out.push(r.value)
        }
        return ok(out)
      },
    }
  },
  /** A millisecond timestamp. */
  timestamp(): Field<number> {
    return {
      required: true,
      fallback: 0,
      check: (v) =>
        typeof v === 'number' && Number.isFinite(v) && v >= 0 ? ok(v) : fail('wrongType'),
    }
  },
  /** An identifier made by `newId` (or a compatible peer). */
  id(): Field<string> {
    return {
      required: true,
      fallback: '',
      check: (v) => (typeof v === 'string' && ID.test(v) ? ok(v) : fail('wrongType')),
    }
  },
  /** A yes/no flag; absent means no. */
  flag(): Field<boolean> {
    return {
      required: false,
      fallback: false,
      check: (v) =>
        v === undefined || v === null
          ? ok(false)
          : typeof v === 'boolean'
            ? ok(v)
            : fail('wrongType'),
    }
  },
  /** A reference to another record by id; '' means none. */
  ref(): Field<string> {
    return {
      required: false,
      fallback: '',
      check: (v) =>
        v === undefined || v === null || v === ''
          ? ok('')
          : typeof v === 'string' && ID.test(v)
            ? ok(v)
            : fail('wrongType'),
    }
  },
  /** An integer in [min, max]; absent means `fallback`. */
  int(opts: { min: number; max: number; fallback: number }): Field<number> {
    return {
      required: false,
      fallback: opts.fallback,
      check(v) {
        if (v === undefined || v === null) return ok(opts.fallback)
        if (typeof v !== 'number' || !Number.isInteger(v)) return fail('wrongType')
        if (v < opts.min || v > opts.max)
          return fail('outOfRange', v < opts.min ? opts.min : opts.max)
        return ok(v)
      },
    }
  },
  /** An optional calendar day, YYYY-MM-DD; absent or empty means '' (no day). */
  day(): Field<string> {
    return {
      required: false,
      fallback: '',
      check(v) {
        if (v === undefined || v === null || v === '') return ok('')
        if (typeof v !== 'string') return fail('wrongType')
        const s = v.trim()
        return isDay(s) ? ok(s) : fail('wrongType')
      },
    }
  },
  /** An optional millisecond timestamp; 0 means none. */
  optionalTimestamp(): Field<number> {
    return {
      required: false,
      fallback: 0,
      check: (v) =>
        v === undefined || v === null
          ? ok(0)
          : typeof v === 'number' && Number.isFinite(v) && v >= 0 && v < 8.64e15
            ? ok(v)
            : fail('wrongType'),
    }
  },
  /**
   * Entries keyed by record ids (never by personal data), each a bounded string or a finite
   * number. Entries that are null, empty or invalid are left out on read.
   */
  entries(opts: { maxEntries: number; maxLength: number }): Field<Record<string, string | number>> {
    return {
      required: false,
      entries: true,
      fallback: {},
      check(v) {
        if (v === undefined || v === null) return ok({})
        if (typeof v !== 'object' || Array.isArray(v)) return fail('wrongType')
        const out: Record<string, string | number> = {}
        let n = 0
        // Sorted, so that every peer holds the same object whatever order the edits came in.
        const pairs = Object.entries(v as Record<string, unknown>).sort(([a], [b]) =>
          a < b ? -1 : a > b ? 1 : 0,
        )
        for (const [k, item] of pairs) {
          if (!ID.test(k)) return fail('notAllowed')
          if (item === null || item === undefined || item === '') continue
          if (typeof item === 'number') {
            if (!Number.isFinite(item)) return fail('wrongType')
            out[k] = item
          } else if (typeof item === 'string') {
            const t = item.trim()
            if (t.length > opts.maxLength) return fail('tooLong', opts.maxLength)
            if (t !== '') out[k] = t
          } else return fail('wrongType')
          if (++n > opts.maxEntries) return fail('tooMany', opts.maxEntries)
        }
        return ok(out)
      },
    }
  },
  /** One of a fixed set of strings. */
  oneOf<const T extends string>(values: readonly T[], fallback: T): Field<T> {
    return {
      required: false,
      fallback,
      check: (v) =>
        v === undefined
          ? ok(fallback)
          : typeof v === 'string' && (values as readonly string[]).includes(v)
            ? ok(v as T)
            : fail('notAllowed'),
    }
  },
}
