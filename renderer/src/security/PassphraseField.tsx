import { useId } from 'react'

interface Props {
  label: string
  value: string
  onChange: (v: string) => void
  error?: string | undefined
  hint?: string | undefined
  autoComplete: 'new-password' | 'current-password'
  autoFocus?: boolean
}

export function PassphraseField({
  label,
  value,
  onChange,
  error,
  hint,
  autoComplete,
  autoFocus,
}: Props) {
  const id = useId()
  const describedBy =
    [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="password"
        value={value}
        autoComplete={autoComplete}
        autoFocus={autoFocus}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
      />
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="error">
          {error}
        </p>
      )}
    </div>
  )
}
