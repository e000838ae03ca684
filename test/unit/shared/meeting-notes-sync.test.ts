import { getSchema } from '@tiptap/core'
import { TaskItem, TaskList } from '@tiptap/extension-list'
import Mention from '@tiptap/extension-mention'
import StarterKit from '@tiptap/starter-kit'
import { EditorState } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  initProseMirrorDoc,
  updateYFragment,
  yXmlFragmentToProseMirrorRootNode,
} from 'y-prosemirror'
import { CircleSession } from '@shared/domain/circle/session'
import { createMeeting } from '@shared/domain/meetings/commands'
import { emptyBlocksAdded, readNotes } from '@shared/domain/meetings/notes'

/**
 * Two members typing into the same paragraph of a meeting's notes at once, through
 * y-prosemirror's own conversion (what the editor's sync plugin does on every keystroke),
 * without a browser: both keep every character, and each undoes only their own typing.
 */
const schema = getSchema([StarterKit.configure({ undoRedo: false }), TaskList, TaskItem, Mention])
const LOCAL = 'local:editor'

const peer = (clientID: number) => {
  const doc = new Y.Doc()
  doc.clientID = clientID
  return new CircleSession('circle-1', doc, { autoMaintain: false })
}
const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'remote')
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'remote')
}

/** An editor bound to a fragment: types text at a position, as the sync plugin writes it. */
function editor(fragment: Y.XmlFragment) {
  return {
    /** Enter at the end of the last paragraph, with the editor's filling of the empty block. */
    newParagraph() {
      const { doc, meta } = initProseMirrorDoc(fragment, schema)
      const state = EditorState.create({ schema, doc })
      const next = state.apply(state.tr.split(doc.content.size - 1)).doc
      const fill = (events: Y.YEvent<Y.XmlFragment>[], tr: Y.Transaction) => {
        if (tr.origin !== LOCAL) return
        for (const el of emptyBlocksAdded(events)) el.insert(0, [new Y.XmlText()])
      }
      fragment.observeDeep(fill)
      fragment.doc!.transact(() => updateYFragment(fragment.doc!, fragment, next, meta), LOCAL)
      fragment.unobserveDeep(fill)
      return next.content.size - 1
    },
    type(pos: number, text: string) {
      const { doc, meta } = initProseMirrorDoc(fragment, schema)
      const state = EditorState.create({ schema, doc })
      const next = state.apply(state.tr.insertText(text, pos)).doc
      fragment.doc!.transact(() => updateYFragment(fragment.doc!, fragment, next, meta), LOCAL)
    },
    text: () => yXmlFragmentToProseMirrorRootNode(fragment, schema).textContent,
    /** The end of the last paragraph. */
    end: () => yXmlFragmentToProseMirrorRootNode(fragment, schema).content.size - 1,
  }
}

const newMeeting = (s: CircleSession) => {
  const r = createMeeting(s, {
    title: 'Branch meeting',
    date: '2026-11-02',
    time: '',
    place: '',
    link: '',
    facilitator: '',
    noteTaker: '',
    templateId: '',
    previousId: '',
    createdBy: 'member-aaaaaaaa',
  })
  if (!r.ok) throw new Error('no meeting')
  return r.value
}

describe('meeting notes through y-prosemirror', () => {
  it('keeps both first words when two members type into the new, empty notes at once', () => {
    const a = peer(1)
    const id = newMeeting(a)
    const b = peer(2)
    sync(a.doc, b.doc)
    const fa = readNotes(a, id)!
    const fb = readNotes(b, id)!
    // Each types into the empty first paragraph before hearing of the other...
    editor(fa).type(1, 'alpha')
    editor(fb).type(1, 'one')
    sync(a.doc, b.doc)
    // ...and then each types more, after what they see.
    editor(fa).type(editor(fa).text().length + 1, ' beta')
    editor(fb).type(editor(fb).text().length + 1, ' two')
    sync(a.doc, b.doc)
    const text = editor(fa).text()
    expect(text).toBe(editor(fb).text())
    expect([...text].sort().join('')).toBe([...('alpha beta' + 'one two')].sort().join(''))
  })

  it('keeps both words typed at once into a new empty paragraph', () => {
    const a = peer(1)
    const id = newMeeting(a)
    const fa = readNotes(a, id)!
    editor(fa).type(1, 'Agenda')
    const at = editor(fa).newParagraph()
    expect((fa.get(1) as Y.XmlElement).toArray()[0]).toBeInstanceOf(Y.XmlText)
    const b = peer(2)
    sync(a.doc, b.doc)
    const fb = readNotes(b, id)!
    editor(fa).type(at, 'alpha')
    editor(fb).type(at, 'one')
    sync(a.doc, b.doc)
    editor(fa).type(editor(fa).end(), ' beta')
    editor(fb).type(editor(fb).end(), ' two')
    sync(a.doc, b.doc)
    const text = editor(fa).text()
    expect(text).toBe(editor(fb).text())
    expect([...text].sort().join('')).toBe(
      [...('Agenda' + 'alpha beta' + 'one two')].sort().join(''),
    )
  })

  it('converges when two members type in the same paragraph at once', () => {
    const a = peer(1)
    const id = createMeeting(a, {
      title: 'Branch meeting',
      date: '2026-11-02',
      time: '',
      place: '',
      link: '',
      facilitator: '',
      noteTaker: '',
      templateId: '',
      previousId: '',
      createdBy: 'member-aaaaaaaa',
    })
    if (!id.ok) throw new Error('no meeting')
    const b = peer(2)
    const fa = readNotes(a, id.value)!
    editor(fa).type(1, 'Agenda: ')
    sync(a.doc, b.doc)
    const fb = readNotes(b, id.value)!
    expect(fb.length).toBe(1)

    const undoA = new Y.UndoManager(fa, { trackedOrigins: new Set([LOCAL]) })
    // Both type at the end of the same paragraph, offline from each other.
    editor(fa).type(9, 'rent strike')
    editor(fb).type(9, 'heating')
    sync(a.doc, b.doc)
    const ea = editor(fa).text()
    expect(ea).toBe(editor(fb).text())
    expect(ea.startsWith('Agenda: ')).toBe(true)
    expect(ea).toContain('rent strike')
    expect(ea).toContain('heating')
    expect(ea).toHaveLength('Agenda: '.length + 'rent strike'.length + 'heating'.length)
    expect(fa.length).toBe(1)

    // Undo on A takes back A's words only; B's stay, on both.
    undoA.undo()
    sync(a.doc, b.doc)
    expect(editor(fa).text()).toBe('Agenda: heating')
    expect(editor(fb).text()).toBe('Agenda: heating')
  })
})
