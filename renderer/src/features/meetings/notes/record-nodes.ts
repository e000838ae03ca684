import { Node } from '@tiptap/core'
import { ReactNodeViewRenderer } from '@tiptap/react'
import { NOTE_NODES } from '@shared/domain/meetings/notes'
import { recordId } from './record-id'
import { ActionItemView, DecisionView } from './RecordViews'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    meetingRecords: {
      /** Places an action item or a decision (by record id) at the cursor. */
      insertRecord: (kind: 'actionItem' | 'decision', id: string) => ReturnType
    }
  }
}

/**
 * A block in the notes that holds only the id of an action item or decision record; a React
 * node view shows the record's live state (so completing it anywhere shows here, on every
 * peer). The text lives in the record, never in the note.
 */
function recordNode(name: 'actionItem' | 'decision', view: typeof ActionItemView) {
  const attr = name === 'actionItem' ? 'data-action-item' : 'data-decision'
  return Node.create({
    name,
    group: 'block',
    atom: true,
    selectable: true,
    draggable: false,
    addAttributes() {
      return {
        id: {
          default: '',
          parseHTML: (el) => recordId(el.getAttribute('data-id')),
          renderHTML: (attrs) => ({ 'data-id': recordId(attrs.id) }),
        },
      }
    },
    parseHTML() {
      return [{ tag: `div[${attr}]` }]
    },
    renderHTML({ HTMLAttributes }) {
      return ['div', { [attr]: '', 'data-id': recordId(HTMLAttributes['data-id']) }]
    },
    addNodeView() {
      return ReactNodeViewRenderer(view)
    },
  })
}

export const ActionItemNode = recordNode(NOTE_NODES.actionItem, ActionItemView).extend({
  addCommands() {
    return {
      insertRecord:
        (kind, id) =>
        ({ commands }) =>
          commands.insertContent({ type: kind, attrs: { id } }),
    }
  },
})
export const DecisionNode = recordNode(NOTE_NODES.decision, DecisionView)
