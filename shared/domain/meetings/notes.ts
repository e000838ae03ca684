import * as Y from 'yjs'
import type { CircleSession } from '../circle/session'

/**
 * A meeting's notes: a Y.XmlFragment in `session.meetingNotes` under the meeting's id, edited
 * with y-prosemirror. Only the member who creates the meeting creates its fragment (in the
 * same transaction as the meeting), so two members never create two competing fragments.
 */

/** Creates the notes of a new meeting (inside the creating transaction). */
export function createNotes(session: CircleSession, meetingId: string): Y.XmlFragment {
  const fragment = new Y.XmlFragment()
  session.meetingNotes.set(meetingId, fragment)
  // One empty paragraph holding one empty text to begin with: members who start typing at
  // once then type into the same text. (Each creating a text of their own in the paragraph,
  // y-prosemirror would merge the two on the next edit and duplicate what the other typed.)
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText()])
  fragment.insert(0, [paragraph])
  return fragment
}

/**
 * The notes of a meeting, or null when there are none or a peer stored something else under
 * the meeting's id (a plain value, a map, an XML element): the editor then shows no notes
 * rather than binding to whatever arrived.
 */
export function readNotes(session: CircleSession, meetingId: string): Y.XmlFragment | null {
  const v: unknown = session.meetingNotes.get(meetingId)
  return v instanceof Y.XmlFragment && v.constructor === Y.XmlFragment ? v : null
}

/** The XML elements in a fragment, depth first (for scrubbing and counting). */
export function* xmlElements(node: Y.XmlFragment): Generator<Y.XmlElement> {
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlElement) {
      yield child
      yield* xmlElements(child)
    }
  }
}

/** Blocks of the notes that hold text directly (y-prosemirror stores it in a Y.XmlText). */
export const TEXT_BLOCKS: ReadonlySet<string> = new Set(['paragraph', 'heading'])

/**
 * Gives every text block added in `events` that has no content yet one empty text (see
 * createNotes for why). Returns the blocks filled. Called by the member whose editor added
 * them, right after, so that only one member ever fills a block.
 */
export function emptyBlocksAdded(events: readonly Y.YEvent<Y.XmlFragment>[]): Y.XmlElement[] {
  const out = new Set<Y.XmlElement>()
  const visit = (el: Y.XmlElement) => {
    if (TEXT_BLOCKS.has(el.nodeName) && el.length === 0) out.add(el)
    for (const child of el.toArray()) if (child instanceof Y.XmlElement) visit(child)
  }
  for (const event of events)
    for (const item of event.changes.added) {
      const content = (item.content as { type?: unknown }).type
      if (content instanceof Y.XmlElement && !item.deleted) visit(content)
    }
  return [...out]
}

/** The node names y-prosemirror stores mentions, action items and decisions under. */
export const NOTE_NODES = {
  mention: 'mention',
  actionItem: 'actionItem',
  decision: 'decision',
} as const

/** What replaces an @-mention of an erased person in every meeting's notes. */
export const REMOVED_MENTION = '[removed]'

/**
 * Replaces every @-mention of `personId` in every meeting's notes by the plain text
 * "[removed]" (inside the erasing transaction). Returns how many were replaced.
 */
export function scrubMentions(session: CircleSession, personId: string): number {
  let n = 0
  session.meetingNotes.forEach((_v, meetingId) => {
    const notes = readNotes(session, meetingId)
    if (!notes) return
    const hits = [...xmlElements(notes)].filter(
      (el) => el.nodeName === NOTE_NODES.mention && el.getAttribute('id') === personId,
    )
    for (const el of hits) {
      const parent = el.parent as Y.XmlElement | Y.XmlFragment | null
      if (!parent) continue
      const index = parent.toArray().indexOf(el)
      if (index < 0) continue
      replaceWithText(parent, index, REMOVED_MENTION)
      n++
    }
  })
  return n
}

/**
 * Replaces the child at `index` by plain text, joined with the texts beside it: a paragraph
 * keeps one text between two inline nodes, as y-prosemirror writes it (two texts side by
 * side would be merged by the next edit, and duplicated if that edit is concurrent).
 */
function replaceWithText(parent: Y.XmlElement | Y.XmlFragment, index: number, text: string) {
  const before = index > 0 ? parent.get(index - 1) : null
  const after = index + 1 < parent.length ? parent.get(index + 1) : null
  parent.delete(index, 1)
  if (before instanceof Y.XmlText) {
    before.insert(before.length, text)
    if (after instanceof Y.XmlText) {
      for (const op of after.toDelta() as { insert?: unknown; attributes?: object }[])
        if (typeof op.insert === 'string')
          before.insert(before.length, op.insert, op.attributes ?? {})
      parent.delete(index, 1)
    }
  } else if (after instanceof Y.XmlText) after.insert(0, text)
  else parent.insert(index, [new Y.XmlText(text)])
}

/** The ids of the action items and decisions placed in a meeting's notes, in order. */
export function recordsInNotes(fragment: Y.XmlFragment): {
  actions: string[]
  decisions: string[]
} {
  const actions: string[] = []
  const decisions: string[] = []
  for (const el of xmlElements(fragment)) {
    const id = el.getAttribute('id')
    if (typeof id !== 'string') continue
    if (el.nodeName === NOTE_NODES.actionItem) actions.push(id)
    else if (el.nodeName === NOTE_NODES.decision) decisions.push(id)
  }
  return { actions, decisions }
}
