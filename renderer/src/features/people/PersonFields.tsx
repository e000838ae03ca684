import { useTranslation } from 'react-i18next'
import { STAGES, type PersonInput, type Stage } from '@shared/domain/people/person'
import { CheckboxField } from '../../ui/CheckboxField'
import { SelectField } from '../../ui/SelectField'
import { TextField } from '../../ui/TextField'

/** YYYY-MM-DD (UTC) of a timestamp, '' for none. */
export const dateText = (ms: number) => (ms > 0 ? new Date(ms).toISOString().slice(0, 10) : '')
/** A timestamp from YYYY-MM-DD (UTC midnight); 0 for '' and null for a broken date. */
export function parseDateText(text: string): number | null {
  if (text.trim() === '') return 0
  const ms = Date.parse(`${text.trim()}T00:00:00Z`)
  return Number.isNaN(ms) ? null : ms
}

interface Props {
  values: PersonInput
  onChange: (patch: Partial<PersonInput>) => void
  languages: string
  onLanguages: (text: string) => void
  lastContact: string
  onLastContact: (text: string) => void
  errors: Record<string, string>
}

/** The charting fields of a person: role, languages, stage, leader, last contact. */
export function ChartingFields({ values, onChange, errors, ...p }: Props) {
  const { t } = useTranslation()
  return (
    <>
      <TextField
        label={t('person.role')}
        hint={t('person.roleHint')}
        value={values.role}
        onChange={(role) => onChange({ role })}
        error={errors.role}
      />
      <TextField
        label={t('person.languages')}
        hint={t('person.languagesHint')}
        value={p.languages}
        onChange={p.onLanguages}
        error={errors.languages}
      />
      <SelectField<Stage>
        label={t('person.stage')}
        value={values.stage}
        options={STAGES.map((s) => ({ value: s, label: t(`person.stages.${s}`) }))}
        onChange={(stage) => onChange({ stage })}
        error={errors.stage}
      />
      <CheckboxField
        label={t('person.leader')}
        checked={values.leader}
        onChange={(leader) => onChange({ leader })}
      />
      <TextField
        label={t('person.lastContact')}
        hint={t('person.lastContactHint')}
        type="date"
        value={p.lastContact}
        onChange={p.onLastContact}
        error={errors.lastContactAt}
      />
    </>
  )
}
