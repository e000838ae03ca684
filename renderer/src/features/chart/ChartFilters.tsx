import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { STAGES, type Stage } from '@shared/domain/people/person'
import { unitLabel, type UnitNode } from '@shared/domain/units/tree'

export interface FilterState {
  tag: string
  stage: Stage | ''
  /** '' = every unit. */
  unitId: string
  leadersOnly: boolean
  /** "No contact in N days" as typed. */
  staleText: string
}

export const DEFAULT_STALE_DAYS = 30

export const initialFilters = (): FilterState => ({
  tag: '',
  stage: '',
  unitId: '',
  leadersOnly: false,
  staleText: String(DEFAULT_STALE_DAYS),
})

export const isFiltered = (f: FilterState) =>
  f.tag !== '' || f.stage !== '' || f.unitId !== '' || f.leadersOnly

interface Props {
  value: FilterState
  onChange: (next: FilterState) => void
  tags: readonly string[]
  units: readonly UnitNode[]
}

/** Tag, stage, unit, leaders and "no contact in N days": every control labelled. */
export function ChartFilters({ value, onChange, tags, units }: Props) {
  const { t } = useTranslation()
  const id = useId()
  const set = <K extends keyof FilterState>(key: K, v: FilterState[K]) =>
    onChange({ ...value, [key]: v })
  // A chosen tag or unit that is gone (removed on another laptop) stays choosable until changed.
  const tagOptions = value.tag !== '' && !tags.includes(value.tag) ? [value.tag, ...tags] : tags
  return (
    <fieldset className="chart-filters">
      <legend>{t('chart.filters')}</legend>
      <div className="field">
        <label htmlFor={`${id}-tag`}>{t('chart.tag')}</label>
        <select id={`${id}-tag`} value={value.tag} onChange={(e) => set('tag', e.target.value)}>
          <option value="">{t('chart.anyTag')}</option>
          {tagOptions.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-stage`}>{t('chart.stage')}</label>
        <select
          id={`${id}-stage`}
          value={value.stage}
          onChange={(e) => set('stage', e.target.value as Stage | '')}
        >
          <option value="">{t('chart.anyStage')}</option>
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {t(`chart.stages.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-unit`}>{t('chart.unit')}</label>
        <select
          id={`${id}-unit`}
          value={value.unitId}
          aria-describedby={`${id}-unit-hint`}
          onChange={(e) => set('unitId', e.target.value)}
        >
          <option value="">{t('chart.anyUnit')}</option>
          {units.map((n) => (
            <option key={n.unit.id} value={n.unit.id}>
              {unitLabel(n)}
            </option>
          ))}
        </select>
        <p id={`${id}-unit-hint`} className="hint">
          {t('chart.unitHint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-stale`}>{t('chart.staleDays')}</label>
        <input
          id={`${id}-stale`}
          type="number"
          inputMode="numeric"
          min={0}
          max={3650}
          step={1}
          value={value.staleText}
          aria-describedby={`${id}-stale-hint`}
          onChange={(e) => set('staleText', e.target.value)}
        />
        <p id={`${id}-stale-hint`} className="hint">
          {t('chart.staleDaysHint')}
        </p>
      </div>
      <div className="check chart-leaders">
        <input
          id={`${id}-leaders`}
          type="checkbox"
          checked={value.leadersOnly}
          onChange={(e) => set('leadersOnly', e.target.checked)}
        />
        <label htmlFor={`${id}-leaders`}>{t('chart.leadersOnly')}</label>
      </div>
      {/* Always there (not only when filtered), so that focus never lands on a removed button. */}
      <div className="chart-clear">
        <button
          type="button"
          className="small"
          onClick={() => onChange({ ...initialFilters(), staleText: value.staleText })}
        >
          {t('chart.clearFilters')}
        </button>
      </div>
    </fieldset>
  )
}
