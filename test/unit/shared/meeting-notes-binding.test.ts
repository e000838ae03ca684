import { getSchema } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import { Fragment, Slice, type Node as PmNode } from '@tiptap/pm/model'
import { EditorState, TextSelection, type Transaction } from '@tiptap/pm/state'
import * as prng from 'lib0/prng'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  absolutePositionToRelativePosition,
  undo,
  yUndoPlugin,
  ySyncPlugin,
  ySyncPluginKey,
  yXmlFragmentToProseMirrorRootNode,
} from 'y-prosemirror'
import { emptyBlocksAdded } from '@shared/domain/meetings/notes'

/**
 * y-prosemirror as patched for the notes editor (patches/y-prosemirror+1.3.7.patch, 0012):
 * a local change writes only the top-level nodes it touched, and the selection is mapped to
 * Yjs starting at its top-level node. Two bound editors (a minimal view without a DOM: the
 * plugins' own view hooks, as EditorView calls them) type, split, join, delete ranges and
 * change block types in a long note while the other's updates arrive late, in random batches;
 * both converge, each editor shows exactly its fragment, and per-member undo still holds.
 */
const schema = getSchema([StarterKit.configure({ undoRedo: false, trailingNode: false })])

interface PluginViewLike {
  update?: (view: MiniView, prev: EditorState) => void
  destroy?: () => void
}

/** What the sync, undo and cursor plugins use of an EditorView. */
class MiniView {
  state: EditorState
  private views: PluginViewLike[] = []
  constructor(state: EditorState) {
    this.state = state
    for (const p of state.plugins) {
      const make = p.spec.view as ((view: MiniView) => PluginViewLike) | undefined
      if (make) this.views.push(make(this))
    }
  }
  dispatch(tr: Transaction): void {
    const prev = this.state
    this.state = this.state.apply(tr)
    for (const v of this.views) v.update?.(this, prev)
  }
  hasFocus(): boolean {
    return false
  }
  destroy(): void {
    for (const v of this.views) v.destroy?.()
  }
}

interface BindingInternals {
  mapping: Map<unknown, unknown>
  _syncedDoc: PmNode | null
  _topLevelHint: (doc: PmNode) => { doc: PmNode; children: Y.XmlElement[] } | null
}

/** A member's editor: a doc, its notes fragment, a bound view, and the app's empty-block fill. */
function member(clientID: number, withUndo = false) {
  const doc = new Y.Doc()
  doc.clientID = clientID
  const fragment = doc.getXmlFragment('notes')
  // As collaboration.ts: each empty block this editor adds gets an empty text at once.
  fragment.observeDeep((events, tr) => {
    if (tr.origin !== ySyncPluginKey) return
    const empty = emptyBlocksAdded(events as Y.YEvent<Y.XmlFragment>[])
    if (empty.length === 0) return
    doc.transact(() => {
      for (const el of empty)
        if (el.length === 0 && !el._item?.deleted) el.insert(0, [new Y.XmlText()])
    }, ySyncPluginKey)
  })
  const undoManager = withUndo
    ? new Y.UndoManager(fragment, { trackedOrigins: new Set([ySyncPluginKey]) })
    : null
  const plugins = [ySyncPlugin(fragment)]
  if (undoManager) plugins.push(yUndoPlugin({ undoManager }))
  const view = new MiniView(EditorState.create({ schema, plugins }))
  const binding = () => ySyncPluginKey.getState(view.state).binding as BindingInternals
  return { doc, fragment, view, binding, undoManager }
}
type Member = ReturnType<typeof member>

/** Updates from one doc to the other, held until flushed (a peer on a slow link). */
function link(from: Y.Doc, to: Y.Doc) {
  const queue: Uint8Array[] = []
  from.on('update', (u: Uint8Array, origin: unknown) => {
    if (origin !== 'remote') queue.push(u)
  })
  return {
    flush(n = queue.length) {
      for (const u of queue.splice(0, n)) Y.applyUpdate(to, u, 'remote')
    },
    get pending() {
      return queue.length
    },
  }
}

