import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { CIRCLE_VIEWS, routeHref, type CircleView } from '../../app/router'

/** Links to the views of a circle; the current one is marked for screen readers. */
export function CircleTabs({
  circleId,
  view,
  badges = {},
}: {
  circleId: string
  view: CircleView
  /** Shown after a tab's name (e.g. how many follow-ups are due). */
  badges?: Partial<Record<CircleView, ReactNode>>
}) {
  const { t } = useTranslation()
  const label: Record<CircleView, string> = {
    people: t('nav.people'),
    today: t('today.title'),
    leadership: t('leadership.title'),
    dashboard: t('dashboard.title'),
    chart: t('chart.title'),
    tests: t('tests.title'),
    maps: t('maps.title'),
    meetings: t('archive.tab'),
    actions: t('archive.actionsTab'),
    plans: t('plans.title'),
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
          {badges[v]}
        </a>
      ))}
    </nav>
  )
}
