/**
 * The editor bench page (bench/browser/editor.html; bench/editor-trace.ts builds it with Vite
 * and drives it):
 *
 *  - runTrace('raw'): the editing trace (bench/trace.ts) applied to a bare Y.Text;
 *  - runTrace('binding'): the same trace typed into a ProseMirror EditorView bound to a
 *    Y.XmlFragment by y-prosemirror's ySyncPlugin, one transaction per keystroke, as a typist's
 *    keystrokes arrive (newlines split paragraphs, deleting one joins them);
 *  - setupKeystrokes(n): the real notes editor (TipTap with the app's notes extensions, bound
 *    to a meeting's notes in a CircleSession) on a note of n characters, focused mid-note;
 *    Playwright then types into it and reads the time of each keystroke.
 */
import * as Y from 'yjs'
import { Editor, getSchema } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import { EditorState } from '@tiptap/pm/state'
import { EditorView } from '@tiptap/pm/view'
import { ySyncPlugin, ySyncPluginKey } from 'y-prosemirror'
import { Awareness } from 'y-protocols/awareness'
import { ORIGIN, write } from '@shared/data/origins'
import { CircleSession } from '@shared/domain/circle/session'
import { notesExtensions } from '../meetings/notes/extensions'
import { makeTrace, replay, type TraceOp } from '../../../../bench/trace'
import type { KeystrokeSetup, TraceRun } from './bench-protocol'

const root = document.getElementById('root')!
const trace = makeTrace()

/** A keystroke as ProseMirror sees it: insert a character, split or join paragraphs, delete. */
type PmOp =
  | { k: 'text'; pos: number; ch: string }
  | { k: 'split'; pos: number }
  | { k: 'delete'; from: number; to: number }

/**
 * Maps the trace's character offsets (paragraphs separated by '\n') to ProseMirror positions
 * in a doc of paragraphs: offset c in paragraph i is at position c + 1 + i. Done before the
 * timed run, so that only the editor's own work is timed.
 */
function toPmOps(ops: readonly TraceOp[]): PmOp[] {
  const lens: number[] = [0]
  const out: PmOp[] = []
  for (const [pos, del, ins] of ops) {
    let i = 0
    let rem = pos
    while (rem > lens[i]!) {
      rem -= lens[i]! + 1
      i++
    }
    const pm = pos + 1 + i
    if (del > 0) {
      if (rem === lens[i]) {
        out.push({ k: 'delete', from: pm, to: pm + 2 })
        lens[i] = lens[i]! + lens[i + 1]!
        lens.splice(i + 1, 1)
      } else {
        out.push({ k: 'delete', from: pm, to: pm + 1 })
        lens[i] = lens[i]! - 1
      }
    } else if (ins === '\n') {
      out.push({ k: 'split', pos: pm })
      lens.splice(i + 1, 0, lens[i]! - rem)
      lens[i] = rem
    } else {
      out.push({ k: 'text', pos: pm, ch: ins })
      lens[i] = lens[i]! + 1
    }
  }
  return out
}

const pmOps = toPmOps(trace.ops)

const fragmentText = (f: Y.XmlFragment) =>
  f
    .toArray()
    .map((p) =>
      p instanceof Y.XmlElement
        ? p
            .toArray()
            .map((t) => (t instanceof Y.XmlText ? t.toString() : ''))
            .join('')
        : '',
    )
    .join('\n')

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()))
async function until(ok: () => boolean, what: string) {
  for (let i = 0; i < 600; i++) {
    if (ok()) return
    await nextFrame()
  }
  throw new Error(`timed out waiting for ${what}`)
}

function runRaw(ops: readonly TraceOp[] = trace.ops, finalText = trace.finalText): TraceRun {
  const doc = new Y.Doc()
  const text = doc.getText('t')
  const t0 = performance.now()
  for (const [pos, del, ins] of ops) {
    if (del > 0) text.delete(pos, del)
    if (ins !== '') text.insert(pos, ins)
  }
  const ms = performance.now() - t0
  const final = text.toString()
  doc.destroy()
  return {
    kind: 'raw',
    ms,
    ops: ops.length,
    correct: final === finalText,
    final_chars: final.length,
  }
}

