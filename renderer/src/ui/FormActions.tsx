import { useTranslation } from 'react-i18next'

interface Props {
  onCancel: () => void
  submitLabel: string
  /** Disables the submit button (work in progress). */
  busy?: boolean
}

/** The Cancel / submit row at the end of a dialog's form. */
export function FormActions({ onCancel, submitLabel, busy = false }: Props) {
  const { t } = useTranslation()
  return (
    <div className="actions">
      <button type="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
      <button type="submit" className="primary" disabled={busy}>
        {submitLabel}
      </button>
    </div>
  )
}
