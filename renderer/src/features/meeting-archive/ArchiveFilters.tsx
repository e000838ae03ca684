import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { NO_FILTER, type ArchiveFilter } from '@shared/domain/meetings/search'
import type { OpenCircle } from '../../data/circle-registry'
import { useStore } from '../../app/use-store'
import { SelectField } from '../../ui/SelectField'
import { TextField } from '../../ui/TextField'

/** The archive's search box and filters: days, facilitator, who attended. */
export function ArchiveFilters(props: {
  circle: OpenCircle
  filter: ArchiveFilter
  onChange: (f: ArchiveFilter) => void
}) {
  const { circle, filter, onChange } = props
  const { session } = circle
  const { t } = useTranslation()
  const members = useStore(session.members)
  const people = useStore(session.people)
  const attendance = useStore(session.attendance)
  const meetings = useStore(session.meetings)
  const set =
    <K extends keyof ArchiveFilter>(k: K) =>
    (v: ArchiveFilter[K]) =>
      onChange({ ...filter, [k]: v })
  // Only who facilitated or attended a meeting is offered (not every person of the circle).
  const facilitators = useMemo(() => {
    const ids = new Set(meetings.map((m) => m.facilitator))
    return members.filter((m) => ids.has(m.id)).map((m) => ({ value: m.id, label: m.name }))
  }, [meetings, members])
  const attendees = useMemo(() => {
    const ids = new Set(attendance.filter((a) => a.status === 'present').map((a) => a.personId))
    return people.filter((p) => ids.has(p.id)).map((p) => ({ value: p.id, label: p.name }))
  }, [attendance, people])
  const badRange = filter.from !== '' && filter.to !== '' && filter.from > filter.to
  const filtered = JSON.stringify(filter) !== JSON.stringify(NO_FILTER)
  return (
    <div className="archive-filters">
      <div className="archive-search">
        <TextField
          label={t('archive.search')}
          hint={t('archive.searchHint')}
          type="search"
          value={filter.query}
          onChange={set('query')}
        />
      </div>
      <TextField
        label={t('archive.from')}
        type="date"
        value={filter.from}
        onChange={set('from')}
        error={badRange ? t('archive.badRange') : undefined}
      />
      <TextField label={t('archive.to')} type="date" value={filter.to} onChange={set('to')} />
      <SelectField
        label={t('archive.facilitator')}
        value={filter.facilitator}
        options={[{ value: '', label: t('archive.anyone') }, ...facilitators]}
        onChange={set('facilitator')}
      />
      <SelectField
        label={t('archive.attendedBy')}
        value={filter.attendedBy}
        options={[{ value: '', label: t('archive.anyone') }, ...attendees]}
        onChange={set('attendedBy')}
      />
      {filtered && (
        <button type="button" className="archive-clear" onClick={() => onChange(NO_FILTER)}>
          {t('archive.clearFilters')}
        </button>
      )}
    </div>
  )
}
