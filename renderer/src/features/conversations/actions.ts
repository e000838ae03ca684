import { ValueStore } from '@shared/data/store'
import { useStore } from '../../app/use-store'

/** What the conversation dialogs can be asked to do (see ConversationsProvider). */
export type ConversationRequest =
  { kind: 'log'; personId: string | null } | { kind: 'correct' | 'redact' | 'remove'; id: string }

export interface ConversationActions {
  open(request: ConversationRequest): void
  /** Opens the form to log a conversation, with the person chosen (or to be chosen: null). */
  log(personId: string | null): void
  readOnly: boolean
}

/**
 * The actions of the conversation dialogs of the open circle (one circle is open at a time),
 * set while its ConversationDialogs are mounted.
 */
export const openCircleConversations = new ValueStore<ConversationActions | null>(null)

/**
 * The conversation dialogs of the open circle, for any screen inside it (the person dialog, the
 * chart, the circle header). Null when no circle is open.
 */
export function useConversationActions(): ConversationActions | null {
  return useStore(openCircleConversations)
}

/** True for the quick command's shortcut: Ctrl+Shift+L (Cmd+Shift+L on a Mac). */
export const isLogShortcut = (e: KeyboardEvent) =>
  (e.ctrlKey || e.metaKey) && e.shiftKey && !e.altKey && e.key.toLowerCase() === 'l'

/** The shortcut as aria-keyshortcuts spells it. */
export const LOG_SHORTCUT = 'Control+Shift+L'
