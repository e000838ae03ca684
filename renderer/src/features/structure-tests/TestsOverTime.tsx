import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { TestOverTime } from '@shared/domain/structure-tests/results'
import { GoalBar } from './GoalBar'
import { TableScroll } from './TableScroll'
import { percentOf, useTestText } from './test-text'

interface Props {
  rows: readonly TestOverTime[]
  /** Unit labels by id, for each test's scope. */
  labels: ReadonlyMap<string, string>
}

/**
 * Every test in date order with the share who took part against its goal: rising
 * participation from test to test shows the circle is ready to escalate.
 */
export function TestsOverTime({ rows, labels }: Props) {
  const { t } = useTranslation()
  const text = useTestText()
  const headingId = useId()
  const change = (c: number | null) =>
    c === null
      ? t('tests.changeFirst')
      : c > 0
        ? t('tests.changeUp', { count: c })
        : c < 0
          ? t('tests.changeDown', { count: -c })
          : t('tests.changeNone')
  return (
    <section aria-labelledby={headingId} className="tests-over-time">
      <h2 id={headingId}>{t('tests.compareHeading')}</h2>
      <p className="muted">{t('tests.compareIntro')}</p>
      <TableScroll label={t('tests.compareCaption')}>
        <table className="results-table">
          <caption>{t('tests.compareCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('tests.colDate')}</th>
              <th scope="col">{t('tests.colTest')}</th>
              <th scope="col">{t('tests.colResult')}</th>
              <th scope="col">{t('tests.colGoal')}</th>
              <th scope="col">{t('tests.colReached')}</th>
              <th scope="col">{t('tests.colChange')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ test, tally, change: c }) => (
              <tr key={test.id} className={tally.reached ? 'reached' : undefined}>
                <td>{text.date(test.date)}</td>
                <th scope="row">
                  {test.name}
                  <span className="cell-meta">
                    {t(`tests.kinds.${test.kind}`)}
                    {' · '}
                    {text.scope(test, labels)}
                  </span>
                </th>
                <td>
                  {t('tests.resultCell', {
                    took: tally.took,
                    total: tally.total,
                    percent: percentOf(tally),
                  })}
                  <GoalBar tally={tally} small />
                </td>
                <td>{t('tests.goalCell', { goal: text.goal(test), needed: tally.needed })}</td>
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
                    </span>
                  )}
                </td>
                <td>{change(c)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  )
}
