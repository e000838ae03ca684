import type { TFunction } from 'i18next'
import { MIN_PASSPHRASE_LENGTH } from '@shared/crypto/passphrase'
import { PassphraseField } from './PassphraseField'

export interface NewPassphraseErrors {
  pass?: string
  again?: string
}

/** Checks a new passphrase and its repetition; an empty object when both are fine. */
export function checkNewPassphrase(t: TFunction, pass: string, again: string): NewPassphraseErrors {
  if (pass.length < MIN_PASSPHRASE_LENGTH)
    return { pass: t('security.tooShort', { min: MIN_PASSPHRASE_LENGTH }) }
  if (pass !== again) return { again: t('security.mismatch') }
  return {}
}

interface Props {
  t: TFunction
  label: string
  hint?: string
  pass: string
  again: string
  onPass: (v: string) => void
  onAgain: (v: string) => void
  errors: NewPassphraseErrors
  autoFocus?: boolean
}

/** A new passphrase and its repetition (first-run setup, backup export). */
export function NewPassphraseFields({
  t,
  label,
  hint,
  pass,
  again,
  onPass,
  onAgain,
  errors,
  autoFocus,
}: Props) {
  return (
    <>
      <PassphraseField
        label={label}
        hint={hint}
        value={pass}
        onChange={onPass}
        error={errors.pass}
        autoComplete="new-password"
        autoFocus={autoFocus}
      />
      <PassphraseField
        label={t('security.confirm')}
        value={again}
        onChange={onAgain}
        error={errors.again}
        autoComplete="new-password"
      />
    </>
  )
}
