import { readMemberInfo } from '../../sync/member'

/** What this member shares about the map it looks at (presence: synced, never stored). */
export interface MapPresence {
  map: string
  /** Pointer in canvas coordinates (null: not over the canvas). */
  x: number | null
  y: number | null
  /** Stakeholders this member has selected. */
  selection: string[]
  /** Stakeholders this member is dragging right now: [id, x, y] in canvas coordinates. */
  drag: [string, number, number][]
}

export interface PeerOnMap {
  clientId: number
  name: string
  colour: string
  x: number | null
  y: number | null
  selection: readonly string[]
  drag: ReadonlyMap<string, { x: number; y: number }>
}

/** The awareness field a member's power-map presence is under. */
export const PRESENCE_FIELD = 'powerMap'
const ID = /^[A-Za-z0-9_-]{8,64}$/

/** Reads one peer's power-map presence; anything malformed is ignored (peers can send anything). */
export function readPeer(clientId: number, state: unknown, mapId: string): PeerOnMap | null {
  if (typeof state !== 'object' || state === null) return null
  const st = state as Record<string, unknown>
  const member = readMemberInfo(st.member)
  const p = st[PRESENCE_FIELD] as Record<string, unknown> | null | undefined
  if (!member || typeof p !== 'object' || p === null || p.map !== mapId) return null
  const coord = (v: unknown) =>
    typeof v === 'number' && Number.isFinite(v) && Math.abs(v) < 1e6 ? v : null
  const selection = Array.isArray(p.selection)
    ? p.selection.filter((s): s is string => typeof s === 'string' && ID.test(s)).slice(0, 50)
    : []
  const drag = new Map<string, { x: number; y: number }>()
  if (Array.isArray(p.drag))
    for (const d of p.drag.slice(0, 50)) {
      if (!Array.isArray(d) || typeof d[0] !== 'string' || !ID.test(d[0])) continue
      const x = coord(d[1])
      const y = coord(d[2])
      if (x !== null && y !== null) drag.set(d[0], { x, y })
    }
  return {
    clientId,
    name: member.name,
    colour: member.colour,
    x: coord(p.x),
    y: coord(p.y),
    selection,
    drag,
  }
}
