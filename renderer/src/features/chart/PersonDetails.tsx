import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { Person } from '@shared/domain/people/person'
import { useConversationActions } from '../conversations/actions'
import type { ChartText } from './text'

interface Props {
  person: Person | null
  assessment: number
  unit: string
  onHide: () => void
  text: ChartText
}

/**
 * The person chosen in the chart (click or Enter on a cell), next to the grid. Its content is
 * a polite live region, so a screen reader reads the person out while focus stays in the grid.
 */
export function PersonDetails({ person, assessment, unit, onHide, text }: Props) {
  const { t, i18n } = useTranslation()
  const headingId = useId()
  const conversations = useConversationActions()
  const date = (ms: number) =>
    ms > 0
      ? new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }).format(ms)
      : t('chart.details.never')
  return (
    <section className="chart-details" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('chart.details.heading')}</h3>
      <div aria-live="polite">
        {person === null ? (
          <p className="muted">{t('chart.details.none')}</p>
        ) : (
          <>
            <p className="chart-details-name">
              <span className={`chart-swatch chart-a${assessment}`} aria-hidden="true" />
              {person.name}
            </p>
            <dl className="chart-details-list">
              <dt>{t('chart.details.assessment')}</dt>
              <dd>{text.assessment(assessment)}</dd>
              <dt>{t('chart.details.unit')}</dt>
              <dd>{unit || t('chart.noUnit')}</dd>
              <dt>{t('chart.details.stage')}</dt>
              <dd>{t(`chart.stages.${person.stage}`)}</dd>
              <dt>{t('chart.details.leader')}</dt>
              <dd>{person.leader ? t('chart.details.yes') : t('chart.details.no')}</dd>
              <dt>{t('chart.details.lastContact')}</dt>
              <dd>{date(person.lastContactAt)}</dd>
              <dt>{t('chart.details.tags')}</dt>
              <dd>{person.tags.length > 0 ? person.tags.join(', ') : t('chart.details.noTags')}</dd>
            </dl>
          </>
        )}
      </div>
      {person !== null && conversations && (
        <button
          type="button"
          className="small"
          onClick={() => conversations.log(person.id)}
          disabled={conversations.readOnly}
        >
          {t('conversations.logWith', { name: person.name })}
        </button>
      )}
      {person !== null && (
        <button type="button" className="small" onClick={onHide}>
          {t('chart.details.hide')}
        </button>
      )}
    </section>
  )
}
