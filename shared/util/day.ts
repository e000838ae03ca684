const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** True for a real calendar day written YYYY-MM-DD (no 2025-02-30). */
export function isDay(value: string): boolean {
  const m = DAY.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (y < 1000 || mo < 1 || mo > 12 || d < 1) return false
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate()
}

/** The local calendar day of a timestamp, YYYY-MM-DD. */
export function dayOf(ms: number): string {
  const d = new Date(ms)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** Whole days from day `a` to day `b` (both YYYY-MM-DD); negative when b is before a. */
export function daysBetween(a: string, b: string): number {
  const utc = (s: string) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10))
  return Math.round((utc(b) - utc(a)) / 86_400_000)
}

/** The day `n` days after `day` (YYYY-MM-DD). */
export function addDays(day: string, n: number): string {
  const t = Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) + n * 86_400_000
  return new Date(t).toISOString().slice(0, 10)
}

/** The last moment (local time) of a day YYYY-MM-DD, in ms. */
export function endOfDay(day: string): number {
  return new Date(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10) + 1).getTime() - 1
}
