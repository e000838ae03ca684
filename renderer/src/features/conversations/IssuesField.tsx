import { useId, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Conversation } from '@shared/domain/conversations/conversation'
import { addIssue, issueVocabulary, suggestIssues } from '@shared/domain/conversations/issue-tags'

interface Props {
  issues: string[]
  pending: string
  onChange: (issues: string[], pending: string) => void
  /** The circle's conversations: their issues are suggested. */
  conversations: readonly Conversation[]
  error?: string | undefined
  describedBy?: string | undefined
}

/**
 * Issue tags: type one and press Enter (or Add); the issues the circle raised before are
 * suggested (a native datalist, so the browser's own keyboard handling applies).
 */
export function IssuesField({
  issues,
  pending,
  onChange,
  conversations,
  error,
  describedBy,
}: Props) {
  const { t } = useTranslation()
  const id = useId()
  const vocabulary = useMemo(() => issueVocabulary(conversations), [conversations])
  const suggestions = suggestIssues(vocabulary, '', issues, 50)
  const add = () => onChange(addIssue(issues, pending), '')
  const described = [`${id}-hint`, error ? `${id}-error` : '', describedBy ?? '']
    .filter(Boolean)
    .join(' ')
  return (
    <div className="field">
      <label htmlFor={id}>{t('conversations.issues')}</label>
      <div className="issue-entry">
        <input
          id={id}
          list={`${id}-list`}
          value={pending}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          onChange={(e) => onChange(issues, e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && pending.trim() !== '') {
              e.preventDefault()
              add()
            }
          }}
        />
        <button type="button" onClick={add} disabled={pending.trim() === ''}>
          {t('conversations.addIssue')}
        </button>
      </div>
      <datalist id={`${id}-list`}>
        {suggestions.map((s) => (
          <option key={s.tag} value={s.tag} />
        ))}
      </datalist>
      <p id={`${id}-hint`} className="hint">
        {t('conversations.issuesHint')}
      </p>
      {error && (
        <p id={`${id}-error`} className="error">
          {error}
        </p>
      )}
      {issues.length > 0 && (
        <ul className="issue-chips" aria-label={t('conversations.chosenIssues')}>
          {issues.map((tag) => (
            <li key={tag}>
              <span>{tag}</span>
              <button
                type="button"
                className="link"
                aria-label={t('conversations.removeIssue', { tag })}
                onClick={() =>
                  onChange(
                    issues.filter((x) => x !== tag),
                    pending,
                  )
                }
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
