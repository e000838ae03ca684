import { useId } from 'react'

interface Props {
  label: string
  value: string
  onChange: (value: string) => void
  error?: string | undefined
  hint?: string | undefined
  type?: 'text' | 'email' | 'tel' | 'search' | 'date' | 'number'
  multiline?: boolean
  required?: boolean
  autoFocus?: boolean
  name?: string
  maxLength?: number
}

/** A labelled input whose hint and error are announced with it. */
export function TextField(props: Props) {
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy =
    [props.hint ? hintId : '', props.error ? errorId : ''].filter(Boolean).join(' ') || undefined
  const common = {
    id,
    name: props.name,
    value: props.value,
    required: props.required,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy,
    autoFocus: props.autoFocus,
    maxLength: props.maxLength,
    // Member data must not end up in the browser's form-autofill database.
    autoComplete: 'off',
    spellCheck: false,
  }
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.multiline ? (
        <textarea {...common} rows={4} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
      {props.hint && (
        <p id={hintId} className="hint">
          {props.hint}
        </p>
      )}
      {props.error && (
        <p id={errorId} className="error">
          {props.error}
        </p>
      )}
    </div>
  )
}
