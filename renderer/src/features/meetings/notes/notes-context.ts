import { createContext, useContext } from 'react'
import type { OpenCircle } from '../../../data/circle-registry'

/** What the notes' node views need: the circle, and how to edit an action item. */
export interface NotesContextValue {
  circle: OpenCircle
  editAction(id: string): void
}

export const NotesContext = createContext<NotesContextValue | null>(null)

export function useNotesContext(): NotesContextValue {
  const v = useContext(NotesContext)
  if (!v) throw new Error('useNotesContext outside the notes editor')
  return v
}
