import { EditorContent, useEditor, type Editor } from '@tiptap/react'
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { Awareness } from 'y-protocols/awareness'
import type { OpenCircle } from '../../data/circle-registry'
import { useServices } from '../../app/services'
import { LinkDialog, OpenLinkDialog } from './LinkDialogs'
import { ActionDialog, DecisionDialog } from './RecordDialogs'
import { notesExtensions } from './notes/extensions'
import { NotesContext } from './notes/notes-context'
import { sanitizePastedHtml } from './notes/sanitize'
import { NotesToolbar } from './NotesToolbar'

type Open =
  | { kind: 'action'; id: string | null }
  | { kind: 'decision' }
  | { kind: 'link'; href: string }
  | { kind: 'open'; href: string }
  | null

/** The circle's awareness (presence) for cursors; a local one where nothing syncs. */
function useAwareness(circle: OpenCircle): Awareness {
  const shared = circle.sync?.replicator.awareness ?? null
  const local = useMemo(() => (shared ? null : new Awareness(circle.session.doc)), [shared, circle])
  useEffect(() => () => local?.destroy(), [local])
  const awareness = shared ?? local!
  const { name, colour } = circle.entry.member
  useEffect(() => {
    awareness.setLocalStateField('user', { name, color: colour })
  }, [awareness, name, colour])
  return awareness
}

/**
 * The meeting's notes, edited by everyone at once: TipTap bound to the fragment with
 * y-prosemirror, peers' cursors with their names, undo of one's own edits only; a toolbar and
 * shortcuts to record decisions and action items in place.
 */
export function NotesEditor(props: {
  circle: OpenCircle
  meetingId: string
  fragment: Y.XmlFragment
}) {
  const { circle, meetingId, fragment } = props
  const { t } = useTranslation()
  const { announcer } = useServices()
  const { session } = circle
  const awareness = useAwareness(circle)
  const [open, setOpen] = useState<Open>(null)

  const extensions = useMemo(
    () =>
      notesExtensions({
        session,
        fragment,
        awareness,
        labels: {
          mentionList: t('meetings.notes.mentionList'),
          mentionEmpty: t('meetings.notes.mentionEmpty'),
          taskItem: (text) => t('meetings.notes.taskItem', { text }),
        },
      }),
    [session, fragment, awareness, t],
  )
  const editor = useEditor(
    {
      editable: !session.readOnly,
      // TipTap's own styles come as an inline <style>, which the app's CSP refuses (see
      // meetings.css for what is needed of them).
      injectCSS: false,
      shouldRerenderOnTransaction: false,
      extensions,
      editorProps: {
        attributes: {
          'aria-label': t('meetings.notes.label'),
          'aria-multiline': 'true',
          role: 'textbox',
          'aria-describedby': `${meetingId}-notes-help`,
          class: 'notes-content',
          spellcheck: 'true',
        },
        transformPastedHTML: sanitizePastedHtml,
        handleDOMEvents: {
          // A link never opens by itself: its address is shown first (OpenLinkDialog).
          click: (_view, event) => {
            const a = (event.target as Element | null)?.closest?.('a')
            if (!a) return false
            event.preventDefault()
            setOpen({ kind: 'open', href: a.getAttribute('href') ?? '' })
            return true
          },
        },
        handleKeyDown: (_view, event) => {
          if (!(event.ctrlKey || event.metaKey) || !event.altKey) return false
          if (event.code === 'KeyA') setOpen({ kind: 'action', id: null })
          else if (event.code === 'KeyD') setOpen({ kind: 'decision' })
          else return false
          event.preventDefault()
          return true
        },
      },
    },
    // A new language relabels the editor (its content is the fragment's, kept as it is).
    [extensions, t],
  )

  const close = () => {
    setOpen(null)
    requestAnimationFrame(() => editor?.commands.focus())
  }
  const insert = (kind: 'actionItem' | 'decision', id: string) => {
    setOpen(null)
    editor?.chain().focus().insertRecord(kind, id).run()
    announcer.say(t('meetings.actions.saved'))
  }
  const context = useMemo(
    () => ({ circle, editAction: (id: string) => setOpen({ kind: 'action', id }) }),
    [circle],
  )
  const editing = open?.kind === 'action' && open.id ? (session.actions.get(open.id) ?? null) : null

  return (
    <NotesContext.Provider value={context}>
      <div className="notes-editor">
        {editor && (
          <NotesToolbar
            editor={editor}
            disabled={session.readOnly}
            onLink={(href) => setOpen({ kind: 'link', href })}
            onOpenLink={(href) => setOpen({ kind: 'open', href })}
            onDecision={() => setOpen({ kind: 'decision' })}
            onAction={() => setOpen({ kind: 'action', id: null })}
          />
        )}
        <p id={`${meetingId}-notes-help`} className="hint">
          {t('meetings.notes.shortcuts')}
        </p>
        <EditorContent editor={editor} className="notes-surface" />
      </div>
      {open?.kind === 'action' && (!open.id || editing) && (
        <ActionDialog
          circle={circle}
          meetingId={meetingId}
          action={editing}
          onClose={close}
          onSaved={(id) => (open.id ? close() : insert('actionItem', id))}
        />
      )}
      {open?.kind === 'decision' && (
        <DecisionDialog
          circle={circle}
          meetingId={meetingId}
          onClose={close}
          onSaved={(id) => insert('decision', id)}
        />
      )}
      {open?.kind === 'link' && editor && (
        <LinkDialog
          initial={open.href}
          onClose={close}
          onRemove={open.href === '' ? null : () => (setLink(editor, null), close())}
          onSave={(url) => (setLink(editor, url), close())}
        />
      )}
      {open?.kind === 'open' && <OpenLinkDialog url={open.href} onClose={close} />}
    </NotesContext.Provider>
  )
}

/** Sets (or with null removes) the link at the selection; with nothing selected, inserts it. */
function setLink(editor: Editor, url: string | null) {
  const chain = editor.chain().focus().extendMarkRange('link')
  if (url === null) return chain.unsetLink().run()
  if (editor.state.selection.empty && !editor.isActive('link'))
    return chain
      .insertContent({ type: 'text', text: url, marks: [{ type: 'link', attrs: { href: url } }] })
      .run()
  return chain.setLink({ href: url }).run()
}
