import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { dayOf, isDay } from '@shared/util/day'
import type { Meeting } from '@shared/domain/meetings/meeting'
import type { OpenCircle } from '../../data/circle-registry'
import { useStore } from '../../app/use-store'

/** Today as YYYY-MM-DD in local time (the default day of a new meeting). */
export const today = (): string => dayOf(Date.now())

/** The texts the meeting screens share: days and when a meeting is. */
export function useMeetingText() {
  const { t, i18n } = useTranslation()
  return useMemo(() => {
    const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' })
    const day = (d: string) => {
      if (!isDay(d)) return t('meetings.noDate')
      const [y, m, dd] = d.split('-').map(Number) as [number, number, number]
      return dateFormat.format(new Date(y, m - 1, dd))
    }
    const when = (m: Pick<Meeting, 'date' | 'time'>) =>
      t('meetings.when', { date: day(m.date), time: m.time }).trim()
    return { day, when }
  }, [t, i18n.language])
}

/** The circle's members to choose a facilitator or note-taker from ('' nobody yet). */
export function useMemberOptions(circle: OpenCircle, current: string) {
  const { t } = useTranslation()
  const members = useStore(circle.session.members)
  return useMemo(
    () => [
      { value: '', label: t('meetings.nobody') },
      // A member removed since stays the choice until changed.
      ...(current !== '' && !members.some((m) => m.id === current)
        ? [{ value: current, label: t('meetings.removedMember') }]
        : []),
      ...members.map((m) => ({ value: m.id, label: m.name })),
    ],
    [members, current, t],
  )
}