/** The position before the top-level block `index`. */
function blockStart(doc: PmNode, index: number): number {
  let pos = 0
  for (let i = 0; i < index; i++) pos += doc.child(i).nodeSize
  return pos
}

const fragmentDoc = (f: Y.XmlFragment) => yXmlFragmentToProseMirrorRootNode(f, schema)

/** The editor shows exactly its fragment. */
function expectInSync(m: Member) {
  expect(m.view.state.doc.toJSON()).toEqual(fragmentDoc(m.fragment).toJSON())
}

/** Positions inside text blocks: [position, index of the top-level block]. */
function textPositions(doc: PmNode): [number, number][] {
  const out: [number, number][] = []
  doc.forEach((node, offset, index) => {
    if (!node.isTextblock) return
    for (let i = 0; i <= node.content.size; i++) out.push([offset + 1 + i, index])
  })
  return out
}

const WORDS = ['rent ', 'strike ', 'boiler ', 'vote ', 'union ', 'a', 'é']

/** One random keystroke or edit, at the start, the middle or the end of the note. */
function randomEdit(gen: prng.PRNG, m: Member) {
  const { state } = m.view
  const positions = textPositions(state.doc)
  const where = prng.real53(gen)
  // A third each near the start, anywhere, near the end.
  const pick =
    where < 0.33
      ? positions[prng.int32(gen, 0, Math.min(positions.length - 1, 30))]!
      : where < 0.66
        ? positions[prng.int32(gen, 0, positions.length - 1)]!
        : positions[prng.int32(gen, Math.max(0, positions.length - 30), positions.length - 1)]!
  const [pos] = pick
  const tr = state.tr
  const r = prng.real53(gen)
  if (r < 0.45) {
    tr.insertText(prng.oneOf(gen, WORDS), pos)
  } else if (r < 0.65) {
    // Backspace: within a block, or joining it with the one before.
    const $pos = state.doc.resolve(pos)
    if ($pos.parentOffset > 0) tr.delete(pos - 1, pos)
    else if ($pos.index(0) > 0) tr.join($pos.before(1))
    else return
  } else if (r < 0.78) {
    tr.split(pos)
  } else if (r < 0.86) {
    // A selection over several blocks deleted.
    const [to] = positions[Math.min(positions.length - 1, positions.indexOf(pick) + 40)]!
    tr.delete(pos, to)
  } else if (r < 0.92) {
    const $pos = state.doc.resolve(pos)
    const type = $pos.parent.type.name === 'heading' ? 'paragraph' : 'heading'
    tr.setBlockType(
      $pos.before(1) + 1,
      $pos.before(1) + 1,
      schema.nodes[type]!,
      type === 'heading' ? { level: 2 } : {},
    )
  } else if (r < 0.97) {
    // A paste of two paragraphs.
    const slice = new Slice(
      Fragment.from([
        schema.node('paragraph', null, [schema.text('pasted one')]),
        schema.node('paragraph', null, [schema.text('pasted two')]),
      ]),
      1,
      1,
    )
    tr.replace(pos, pos, slice)
  } else {
    tr.insertText('bold', pos).addMark(pos, pos + 4, schema.marks.bold!.create())
  }
  if (!tr.docChanged) return
  tr.setSelection(TextSelection.near(tr.doc.resolve(tr.mapping.map(pos))))
  m.view.dispatch(tr)
}

/** A note of `n` paragraphs, typed by `m` and delivered to the others. */
function longNote(m: Member, n: number) {
  const paragraphs = Array.from({ length: n }, (_, i) =>
    schema.node('paragraph', null, [schema.text(`paragraph ${i} of the branch meeting notes`)]),
  )
  const tr = m.view.state.tr.replaceWith(0, m.view.state.doc.content.size, paragraphs)
  m.view.dispatch(tr)
}

