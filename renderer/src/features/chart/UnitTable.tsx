import { useTranslation } from 'react-i18next'
import {
  ASSESSMENT_ORDER,
  percent,
  supporters,
  type Chart,
  type Distribution,
} from '@shared/domain/chart/chart-model'
import { cellSymbol, type ChartText } from './text'

/** The chart's numbers by unit as a plain table (collapsed by default). */
export function UnitTable({ chart, text }: { chart: Chart; text: ChartText }) {
  const { t, i18n } = useTranslation()
  const nf = new Intl.NumberFormat(i18n.language)
  const share = (d: Distribution, total: number) =>
    t('chart.byUnit.share', { supporters: supporters(d), percent: percent(supporters(d), total) })
  return (
    <details className="chart-more">
      <summary>{t('chart.byUnit.show')}</summary>
      <table className="chart-table">
        <caption>{t('chart.byUnit.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chart.byUnit.unit')}</th>
            {ASSESSMENT_ORDER.map((n) => (
              <th scope="col" key={n}>
                <span aria-hidden="true">{cellSymbol(n)}</span>
                <span className="chart-sr-only">{text.assessment(n)}</span>
              </th>
            ))}
            <th scope="col">{t('chart.byUnit.supporters')}</th>
            <th scope="col">{t('chart.byUnit.total')}</th>
          </tr>
        </thead>
        <tbody>
          {chart.rows.map((row) => (
            <tr key={row.unit?.unit.id ?? ''}>
              <th scope="row">{row.unit ? row.unit.path.join(' › ') : t('chart.noUnit')}</th>
              {ASSESSMENT_ORDER.map((n) => (
                <td key={n}>{nf.format(row.counts[n])}</td>
              ))}
              <td>{share(row.counts, row.total)}</td>
              <td>{nf.format(row.total)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('chart.byUnit.overall')}</th>
            {ASSESSMENT_ORDER.map((n) => (
              <td key={n}>{nf.format(chart.overall[n])}</td>
            ))}
            <td>{share(chart.overall, chart.total)}</td>
            <td>{nf.format(chart.total)}</td>
          </tr>
        </tfoot>
      </table>
    </details>
  )
}
