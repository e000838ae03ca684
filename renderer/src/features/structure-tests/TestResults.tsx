import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { TestResult, TestTally } from '@shared/domain/structure-tests/results'
import { unitLabel } from '@shared/domain/units/tree'
import { GoalBar } from './GoalBar'
import { TableScroll } from './TableScroll'
import { percentOf, useTestText } from './test-text'

/** Results of one test: overall against the goal, then a table per unit. */
export function TestResults({ result }: { result: TestResult }) {
  const { t } = useTranslation()
  const text = useTestText()
  const headingId = useId()
  const { overall } = result
  return (
    <section aria-labelledby={headingId} className="test-results">
      <h3 id={headingId}>{t('tests.resultsHeading')}</h3>
      <p className="test-overall" data-testid="test-overall">
        <strong>{text.summary(overall)}</strong>
      </p>
      <GoalBar tally={overall} label={t('tests.overallLabel')} />
      {result.byUnit.length > 0 && (
        <TableScroll label={t('tests.byUnitCaption')}>
          <table className="results-table">
            <caption>{t('tests.byUnitCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tests.colUnit')}</th>
                <th scope="col">{t('tests.colTook')}</th>
                <th scope="col">{t('tests.colDeclined')}</th>
                <th scope="col">{t('tests.colUnknown')}</th>
                <th scope="col">{t('tests.colNeeded')}</th>
                <th scope="col">{t('tests.colReached')}</th>
              </tr>
            </thead>
            <tbody>
              {result.byUnit.map(({ unit, tally }) => (
                <Row
                  key={unit?.unit.id ?? ''}
                  label={unit ? unitLabel(unit) : t('tests.noUnit')}
                  tally={tally}
                />
              ))}
            </tbody>
            {result.byUnit.length > 1 && (
              <tfoot>
                <Row label={t('tests.allInScope')} tally={overall} />
              </tfoot>
            )}
          </table>
        </TableScroll>
      )}
    </section>
  )
}

function Row({ label, tally }: { label: string; tally: TestTally }) {
  const { t } = useTranslation()
  const { number } = useTestText()
  const missing = tally.needed - tally.took
  return (
    <tr className={tally.reached ? 'reached' : undefined}>
      <th scope="row">{label}</th>
      <td>
        {t('tests.resultCell', { took: tally.took, total: tally.total, percent: percentOf(tally) })}
        <GoalBar tally={tally} small />
      </td>
      <td>{number(tally.declined)}</td>
      <td>{number(tally.unknown)}</td>
      <td>{number(tally.needed)}</td>
      <td>
        {tally.reached ? (
          <span className="mark-yes">
            <span aria-hidden="true">{'✓ '}</span>
            {t('tests.yes')}
          </span>
        ) : (
          <span className="mark-no">
            <span aria-hidden="true">{'✗ '}</span>
            {t('tests.no')}
            {missing > 0 && (
              <span className="muted">
                {' · '}
                {t('tests.moreNeeded', { count: missing })}
              </span>
            )}
          </span>
        )}
      </td>
    </tr>
  )
}
