import type { TFunction } from 'i18next'
import type { FieldError } from '@shared/data/fields'
import type { DomainError } from '@shared/data/result'

/** The translated message for one field error. */
export const fieldErrorText = (t: TFunction, e: FieldError): string =>
  t(`errors.field.${e.code}`, { limit: e.limit ?? 0 })

/** Groups a domain error's field errors by field, translated. */
export function errorsByField(t: TFunction, error: DomainError): Record<string, string> {
  if (error.code !== 'invalid') return {}
  const out: Record<string, string> = {}
  for (const e of error.errors) out[e.field] ??= fieldErrorText(t, e)
  return out
}

/** Moves focus to the first field marked invalid inside `root` (after React has rendered). */
export function focusFirstInvalid(root: HTMLElement | null): void {
  requestAnimationFrame(() => root?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus())
}
