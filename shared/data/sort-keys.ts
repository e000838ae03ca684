import { isDay } from '../util/day'

/**
 * Parts of collection sort keys (CollectionDef.sortKey sorts as text): fixed-width strings
 * whose text order is the wanted order of days and times.
 */

/** Later days first; no day (or not a day) last. */
export const newestDayFirst = (day: string): string =>
  isDay(day) ? String(99_999_999 - Number(day.replace(/-/g, ''))) : '99999999'

/** Later times first (milliseconds since the epoch). */
export const newestTimeFirst = (ms: number): string =>
  String(Math.max(0, 9_999_999_999_999 - Math.floor(ms))).padStart(13, '0')
