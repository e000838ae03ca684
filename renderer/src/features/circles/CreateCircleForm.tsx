import { useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { CIRCLE_NAME_MAX } from '@shared/domain/circle/meta'
import { useCircles, useServices } from '../../app/services'
import { TextField } from '../../ui/TextField'
import { errorsByField, focusFirstInvalid } from '../../ui/field-errors'
import { CIRCLE_LANGUAGES, languageName } from './languages'

export function CreateCircleForm({ nameInputId }: { nameInputId?: string }) {
  const { t, i18n } = useTranslation()
  const { router, announcer } = useServices()
  const circles = useCircles()
  const [name, setName] = useState('')
  const [language, setLanguage] = useState<string>(i18n.language)
  const [memberName, setMemberName] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [busy, setBusy] = useState(false)
  const langId = useId()
  const formRef = useRef<HTMLFormElement>(null)

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    try {
      const r = await circles.create(name, language, memberName)
      if (!r.ok) {
        setErrors(errorsByField(t, r.error))
        return focusFirstInvalid(formRef.current)
      }
      setName('')
      setMemberName('')
      setErrors({})
      router.go({ name: 'people', circleId: r.value })
    } catch (err) {
      console.error(err)
      announcer.say(t('errors.storage.writeFailed'), 'error')
    } finally {
      setBusy(false)
    }
  }

  return (
    <form
      ref={formRef}
      className="card"
      onSubmit={submit}
      aria-labelledby={`${langId}-h`}
      noValidate
    >
      <h2 id={`${langId}-h`}>{t('circles.createHeading')}</h2>
      <div id={nameInputId}>
        <TextField
          label={t('circles.name')}
          value={name}
          onChange={setName}
          error={errors.name}
          required
          maxLength={CIRCLE_NAME_MAX * 2}
        />
      </div>
      <TextField
        label={t('circles.memberName')}
        hint={t('circles.memberNameHint')}
        value={memberName}
        onChange={setMemberName}
        error={errors.memberName}
        required
      />
      <div className="field">
        <label htmlFor={langId}>{t('circles.language')}</label>
        <select id={langId} value={language} onChange={(e) => setLanguage(e.target.value)}>
          {CIRCLE_LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {languageName(code, i18n.language)}
            </option>
          ))}
        </select>
        {errors.language && <p className="error">{errors.language}</p>}
      </div>
      <button type="submit" className="primary" disabled={busy}>
        {t('circles.create')}
      </button>
    </form>
  )
}