async function runBinding(
  attached: boolean,
  ops: readonly PmOp[] = pmOps,
  finalText = trace.finalText,
): Promise<TraceRun> {
  const doc = new Y.Doc()
  const fragment = doc.getXmlFragment('notes')
  fragment.insert(0, [new Y.XmlElement('paragraph')])
  const schema = getSchema([StarterKit.configure({ undoRedo: false, trailingNode: false })])
  const host = document.createElement('div')
  // In the page, every keystroke also lays out the whole note (keystroke-p95 measures that);
  // off the page, what is timed is ProseMirror's and the binding's own work.
  if (attached) root.replaceChildren(host)
  else root.replaceChildren()
  const view = new EditorView(host, {
    state: EditorState.create({ schema, plugins: [ySyncPlugin(fragment)] }),
  })
  // The binding renders the fragment on its first tick.
  await until(() => ySyncPluginKey.getState(view.state)?.binding != null, 'the binding')
  if (view.state.doc.childCount !== 1) throw new Error('expected one empty paragraph')
  const t0 = performance.now()
  for (const op of ops) {
    const tr = view.state.tr
    if (op.k === 'text') tr.insertText(op.ch, op.pos)
    else if (op.k === 'split') tr.split(op.pos)
    else tr.delete(op.from, op.to)
    view.dispatch(tr)
  }
  const ms = performance.now() - t0
  const final = fragmentText(fragment)
  const shown = view.state.doc.textBetween(0, view.state.doc.content.size, '\n')
  view.destroy()
  doc.destroy()
  return {
    kind: attached ? 'attached' : 'binding',
    ms,
    ops: ops.length,
    correct: final === finalText && shown === finalText,
    final_chars: final.length,
  }
}

window.runTrace = async (kind, limit) => {
  const ops = limit === undefined ? trace.ops : trace.ops.slice(0, limit)
  const final = limit === undefined ? trace.finalText : replay(ops)
  if (kind === 'raw') return runRaw(ops, final)
  return runBinding(kind === 'attached', limit === undefined ? pmOps : toPmOps(ops), final)
}

// ---- keystrokes in the real notes editor --------------------------------------------------

let editor: Editor | null = null
const times: number[] = []

window.setupKeystrokes = async (chars: number): Promise<KeystrokeSetup> => {
  const t0 = performance.now()
  const doc = new Y.Doc()
  const session = new CircleSession('bench-circle', doc, { autoMaintain: false })
  const meetingId = 'bench-meeting-0001'
  const fragment = new Y.XmlFragment()
  // A long note: paragraphs of the trace's final text, cut to `chars` characters.
  const paragraphs = trace.finalText.slice(0, chars).split('\n')
  write(doc, ORIGIN.notesEdit, () => {
    session.meetingNotes.set(meetingId, fragment)
    fragment.insert(
      0,
      paragraphs.map((text) => {
        const p = new Y.XmlElement('paragraph')
        p.insert(0, [new Y.XmlText(text)])
        return p
      }),
    )
  })
  const host = document.createElement('div')
  root.replaceChildren(host)
  editor = new Editor({
    element: host,
    extensions: notesExtensions({
      session,
      fragment,
      awareness: new Awareness(doc),
      labels: { mentionList: 'People', mentionEmpty: 'No one', taskItem: (t) => t },
    }),
  })
  const e = editor
  await until(() => e.state.doc.content.size > chars / 2, 'the note to render')
  // The cursor at the end of the paragraph in the middle of the note.
  let pos = 0
  const middle = Math.floor(e.state.doc.childCount / 2)
  e.state.doc.forEach((node, offset, index) => {
    if (index === middle) pos = offset + node.nodeSize - 1
  })
  e.commands.focus(pos)
  // TipTap focuses on the next animation frame: a key sent before that would go nowhere.
  await until(() => e.view.hasFocus(), 'the editor to take focus')
  let start: number | null = null
  e.view.dom.addEventListener('keydown', () => (start = performance.now()), true)
  e.on('update', () => {
    if (start === null) return
    // What the member waits for: the document changed and the page laid out again.
    void e.view.dom.getBoundingClientRect()
    times.push(performance.now() - start)
    start = null
  })
  return {
    chars: e.state.doc.textBetween(0, e.state.doc.content.size, '\n').length,
    paragraphs: e.state.doc.childCount,
    setup_ms: performance.now() - t0,
  }
}

window.keystrokeTimes = () => [...times]
window.noteLength = () =>
  editor ? editor.state.doc.textBetween(0, editor.state.doc.content.size, '\n').length : 0

window.benchReady = true
