import { Extension } from '@tiptap/core'
import { Plugin } from '@tiptap/pm/state'
import * as Y from 'yjs'
import type { Awareness } from 'y-protocols/awareness'
import {
  defaultDeleteFilter,
  defaultProtectedNodes,
  redoCommand,
  undoCommand,
  yCursorPlugin,
  ySyncPlugin,
  ySyncPluginKey,
  yUndoPlugin,
} from 'y-prosemirror'
import { emptyBlocksAdded } from '@shared/domain/meetings/notes'
import { cursorBuilder, selectionBuilder, showCursorOf } from './cursors'

/**
 * Gives each empty block this editor adds (Enter at the end of a line) an empty text at once,
 * so that members who then type into it at the same time type into one text (see notes.ts).
 */
function fillEmptyBlocks(fragment: Y.XmlFragment): Plugin {
  return new Plugin({
    view() {
      const onChange = (events: Y.YEvent<Y.XmlFragment>[], tr: Y.Transaction) => {
        if (tr.origin !== ySyncPluginKey) return
        const empty = emptyBlocksAdded(events)
        if (empty.length === 0) return
        fragment.doc?.transact(() => {
          for (const el of empty)
            if (el.length === 0 && !el._item?.deleted) el.insert(0, [new Y.XmlText()])
        }, ySyncPluginKey)
      }
      fragment.observeDeep(onChange)
      return { destroy: () => fragment.unobserveDeep(onChange) }
    },
  })
}

export interface CollaborationOptions {
  fragment: Y.XmlFragment | null
  awareness: Awareness | null
}

/**
 * Binds the editor to a meeting's Y.XmlFragment with y-prosemirror: the document is the
 * fragment, the other members' cursors come from the circle's awareness, and undo/redo are
 * Yjs's, tracking only this editor's own changes (a peer's edit is never undone here).
 */
/**
 * y-prosemirror's undo plugin destroys its undo manager whenever ProseMirror recreates the
 * plugin views (TipTap does when it reconfigures the editor), and keeps using the destroyed
 * one. This manager outlives that; the extension destroys it with the editor.
 */
class EditorUndoManager extends Y.UndoManager {
  override destroy(): void {}
  dispose(): void {
    super.destroy()
  }
}

export const Collaboration = Extension.create<
  CollaborationOptions,
  { undoManager: EditorUndoManager | null }
>({
  name: 'meetingCollaboration',
  priority: 1000,
  addOptions() {
    return { fragment: null, awareness: null }
  },
  addStorage() {
    return { undoManager: null }
  },
  onDestroy() {
    this.storage.undoManager?.dispose()
    this.storage.undoManager = null
  },
  addProseMirrorPlugins() {
    const { fragment, awareness } = this.options
    if (!fragment || !awareness) return []
    this.storage.undoManager?.dispose()
    // Only this editor's own changes (origin: its sync plugin) are undone, never a peer's.
    const undoManager = new EditorUndoManager(fragment, {
      trackedOrigins: new Set([ySyncPluginKey]),
      deleteFilter: (item) => defaultDeleteFilter(item, defaultProtectedNodes),
      captureTransaction: (tr) => tr.meta.get('addToHistory') !== false,
    })
    this.storage.undoManager = undoManager
    return [
      ySyncPlugin(fragment),
      yCursorPlugin(awareness, {
        awarenessStateFilter: showCursorOf,
        cursorBuilder: cursorBuilder(awareness),
        selectionBuilder: selectionBuilder(awareness),
      }),
      yUndoPlugin({ undoManager }),
      fillEmptyBlocks(fragment),
    ]
  },
  addKeyboardShortcuts() {
    const undo = () => undoCommand(this.editor.state, this.editor.view.dispatch)
    const redo = () => redoCommand(this.editor.state, this.editor.view.dispatch)
    return { 'Mod-z': undo, 'Mod-Shift-z': redo, 'Mod-y': redo }
  },
})
