import { useEditorState, type Editor } from '@tiptap/react'
import { useTranslation } from 'react-i18next'
import { redoCommand, undoCommand } from 'y-prosemirror'

interface Props {
  editor: Editor
  disabled: boolean
  onLink(href: string): void
  onOpenLink(href: string): void
  onDecision(): void
  onAction(): void
}

/** Formatting and recording buttons for the notes, each labelled and reachable by Tab. */
export function NotesToolbar({
  editor,
  disabled,
  onLink,
  onOpenLink,
  onDecision,
  onAction,
}: Props) {
  const { t } = useTranslation()
  const s = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      heading: e.isActive('heading', { level: 2 }),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      taskList: e.isActive('taskList'),
      href: (e.getAttributes('link').href as string | undefined) ?? '',
      canUndo: undoCommand(e.state) === true,
      canRedo: redoCommand(e.state) === true,
    }),
  })
  const run = (f: (c: ReturnType<Editor['chain']>) => ReturnType<Editor['chain']>) => () =>
    f(editor.chain().focus()).run()
  const toggle = (label: string, pressed: boolean, onClick: () => void) => (
    <button type="button" aria-pressed={pressed} onClick={onClick} disabled={disabled}>
      {label}
    </button>
  )
  return (
    <div className="notes-toolbar" role="toolbar" aria-label={t('meetings.notes.toolbar')}>
      {toggle(
        t('meetings.notes.bold'),
        s.bold,
        run((c) => c.toggleBold()),
      )}
      {toggle(
        t('meetings.notes.italic'),
        s.italic,
        run((c) => c.toggleItalic()),
      )}
      {toggle(
        t('meetings.notes.heading2'),
        s.heading,
        run((c) => c.toggleHeading({ level: 2 })),
      )}
      {toggle(
        t('meetings.notes.bulletList'),
        s.bulletList,
        run((c) => c.toggleBulletList()),
      )}
      {toggle(
        t('meetings.notes.orderedList'),
        s.orderedList,
        run((c) => c.toggleOrderedList()),
      )}
      {toggle(
        t('meetings.notes.taskList'),
        s.taskList,
        run((c) => c.toggleTaskList()),
      )}
      <button type="button" onClick={() => onLink(s.href)} disabled={disabled}>
        {t('meetings.notes.link')}
      </button>
      <button type="button" onClick={() => onOpenLink(s.href)} disabled={s.href === ''}>
        {t('meetings.notes.openLink')}
      </button>
      <span className="toolbar-gap" />
      <button type="button" onClick={onDecision} disabled={disabled}>
        {t('meetings.notes.insertDecision')}
      </button>
      <button type="button" onClick={onAction} disabled={disabled}>
        {t('meetings.notes.insertAction')}
      </button>
      <span className="toolbar-gap" />
      <button
        type="button"
        onClick={() => {
          undoCommand(editor.state, editor.view.dispatch)
          editor.commands.focus()
        }}
        disabled={disabled || !s.canUndo}
      >
        {t('meetings.notes.undo')}
      </button>
      <button
        type="button"
        onClick={() => {
          redoCommand(editor.state, editor.view.dispatch)
          editor.commands.focus()
        }}
        disabled={disabled || !s.canRedo}
      >
        {t('meetings.notes.redo')}
      </button>
    </div>
  )
}
