import { useTranslation } from 'react-i18next'
import type { OpenCircle } from '../../data/circle-registry'
import { AssignmentSection } from './AssignmentSection'
import { usePersonDialogs } from './PersonDialogs'
import { ReadySection } from './ReadySection'
import { RulesForm } from './RulesForm'
import { TodaySections } from './TodaySections'
import { useFollowUpSettings, useReady, useTodayList } from './use-follow-ups'
import './today.css'

/**
 * Today: what is the member's to do (follow-ups, commitments, quiet people), who the circle's
 * rules suggest for a next step and why, the rules themselves, and who is responsible for whom.
 */
export default function TodayView({ circle }: { circle: OpenCircle }) {
  const { t } = useTranslation()
  const { session } = circle
  const list = useTodayList(session, circle.entry.member.id)
  const ready = useReady(session)
  const settings = useFollowUpSettings(session)
  const { openPerson, dialogs } = usePersonDialogs(circle)
  return (
    <div className="today-view">
      <p className="muted">{t('today.intro')}</p>
      <TodaySections
        circle={circle}
        list={list}
        quietDays={settings.quietDays}
        onOpen={openPerson}
      />
      <ReadySection suggestions={ready} onOpen={openPerson} />
      <RulesForm key={JSON.stringify(settings)} session={session} settings={settings} />
      <AssignmentSection session={session} />
      {dialogs}
    </div>
  )
}
