import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { isDay } from '@shared/util/day'

/** A day (YYYY-MM-DD) as the member's language writes it ("2 Mar 2026"). */
export function useDayText(): (day: string) => string {
  const { i18n } = useTranslation()
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' })
    return (day: string) => {
      if (!isDay(day)) return day
      const [y, m, d] = day.split('-').map(Number) as [number, number, number]
      return format.format(new Date(y, m - 1, d))
    }
  }, [i18n.language])
}
