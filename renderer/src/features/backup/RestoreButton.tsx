import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { RestoreDialog } from './RestoreDialog'

export function RestoreButton() {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('backup.restore')}
      </button>
      {open && <RestoreDialog onClose={() => setOpen(false)} />}
    </>
  )
}
