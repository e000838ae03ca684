/**
 * Fractional positions for ordered lists edited by several members at once (agenda items).
 * A position is a string of base-36 digits (0-9, a-z) not ending in '0'; strings compare in
 * the list's order, and there is always room between two of them. Two members inserting at
 * the same place at once get the same position; the list breaks that tie by id.
 */
const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz'
const VALID = /^[0-9a-z]*[1-9a-z]$/

/** True for a position this module can compute between. */
export const isPosition = (p: string): boolean => VALID.test(p) && p.length <= 80

function midpoint(a: string, b: string | null): string {
  if (b !== null) {
    let n = 0
    while ((a[n] ?? '0') === b[n]) n++
    if (n > 0) return b.slice(0, n) + midpoint(a.slice(n), b.slice(n))
  }
  const da = a === '' ? 0 : DIGITS.indexOf(a[0]!)
  const db = b === null ? DIGITS.length : DIGITS.indexOf(b[0]!)
  if (db - da > 1) return DIGITS[Math.round((da + db) / 2)]!
  if (b !== null && b.length > 1) return b.slice(0, 1)
  return DIGITS[da]! + midpoint(a.slice(1), null)
}

/**
 * A position after `before` and before `after` (null: the start / the end of the list).
 * Returns null when either is not a valid position or they are out of order (a peer wrote
 * something odd): the caller then renumbers the list.
 */
export function positionBetween(before: string | null, after: string | null): string | null {
  if (before !== null && !isPosition(before)) return null
  if (after !== null && !isPosition(after)) return null
  if (before !== null && after !== null && before >= after) return null
  const p = midpoint(before ?? '', after)
  return p.length <= 80 ? p : null
}

/** `n` evenly spread positions, in order (for a new or renumbered list). */
export function spreadPositions(n: number): string[] {
  const out: string[] = []
  let last: string | null = null
  for (let i = 0; i < n; i++) {
    last = positionBetween(last, null) ?? `${last ?? ''}i`
    out.push(last)
  }
  return out
}
