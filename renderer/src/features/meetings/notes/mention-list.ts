import type { SuggestionKeyDownProps, SuggestionProps } from '@tiptap/suggestion'
import type { CircleSession } from '@shared/domain/circle/session'
import { filterPeople } from '@shared/domain/people/filter'

export interface MentionItem {
  id: string
  label: string
}

/** The circle's people matching what was typed after "@" (at most 8). */
export function mentionItems(session: CircleSession, query: string): MentionItem[] {
  return filterPeople(session.people, session.people.getSnapshot(), query)
    .slice(0, 8)
    .map((p) => ({ id: p.id, label: p.name }))
}

type Props = SuggestionProps<MentionItem, MentionItem>

/**
 * The list of people offered after "@": arrow keys choose, Enter or Tab mention, Escape
 * closes. Names are set as text, never as HTML.
 */
export function mentionListRenderer(labels: { list: string; empty: string }) {
  return () => {
    let list: HTMLUListElement | null = null
    let props: Props | null = null
    let active = 0
    const prefix = `mention-${Math.random().toString(36).slice(2)}`
    const draw = () => {
      if (!list || !props) return
      const items = props.items
      active = Math.max(0, Math.min(active, items.length - 1))
      list.replaceChildren(
        ...(items.length === 0
          ? [Object.assign(document.createElement('li'), { textContent: labels.empty })]
          : items.map((item, i) => {
              const li = document.createElement('li')
              li.id = `${prefix}-${i}`
              li.setAttribute('role', 'option')
              li.setAttribute('aria-selected', String(i === active))
              li.textContent = item.label
              li.addEventListener('mousedown', (e) => {
                e.preventDefault()
                props?.command(item)
              })
              return li
            })),
      )
      props.editor.view.dom.setAttribute('aria-activedescendant', `${prefix}-${active}`)
      const rect = props.clientRect?.()
      if (rect) {
        list.style.left = `${Math.round(rect.left)}px`
        list.style.top = `${Math.round(rect.bottom + 4)}px`
      }
    }
    const close = () => {
      props?.editor.view.dom.removeAttribute('aria-activedescendant')
      list?.remove()
      list = null
    }
    return {
      onStart(p: Props) {
        props = p
        active = 0
        list = document.createElement('ul')
        list.className = 'mention-list'
        list.setAttribute('role', 'listbox')
        list.setAttribute('aria-label', labels.list)
        document.body.append(list)
        draw()
      },
      onUpdate(p: Props) {
        props = p
        active = 0
        draw()
      },
      onKeyDown({ event }: SuggestionKeyDownProps) {
        const n = props?.items.length ?? 0
        if (event.key === 'Escape') {
          close()
          return true
        }
        if (n === 0) return false
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          active = (active + (event.key === 'ArrowDown' ? 1 : n - 1)) % n
          draw()
          return true
        }
        if (event.key === 'Enter' || event.key === 'Tab') {
          const item = props?.items[active]
          if (item) props?.command(item)
          return true
        }
        return false
      },
      onExit: close,
    }
  }
}
