import { lazy, Suspense, useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { OpenCircle } from '../../data/circle-registry'
import type { CircleView } from '../../app/router'
import { useStore } from '../../app/use-store'
import { SaveIndicator } from '../../ui/SaveIndicator'
import { RestoreButton } from '../backup/RestoreButton'
import { SyncControls } from '../sync/SyncPanel'
import { RemovedBanner } from '../sync/RemovedBanner'
import { PeopleView } from '../people/PeopleScreen'
import { useOpenCircle } from '../people/use-open-circle'
import { ConversationDialogs, LogConversationButton } from '../conversations/ConversationDialogs'
import { TodayBadge } from '../today/TodayBadge'
import { RaiseAlertButton } from '../alerts/RaiseAlertDialog'
import { CircleTabs } from './CircleTabs'
import './circle.css'

const ChartView = lazy(() => import('../chart/ChartView'))
const TestsView = lazy(() => import('../structure-tests/TestsView'))
const PowerMapsView = lazy(() => import('../power-maps/PowerMapsView'))
const MeetingsView = lazy(() => import('../meeting-archive/MeetingsView'))
const ActionsView = lazy(() => import('../actions/ActionsView'))
const PlansView = lazy(() => import('../plans/PlansView'))
const DashboardView = lazy(() => import('../dashboard/DashboardView'))
const TransferView = lazy(() => import('../transfer/TransferView'))
const SetupView = lazy(() => import('../setup/SetupView'))
const TodayView = lazy(() => import('../today/TodayView'))
const LeadershipView = lazy(() => import('../leadership/LeadershipView'))

/** An open circle: its name, sync and save state, the tabs, and the chosen view. */
export function CircleScreen({ circleId, view }: { circleId: string; view: CircleView }) {
  const { t } = useTranslation()
  const opened = useOpenCircle(circleId)
  if (opened === null) return <p className="screen">{t('app.loading')}</p>
  if (!opened.ok) {
    return (
      <section className="screen" aria-labelledby="circle-error">
        <h1 id="circle-error">{t('nav.people')}</h1>
        <p role="alert">
          {opened.reason === 'notFound' ? t('circles.notFound') : t('circles.damaged')}
        </p>
        {opened.reason === 'damaged' && <RestoreButton />}
      </section>
    )
  }
  return <OpenCircleScreen circle={opened.circle} view={view} key={circleId} />
}

function OpenCircleScreen({ circle, view }: { circle: OpenCircle; view: CircleView }) {
  const { t } = useTranslation()
  const { session, handle } = circle
  const meta = useStore(session.meta)
  const all = useStore(session.people)
  useEffect(() => circle.sync?.setScreen(view), [circle.sync, view])
  return (
    <section className="screen people-screen" aria-labelledby="people-heading">
      <header className="screen-header">
        <div>
          <h1 id="people-heading">{meta?.name ?? t('nav.people')}</h1>
          <p className="muted">{t('people.count', { count: all.length })}</p>
        </div>
        <SaveIndicator handle={handle} />
        <SyncControls circle={circle} />
        <LogConversationButton />
        <RaiseAlertButton circle={circle} />
      </header>
      {circle.sync && <RemovedBanner sync={circle.sync} />}
      {session.readOnly && (
        <p className="banner" role="status">
          {t('errors.domain.readOnly')}
        </p>
      )}
      <CircleTabs
        circleId={circle.session.id}
        view={view}
        badges={{ today: <TodayBadge circle={circle} /> }}
      />
      <Suspense fallback={<p>{t('app.loading')}</p>}>
        {view === 'people' && <PeopleView circle={circle} />}
        {view === 'today' && <TodayView circle={circle} />}
        {view === 'leadership' && <LeadershipView circle={circle} />}
        {view === 'chart' && <ChartView circle={circle} />}
        {view === 'tests' && <TestsView circle={circle} />}
        {view === 'maps' && <PowerMapsView circle={circle} />}
        {view === 'meetings' && <MeetingsView circle={circle} />}
        {view === 'actions' && <ActionsView circle={circle} />}
        {view === 'plans' && <PlansView circle={circle} />}
        {view === 'dashboard' && <DashboardView circle={circle} />}
        {view === 'transfer' && <TransferView circle={circle} />}
        {view === 'setup' && <SetupView circle={circle} />}
      </Suspense>
      <ConversationDialogs circle={circle} />
    </section>
  )
}
