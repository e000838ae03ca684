import { useTranslation } from 'react-i18next'
import type { CustomField } from '@shared/domain/custom-fields/custom-field'
import { SelectField } from '../../ui/SelectField'
import { TextField } from '../../ui/TextField'

interface Props {
  fields: readonly CustomField[]
  /** Typed text by custom field id. */
  values: Record<string, string>
  onChange: (id: string, text: string) => void
  errors: Record<string, string>
}

/** One input per custom field the circle defines, by its type. */
export function CustomFieldInputs({ fields, values, onChange, errors }: Props) {
  const { t } = useTranslation()
  if (fields.length === 0) return null
  return (
    <fieldset className="custom-fields">
      <legend>{t('person.customHeading')}</legend>
      {fields.map((f) =>
        f.type === 'choice' ? (
          <SelectField
            key={f.id}
            label={f.name}
            value={values[f.id] ?? ''}
            options={[
              { value: '', label: t('person.noChoice') },
              ...f.choices.map((c) => ({ value: c, label: c })),
            ]}
            onChange={(v) => onChange(f.id, v)}
            error={errors[f.id]}
          />
        ) : (
          <TextField
            key={f.id}
            label={f.name}
            type={f.type === 'date' ? 'date' : 'text'}
            value={values[f.id] ?? ''}
            onChange={(v) => onChange(f.id, v)}
            error={errors[f.id]}
          />
        ),
      )}
    </fieldset>
  )
}
