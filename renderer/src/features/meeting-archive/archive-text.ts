import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { MarkdownLabels } from '@shared/domain/meetings/meeting-markdown'
import { isDay } from '@shared/util/day'

/** Texts the archive and actions screens share: days, and the words of a Markdown export. */
export function useArchiveText() {
  const { t, i18n } = useTranslation()
  return useMemo(() => {
    const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' })
    const day = (d: string) => {
      if (!isDay(d)) return t('archive.noDate')
      const [y, m, dd] = d.split('-').map(Number) as [number, number, number]
      return dateFormat.format(new Date(y, m - 1, dd))
    }
    const labels: MarkdownLabels = {
      when: t('archive.markdown.when'),
      place: t('archive.markdown.place'),
      link: t('archive.markdown.link'),
      facilitator: t('archive.markdown.facilitator'),
      noteTaker: t('archive.markdown.noteTaker'),
      attendance: t('archive.markdown.attendance'),
      status: {
        present: t('archive.markdown.status.present'),
        absent: t('archive.markdown.status.absent'),
        excused: t('archive.markdown.status.excused'),
      },
      agenda: t('archive.markdown.agenda'),
      notes: t('archive.markdown.notes'),
      decisions: t('archive.markdown.decisions'),
      actions: t('archive.markdown.actions'),
      due: (d: string) => t('archive.markdown.due', { day: d }),
      unknown: t('archive.markdown.unknown'),
    }
    return { day, labels }
  }, [t, i18n.language])
}
