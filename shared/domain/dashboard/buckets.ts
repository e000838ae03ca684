/**
 * The periods a dashboard counts in: weeks (Monday to Sunday) or calendar months, covering the
 * last few months up to today. Days are YYYY-MM-DD; a day's period is found by arithmetic on
 * its day number, never by scanning the periods.
 */

export type BucketUnit = 'week' | 'month'

export interface Bucket {
  /** First and last day of the period (the last one may lie after today). */
  start: string
  end: string
}

export interface Buckets {
  unit: BucketUnit
  list: Bucket[]
  /** The period a day falls in, or -1 outside the range. */
  indexOf(day: string): number
}

const DAY_MS = 86_400_000

/** Days since 1970-01-01 of a YYYY-MM-DD day (UTC arithmetic, no time zone). */
export const dayNumber = (day: string) =>
  Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / DAY_MS

const dayOfNumber = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10)
const monthNumber = (day: string) => +day.slice(0, 4) * 12 + +day.slice(5, 7) - 1
const pad = (n: number) => String(n).padStart(2, '0')
const monthStart = (m: number) =>
  `${String(Math.floor(m / 12)).padStart(4, '0')}-${pad((m % 12) + 1)}-01`

/**
 * The periods of the last `months` months up to and including `today`: weeks from the Monday
 * of the week `months` months ago, or the last `months` calendar months.
 */
export function bucketsFor(today: string, months: number, unit: BucketUnit): Buckets {
  const span = Math.max(1, Math.floor(months))
  if (unit === 'month') {
    const last = monthNumber(today)
    const first = last - span + 1
    const list: Bucket[] = []
    for (let m = first; m <= last; m++)
      list.push({ start: monthStart(m), end: dayOfNumber(dayNumber(monthStart(m + 1)) - 1) })
    return {
      unit,
      list,
      indexOf: (day) => {
        const i = monthNumber(day) - first
        return day.length === 10 && i >= 0 && i < list.length ? i : -1
      },
    }
  }
  const todayN = dayNumber(today)
  const back = monthNumber(today) - span
  // The same day `span` months ago (clamped to the month's length), then its Monday.
  const backMonth = dayNumber(monthStart(back + 1)) - dayNumber(monthStart(back))
  const from = dayNumber(monthStart(back)) + Math.min(+today.slice(8, 10), backMonth) - 1
  const weekday = (new Date(from * DAY_MS).getUTCDay() + 6) % 7
  const first = from - weekday
  const count = Math.floor((todayN - first) / 7) + 1
  const list: Bucket[] = []
  for (let i = 0; i < count; i++)
    list.push({ start: dayOfNumber(first + 7 * i), end: dayOfNumber(first + 7 * i + 6) })
  // Records share few days (a year has 366): each day's week is computed once.
  const known = new Map<string, number>()
  return {
    unit,
    list,
    indexOf: (day) => {
      let i = known.get(day)
      if (i === undefined) {
        const n = dayNumber(day)
        const w = Number.isFinite(n) ? Math.floor((n - first) / 7) : -1
        known.set(day, (i = w >= 0 && w < count ? w : -1))
      }
      return i
    },
  }
}
