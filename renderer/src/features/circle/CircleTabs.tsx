import { useTranslation } from 'react-i18next'
import { CIRCLE_VIEWS, routeHref, type CircleView } from '../../app/router'

/** Links to the views of a circle; the current one is marked for screen readers. */
export function CircleTabs({ circleId, view }: { circleId: string; view: CircleView }) {
  const { t } = useTranslation()
  const label: Record<CircleView, string> = {
    people: t('nav.people'),
    chart: t('chart.title'),
    tests: t('tests.title'),
    maps: t('maps.title'),
    transfer: t('transfer.title'),
    setup: t('setup.title'),
  }
  return (
    <nav className="circle-tabs" aria-label={t('nav.circleViews')}>
      {CIRCLE_VIEWS.map((v) => (
        <a
          key={v}
          href={routeHref({ name: 'people', circleId, view: v })}
          aria-current={v === view ? 'page' : undefined}
        >
          {label[v]}
        </a>
      ))}
    </nav>
  )
}
