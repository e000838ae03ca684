/** How a member appears to the others: in presence and in the sync panel. */
export interface MemberInfo {
  id: string
  name: string
  /** A CSS hex colour, #rrggbb. */
  colour: string
}

export const MEMBER_NAME_MAX = 60
const COLOUR = /^#[0-9a-f]{6}$/i

/** Validates member info from a peer; null if unusable. */
export function readMemberInfo(v: unknown): MemberInfo | null {
  if (typeof v !== 'object' || v === null) return null
  const r = v as Record<string, unknown>
  if (typeof r.id !== 'string' || !/^[A-Za-z0-9_-]{8,64}$/.test(r.id)) return null
  if (typeof r.name !== 'string' || r.name.trim() === '' || r.name.length > MEMBER_NAME_MAX)
    return null
  if (typeof r.colour !== 'string' || !COLOUR.test(r.colour)) return null
  return { id: r.id, name: r.name.trim(), colour: r.colour }
}

/** Colours with enough contrast on light and dark backgrounds, picked by member id. */
export const MEMBER_COLOURS = [
  '#b3261e',
  '#1f6f43',
  '#1d4ed8',
  '#9a3412',
  '#6b21a8',
  '#0f766e',
  '#a21caf',
  '#4d7c0f',
]

export function colourFor(id: string): string {
  let h = 0
  for (const c of id) h = (h * 31 + c.charCodeAt(0)) >>> 0
  return MEMBER_COLOURS[h % MEMBER_COLOURS.length]!
}
