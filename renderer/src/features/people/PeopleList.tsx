import { useRef, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { Person } from '@shared/domain/people/person'

interface Props {
  people: readonly Person[]
  onOpen: (person: Person) => void
  /** The person's unit with its place in the tree ("Harbour › Night shift"). */
  unitOf: (person: Person) => string
}

const rowHeight = () =>
  parseFloat(getComputedStyle(document.documentElement).fontSize || '16') * 3.6

/**
 * The people of a circle as a virtualized list: only the rows in view are in the DOM, so it
 * stays smooth at 100,000 people. Arrow keys, Home and End move between rows.
 */
export function PeopleList({ people, onOpen, unitOf }: Props) {
  const { t } = useTranslation()
  const scrollRef = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual is the list library we use
  const virtualizer = useVirtualizer({
    count: people.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: rowHeight,
    overscan: 8,
    getItemKey: (i) => people[i]!.id,
  })

  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(people.length - 1, index))
    virtualizer.scrollToIndex(target, { align: 'auto' })
    requestAnimationFrame(() => {
      scrollRef.current
        ?.querySelector<HTMLButtonElement>(`[data-index="${target}"] button`)
        ?.focus()
    })
  }

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const row = (e.target as HTMLElement).closest<HTMLElement>('[data-index]')
    if (!row) return
    const index = Number(row.dataset.index)
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / rowHeight()))
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: people.length - 1,
    }
    const next = moves[e.key]
    if (next === undefined) return
    e.preventDefault()
    focusRow(next)
  }

  return (
    // The container only forwards arrow keys to the row buttons inside it.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div className="people-scroll" ref={scrollRef} onKeyDown={onKeyDown}>
      <div
        role="list"
        aria-label={t('people.listLabel')}
        className="people-sizer"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((v) => {
          const p = people[v.index]!
          return (
            <div
              role="listitem"
              key={v.key}
              data-index={v.index}
              ref={virtualizer.measureElement}
              aria-setsize={people.length}
              aria-posinset={v.index + 1}
              className="person-row"
              style={{ transform: `translateY(${v.start}px)` }}
            >
              <button
                type="button"
                onClick={() => onOpen(p)}
                aria-label={t('people.details', { name: p.name })}
              >
                <span className="person-name">{p.name}</span>
                <span className="person-meta">
                  {[unitOf(p), p.email || p.phone].filter(Boolean).join(' · ')}
                </span>
                {p.tags.length > 0 && (
                  <span className="person-tags">
                    {p.tags.map((tag) => (
                      <span key={tag} className="tag">
                        {tag}
                      </span>
                    ))}
                  </span>
                )}
              </button>
            </div>
          )
        })}
      </div>
    </div>
  )
}
