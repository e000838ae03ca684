import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReadyReason, ReadySuggestion } from '@shared/domain/today/ready'
import { useDayText } from './day-text'
import { LimitedList } from './ShowMore'

/** The reason of a suggestion in words, with its numbers. */
export function useReasonText(): (r: ReadyReason) => string {
  const { t } = useTranslation()
  const day = useDayText()
  return (r) => {
    switch (r.code) {
      case 'attendance':
        return t('today.ready.attendance', { attended: r.attended, meetings: r.meetings })
      case 'tests':
        return t('today.ready.tests', { took: r.took, tests: r.tests })
      case 'kept':
        return t('today.ready.kept', { kept: r.kept, made: r.made })
      case 'leader':
        return r.days === null
          ? t('today.ready.leaderNever')
          : t('today.ready.leader', { days: r.days })
      case 'commitment':
        return t('today.ready.commitment', { date: day(r.due) })
    }
  }
}

/** "Ready for a next step": who the circle's rules suggest, each with every reason. */
export function ReadySection(props: {
  suggestions: readonly ReadySuggestion[]
  onOpen: (personId: string) => void
}) {
  const { t } = useTranslation()
  const reason = useReasonText()
  const id = useId()
  return (
    <section aria-labelledby={id} className="today-section">
      <h2 id={id}>{t('today.ready.heading')}</h2>
      <p className="muted">{t('today.ready.intro')}</p>
      {props.suggestions.length === 0 ? (
        <p className="muted">{t('today.ready.empty')}</p>
      ) : (
        <LimitedList
          items={props.suggestions}
          label={t('today.ready.listLabel')}
          render={(s) => (
            <li key={s.person.id}>
              <button
                type="button"
                className="link today-person"
                onClick={() => props.onOpen(s.person.id)}
              >
                {s.person.name}
              </button>
              <ul className="today-reasons">
                {s.reasons.map((r, i) => (
                  <li key={i}>{reason(r)}</li>
                ))}
              </ul>
            </li>
          )}
        />
      )}
    </section>
  )
}