describe('meeting notes through the patched y-prosemirror binding', () => {
  it('converges while two members edit a long note and hear of each other late', () => {
    for (const seed of [1, 2, 3, 4]) {
      const gen = prng.create(seed)
      const a = member(1)
      const b = member(2)
      const ab = link(a.doc, b.doc)
      const ba = link(b.doc, a.doc)
      longNote(a, 120)
      ab.flush()
      expectInSync(b)
      for (let step = 0; step < 600; step++) {
        randomEdit(gen, prng.bool(gen) ? a : b)
        // Each side hears of some of the other's changes, at random moments.
        if (prng.real53(gen) < 0.15) ab.flush(prng.int32(gen, 0, ab.pending))
        if (prng.real53(gen) < 0.15) ba.flush(prng.int32(gen, 0, ba.pending))
        if (step % 50 === 0) {
          expectInSync(a)
          expectInSync(b)
        }
      }
      ab.flush()
      ba.flush()
      expectInSync(a)
      expectInSync(b)
      expect(fragmentDoc(a.fragment).toJSON()).toEqual(fragmentDoc(b.fragment).toJSON())
      // A third doc applying both members' updates has the same note.
      const c = new Y.Doc()
      Y.applyUpdate(c, Y.encodeStateAsUpdate(a.doc))
      expect(fragmentDoc(c.getXmlFragment('notes')).toJSON()).toEqual(
        fragmentDoc(a.fragment).toJSON(),
      )
      a.view.destroy()
      b.view.destroy()
    }
  })

  it('writes only what a keystroke changed and keeps the rest of the note as it was', () => {
    const a = member(1)
    longNote(a, 300)
    const before = a.fragment.toArray()
    const texts = before.map((p) => (p as Y.XmlElement).toString())
    // Typing at the start, in the middle and at the end of the note.
    for (const block of [0, 150, 299]) {
      const node = a.view.state.doc.child(block)
      let pos = 0
      a.view.state.doc.forEach((_, offset, i) => {
        if (i === block) pos = offset + node.nodeSize - 1
      })
      a.view.dispatch(a.view.state.tr.insertText('!', pos))
      expect(a.binding()._syncedDoc).toBe(a.view.state.doc)
    }
    const after = a.fragment.toArray()
    expect(after).toHaveLength(300)
    after.forEach((p, i) => {
      // The same Yjs elements; only the three typed into changed.
      expect(p).toBe(before[i])
      if (i === 0 || i === 150 || i === 299) expect(p.toString()).not.toBe(texts[i])
      else expect(p.toString()).toBe(texts[i])
    })
    expectInSync(a)
  })

  it('maps every position to the same Yjs position as the walk from the start', () => {
    const gen = prng.create(7)
    const a = member(1)
    const b = member(2)
    const ab = link(a.doc, b.doc)
    longNote(a, 40)
    for (let i = 0; i < 200; i++) randomEdit(gen, a)
    ab.flush()
    for (const m of [a, b]) {
      const { doc } = m.view.state
      const binding = m.binding()
      const hint = binding._topLevelHint(doc)
      expect(hint).not.toBeNull()
      for (let pos = 0; pos <= doc.content.size; pos++) {
        const walked = absolutePositionToRelativePosition(pos, m.fragment, binding.mapping as never)
        const started = absolutePositionToRelativePosition(
          pos,
          m.fragment,
          binding.mapping as never,
          hint,
        )
        expect(Y.compareRelativePositions(walked, started)).toBe(true)
      }
    }
  })

  it("keeps a member's cursor on its text when a peer edits the paragraphs before it", () => {
    const a = member(1)
    const b = member(2)
    const ab = link(a.doc, b.doc)
    const ba = link(b.doc, a.doc)
    longNote(a, 50)
    ab.flush()
    // A's cursor after "paragraph 30 of" in the 31st paragraph.
    let at = 0
    a.view.state.doc.forEach((node, offset, i) => {
      if (i === 30) at = offset + 1 + 'paragraph 30 of'.length
    })
    a.view.dispatch(a.view.state.tr.setSelection(TextSelection.create(a.view.state.doc, at)))
    // B types into paragraph 2 and splits paragraph 5; A hears of it.
    b.view.dispatch(b.view.state.tr.insertText('new words ', blockStart(b.view.state.doc, 2) + 1))
    b.view.dispatch(b.view.state.tr.split(blockStart(b.view.state.doc, 5) + 4))
    ba.flush()
    expectInSync(a)
    const { from } = a.view.state.selection
    const $from = a.view.state.doc.resolve(from)
    expect($from.parent.textContent.slice(0, $from.parentOffset)).toBe('paragraph 30 of')
    // A types there: the words land after "of", on both.
    a.view.dispatch(a.view.state.tr.insertText(' the', from))
    ab.flush()
    expect(fragmentDoc(b.fragment).child(31).textContent).toBe(
      'paragraph 30 of the the branch meeting notes',
    )
  })

  it('keeps both words typed at once into a new empty paragraph (0012)', () => {
    const a = member(1)
    const b = member(2)
    const ab = link(a.doc, b.doc)
    const ba = link(b.doc, a.doc)
    longNote(a, 20)
    const end = a.view.state.doc.content.size - 1
    a.view.dispatch(a.view.state.tr.split(end))
    ab.flush()
    const at = a.view.state.doc.content.size - 1
    expect(b.view.state.doc.content.size - 1).toBe(at)
    a.view.dispatch(a.view.state.tr.insertText('alpha', at))
    b.view.dispatch(b.view.state.tr.insertText('one', at))
    ab.flush()
    ba.flush()
    for (const [m, word] of [
      [a, ' beta'],
      [b, ' two'],
    ] as const)
      m.view.dispatch(m.view.state.tr.insertText(word, m.view.state.doc.content.size - 1))
    ab.flush()
    ba.flush()
    expectInSync(a)
    expectInSync(b)
    const last = fragmentDoc(a.fragment).lastChild!.textContent
    expect(last).toBe(fragmentDoc(b.fragment).lastChild!.textContent)
    expect([...last].sort().join('')).toBe([...('alpha beta' + 'one two')].sort().join(''))
  })

  it("undoes only the member's own typing, on both sides", () => {
    const a = member(1, true)
    const b = member(2, true)
    const ab = link(a.doc, b.doc)
    const ba = link(b.doc, a.doc)
    longNote(a, 30)
    ab.flush()
    a.undoManager!.clear()
    const endOf = (m: Member, block: number) => {
      let pos = 0
      m.view.state.doc.forEach((node, offset, i) => {
        if (i === block) pos = offset + node.nodeSize - 1
      })
      return pos
    }
    a.view.dispatch(a.view.state.tr.insertText(' from a', endOf(a, 10)))
    b.view.dispatch(b.view.state.tr.insertText(' from b', endOf(b, 10)))
    b.view.dispatch(b.view.state.tr.insertText(' and b', endOf(b, 20)))
    ab.flush()
    ba.flush()
    a.undoManager!.stopCapturing()
    undo(a.view.state)
    ab.flush()
    for (const m of [a, b]) {
      expectInSync(m)
      const note = fragmentDoc(m.fragment)
      expect(note.child(10).textContent).toBe('paragraph 10 of the branch meeting notes from b')
      expect(note.child(20).textContent).toBe('paragraph 20 of the branch meeting notes and b')
    }
    // And the editor keeps writing only what changes after the undo.
    a.view.dispatch(a.view.state.tr.insertText('!', endOf(a, 5)))
    ab.flush()
    expectInSync(a)
    expectInSync(b)
    expect(fragmentDoc(b.fragment).child(5).textContent).toBe(
      'paragraph 5 of the branch meeting notes!',
    )
  })
})
