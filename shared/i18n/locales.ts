import { de } from './de'
import { en, type Translation } from './en'

export const LOCALES = ['en', 'de'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'en'

export const isLocale = (v: unknown): v is Locale =>
  typeof v === 'string' && (LOCALES as readonly string[]).includes(v)

export const resources: Record<Locale, Translation> = { en, de }

/** The supported locale closest to a requested one (`de-AT` → `de`), or null. */
export function matchLocale(requested: unknown): Locale | null {
  if (typeof requested !== 'string') return null
  if (isLocale(requested)) return requested
  const base = requested.split('-')[0]?.toLowerCase()
  return isLocale(base) ? base : null
}
