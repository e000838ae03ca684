import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Bucket, BucketUnit } from '@shared/domain/dashboard/buckets'

const asDate = (day: string) => new Date(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10))

/** Days, weeks and months in the interface language. */
export function usePeriodText() {
  const { t, i18n } = useTranslation()
  return useMemo(() => {
    const dayFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' })
    const shortFormat = new Intl.DateTimeFormat(i18n.language, { day: 'numeric', month: 'short' })
    const monthFormat = new Intl.DateTimeFormat(i18n.language, { month: 'short', year: 'numeric' })
    const nf = new Intl.NumberFormat(i18n.language)
    return {
      day: (day: string) => dayFormat.format(asDate(day)),
      /** A period's name in a table: "Week of 2 Mar 2026" or "Mar 2026". */
      period: (b: Bucket, unit: BucketUnit) =>
        unit === 'month'
          ? monthFormat.format(asDate(b.start))
          : t('dashboard.weekOf', { date: dayFormat.format(asDate(b.start)) }),
      /** A period's short name on a chart axis. */
      tick: (b: Bucket, unit: BucketUnit) =>
        unit === 'month'
          ? monthFormat.format(asDate(b.start))
          : shortFormat.format(asDate(b.start)),
      number: (n: number) => nf.format(n),
    }
  }, [t, i18n.language])
}

export type PeriodText = ReturnType<typeof usePeriodText>
