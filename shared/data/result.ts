import type { FieldError } from './fields'

/** Errors a domain command can return. The UI translates `code` (`errors.domain.<code>`). */
export type DomainError =
  { code: 'invalid'; errors: FieldError[] } | { code: 'notFound' } | { code: 'readOnly' }

export type Result<T> = { ok: true; value: T } | { ok: false; error: DomainError }

export const success = <T>(value: T): Result<T> => ({ ok: true, value })
export const failure = <T = never>(error: DomainError): Result<T> => ({ ok: false, error })
