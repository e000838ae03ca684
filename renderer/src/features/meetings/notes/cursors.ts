import type { Awareness } from 'y-protocols/awareness'
import { readMemberInfo } from '@shared/sync/member'

const isInt = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0
const isId = (v: unknown) =>
  v === null ||
  v === undefined ||
  (typeof v === 'object' &&
    isInt((v as { client?: unknown }).client) &&
    isInt((v as { clock?: unknown }).clock))

/** A relative position as y-prosemirror sends it; anything else from a peer is ignored. */
function isRelativePosition(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false
  const p = v as Record<string, unknown>
  return (
    isId(p.type) &&
    isId(p.item) &&
    (p.tname === undefined ||
      p.tname === null ||
      (typeof p.tname === 'string' && p.tname.length < 100)) &&
    (p.assoc === undefined || typeof p.assoc === 'number')
  )
}

/**
 * Which peers' cursors to show: not our own, and only a peer that introduced itself as a
 * member and sent a well-formed cursor (a hostile peer can send anything).
 */
export function showCursorOf(ownClientId: number, clientId: number, state: unknown): boolean {
  if (ownClientId === clientId || typeof state !== 'object' || state === null) return false
  const s = state as Record<string, unknown>
  if (!readMemberInfo(s.member)) return false
  const c = s.cursor as Record<string, unknown> | null | undefined
  if (c === null || c === undefined) return true
  return typeof c === 'object' && isRelativePosition(c.anchor) && isRelativePosition(c.head)
}

/** The name and colour of a peer, from its validated member info (never raw awareness). */
function peerOf(awareness: Awareness, clientId: number) {
  const state = awareness.getStates().get(clientId) as Record<string, unknown> | undefined
  return readMemberInfo(state?.member) ?? { name: '?', colour: '#555555' }
}

/** A peer's caret with its name beside it: text nodes only, colour from the checked info. */
export function cursorBuilder(awareness: Awareness) {
  return (_user: unknown, clientId: number): HTMLElement => {
    const peer = peerOf(awareness, clientId)
    const caret = document.createElement('span')
    caret.className = 'collab-caret'
    caret.style.borderColor = peer.colour
    const label = document.createElement('span')
    label.className = 'collab-caret-label'
    label.style.backgroundColor = peer.colour
    label.textContent = peer.name
    caret.append('\u2060', label, '\u2060')
    return caret
  }
}

/** A peer's selection, tinted in their colour. */
export function selectionBuilder(awareness: Awareness) {
  return (_user: unknown, clientId: number) => ({
    class: 'collab-selection',
    style: `background-color: ${peerOf(awareness, clientId).colour}33`,
  })
}
