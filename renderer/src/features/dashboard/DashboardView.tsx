import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CircleSession } from '@shared/domain/circle/session'
import { unitLabel } from '@shared/domain/units/tree'
import type { OpenCircle } from '../../data/circle-registry'
import { useStore } from '../../app/use-store'
import { SelectField } from '../../ui/SelectField'
import { useOrganizers } from '../today/organizers'
import { DistributionSection } from './DistributionSection'
import { usePeriodText } from './format'
import { AttendanceSection, ConversationsSection } from './ParticipationSections'
import { TurnoutSection } from './TurnoutSection'
import {
  distributionUnitOf,
  parseScope,
  RANGES,
  useDashboard,
  useUnitNodes,
  type RangeMonths,
} from './use-dashboard'
import './dashboard.css'

/**
 * The circle's dashboard: support, meeting attendance, structure-test turnout and
 * conversations over the last months, for the whole circle, a unit, or one organizer's people.
 * Each chart has a summary in words and its numbers as a table.
 */
export default function DashboardView({ circle }: { circle: OpenCircle }) {
  const { t } = useTranslation()
  const { session } = circle
  const [months, setMonths] = useState<RangeMonths>(3)
  const [scopeValue, setScopeValue] = useState('circle')
  const scopes = useScopeOptions(session)
  // A unit or organizer gone since it was chosen falls back to the whole circle.
  const value = scopes.some((o) => o.value === scopeValue) ? scopeValue : 'circle'
  const scope = useMemo(() => parseScope(value), [value])
  const { data } = useDashboard(session, scope, months)
  const text = usePeriodText()
  return (
    <div className="dashboard-view">
      <p className="muted">{t('dashboard.intro')}</p>
      <div className="dashboard-controls" role="group" aria-label={t('dashboard.controls')}>
        <SelectField
          label={t('dashboard.range')}
          value={String(months)}
          options={RANGES.map((m) => ({ value: String(m), label: t(`dashboard.ranges.m${m}`) }))}
          onChange={(v) => setMonths(Number(v) as RangeMonths)}
        />
        <SelectField
          label={t('dashboard.scope')}
          value={value}
          options={scopes}
          onChange={setScopeValue}
        />
      </div>
      <p role="status" className="dashboard-count">
        {data.people === 0 ? t('dashboard.nobody') : t('dashboard.people', { count: data.people })}
      </p>
      <DistributionSection
        points={data.distribution}
        unit={distributionUnitOf(months)}
        text={text}
      />
      <AttendanceSection weeks={data.weeks} text={text} />
      <TurnoutSection tests={data.tests} text={text} />
      <ConversationsSection weeks={data.weeks} text={text} />
    </div>
  )
}

/** The scopes to choose from: the whole circle, each unit (tree order), each organizer. */
function useScopeOptions(session: CircleSession) {
  const { t } = useTranslation()
  const units = useUnitNodes(session)
  const { current: members, label } = useOrganizers(session)
  const people = useStore(session.people)
  return useMemo(() => {
    const current = new Set(members.map((m) => m.id))
    // Members removed from the circle whose people are still assigned to them.
    const former = new Set<string>()
    for (const p of people)
      if (p.organizerId !== '' && !current.has(p.organizerId)) former.add(p.organizerId)
    return [
      { value: 'circle', label: t('dashboard.scopes.circle') },
      ...units.map((u) => ({
        value: `unit:${u.unit.id}`,
        label: t('dashboard.scopes.unit', { name: unitLabel(u) }),
      })),
      ...members.map((m) => ({
        value: `organizer:${m.id}`,
        label: t('dashboard.scopes.organizer', { name: m.name }),
      })),
      ...[...former].map((id) => ({
        value: `organizer:${id}`,
        label: t('dashboard.scopes.organizer', { name: label(id) }),
      })),
    ]
  }, [t, units, members, label, people])
}
