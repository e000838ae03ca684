import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CircleSession } from '@shared/domain/circle/session'
import { copyDefaultGuide, removeGuide } from '@shared/domain/conversations/guide-commands'
import type { Guide } from '@shared/domain/conversations/guide'
import { useServices } from '../../app/services'
import { useStore } from '../../app/use-store'
import { ConfirmDialog } from '../../ui/ConfirmDialog'
import { languageName } from '../circles/languages'
import { GuideDialog } from './GuideDialog'
import './conversations.css'

type Editing = { kind: 'add' } | { kind: 'edit' | 'remove'; guide: Guide } | null

/** The circle's conversation guides (Setup): list, write, edit, delete, start from the default. */
export function GuidesSection({ session }: { session: CircleSession }) {
  const { t, i18n } = useTranslation()
  const { announcer } = useServices()
  const guides = useStore(session.guides)
  const [editing, setEditing] = useState<Editing>(null)
  const headingId = useId()
  const readOnly = session.readOnly

  const startDefault = () => {
    const r = copyDefaultGuide(session, i18n.language)
    if (!r.ok) return announcer.say(t(`errors.domain.${r.error.code}`), 'error')
    const copy = session.guides.get(r.value)
    if (copy) setEditing({ kind: 'edit', guide: copy })
  }

  return (
    <section aria-labelledby={headingId} className="setup-section">
      <h2 id={headingId}>{t('conversations.guides.heading')}</h2>
      <p className="muted">{t('conversations.guides.intro')}</p>
      {guides.length === 0 ? (
        <p>{t('conversations.guides.empty')}</p>
      ) : (
        <ul className="guide-list" aria-label={t('conversations.guides.listLabel')}>
          {guides.map((g) => (
            <li key={g.id}>
              <span className="unit-name">{g.name}</span>
              <span className="muted">{languageName(g.language, i18n.language)}</span>
              <button
                type="button"
                className="link"
                aria-label={t('conversations.guides.edit', { name: g.name })}
                onClick={() => setEditing({ kind: 'edit', guide: g })}
                disabled={readOnly}
              >
                {t('common.edit')}
              </button>
              <button
                type="button"
                className="link danger"
                aria-label={t('conversations.guides.remove', { name: g.name })}
                onClick={() => setEditing({ kind: 'remove', guide: g })}
                disabled={readOnly}
              >
                {t('common.delete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="guide-actions">
        <button type="button" onClick={() => setEditing({ kind: 'add' })} disabled={readOnly}>
          {t('conversations.guides.new')}
        </button>
        <button type="button" onClick={startDefault} disabled={readOnly}>
          {t('conversations.guides.startDefault')}
        </button>
      </div>
      {(editing?.kind === 'add' || editing?.kind === 'edit') && (
        <GuideDialog
          session={session}
          guide={editing.kind === 'edit' ? editing.guide : null}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.kind === 'remove' && (
        <ConfirmDialog
          title={t('conversations.guides.removeHeading', { name: editing.guide.name })}
          confirmLabel={t('common.delete')}
          onClose={() => setEditing(null)}
          onConfirm={() => {
            const r = removeGuide(session, editing.guide.id)
            announcer.say(
              r.ok
                ? t('conversations.guides.removed', { name: editing.guide.name })
                : t(`errors.domain.${r.error.code}`),
              r.ok ? 'info' : 'error',
            )
            setEditing(null)
          }}
        >
          <p>{t('conversations.guides.removeBody')}</p>
        </ConfirmDialog>
      )}
    </section>
  )
}
