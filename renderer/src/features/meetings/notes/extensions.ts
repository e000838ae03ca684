import type { AnyExtension } from '@tiptap/core'
import { TaskItem, TaskList } from '@tiptap/extension-list'
import Mention from '@tiptap/extension-mention'
import StarterKit from '@tiptap/starter-kit'
import type * as Y from 'yjs'
import type { Awareness } from 'y-protocols/awareness'
import type { CircleSession } from '@shared/domain/circle/session'
import { LINK_PROTOCOLS, safeExternalUrl } from '@shared/util/links'
import { Collaboration } from './collaboration'
import { mentionItems, mentionListRenderer } from './mention-list'
import { ActionItemNode, DecisionNode } from './record-nodes'

export interface NotesExtensionOptions {
  session: CircleSession
  fragment: Y.XmlFragment
  awareness: Awareness
  labels: { mentionList: string; mentionEmpty: string; taskItem: (text: string) => string }
}

/**
 * The notes' editor: rich text (headings, lists, checklists, links, @-mentions of the circle's
 * people) bound to the meeting's fragment, with action items and decisions as record blocks.
 * StarterKit's own undo is off: undo is y-prosemirror's (only this member's edits).
 */
export function notesExtensions(o: NotesExtensionOptions): AnyExtension[] {
  return [
    StarterKit.configure({
      undoRedo: false,
      // Every peer adding its own trailing paragraph would leave several behind.
      trailingNode: false,
      heading: { levels: [2, 3] },
      codeBlock: false,
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        protocols: LINK_PROTOCOLS.map((p) => p.slice(0, -1)),
        isAllowedUri: (url) => safeExternalUrl(url) !== null,
        shouldAutoLink: (url) => safeExternalUrl(url) !== null,
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
      },
    }),
    TaskList,
    TaskItem.configure({
      nested: true,
      a11y: { checkboxLabel: (node) => o.labels.taskItem(node.textContent) },
    }),
    Mention.configure({
      HTMLAttributes: { class: 'mention' },
      suggestion: {
        char: '@',
        items: ({ query }) => mentionItems(o.session, query),
        render: mentionListRenderer({ list: o.labels.mentionList, empty: o.labels.mentionEmpty }),
      },
    }),
    ActionItemNode,
    DecisionNode,
    Collaboration.configure({ fragment: o.fragment, awareness: o.awareness }),
  ]
}
