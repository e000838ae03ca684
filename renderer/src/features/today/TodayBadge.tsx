import { useTranslation } from 'react-i18next'
import type { OpenCircle } from '../../data/circle-registry'
import { useFollowUpReminders } from './reminders'
import { useToday, useTodayList } from './use-follow-ups'
import './today.css'

/**
 * The Today tab's badge: how many follow-ups and commitments are due (read out with the tab's
 * name). While the circle is open, due follow-ups also show as a system notification.
 */
export function TodayBadge({ circle }: { circle: OpenCircle }) {
  const { t, i18n } = useTranslation()
  const list = useTodayList(circle.session, circle.entry.member.id)
  const today = useToday()
  useFollowUpReminders(
    list.followUps.map((f) => f.conversation.id),
    today,
  )
  if (list.dueCount === 0) return null
  return (
    <>
      <span className="tab-badge" aria-hidden="true">
        {new Intl.NumberFormat(i18n.language).format(list.dueCount)}
      </span>
      <span className="chart-sr-only">{` (${t('today.tabBadge', { count: list.dueCount })})`}</span>
    </>
  )
}
