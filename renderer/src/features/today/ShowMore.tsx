import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

const PAGE = 50

/** A list that shows its first 50 items and more on request (lists can hold thousands). */
export function LimitedList<T>(props: {
  items: readonly T[]
  label: string
  render: (item: T) => ReactNode
  className?: string
}) {
  const { t } = useTranslation()
  const [shown, setShown] = useState(PAGE)
  const rest = props.items.length - shown
  return (
    <>
      <ul className={props.className ?? 'today-list'} aria-label={props.label}>
        {props.items.slice(0, shown).map(props.render)}
      </ul>
      {rest > 0 && (
        <button type="button" className="link" onClick={() => setShown((n) => n + PAGE)}>
          {t('today.showMore', { count: Math.min(rest, PAGE) })}
        </button>
      )}
    </>
  )
}
