import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CircleSession } from '@shared/domain/circle/session'
import type { CustomField } from '@shared/domain/custom-fields/custom-field'
import { useStore } from '../../app/use-store'
import { CustomFieldForm, RemoveCustomFieldDialog } from './CustomFieldForms'
import { Dialog } from '../../ui/Dialog'

/** The fields the circle keeps for every person, and forms to add, edit and remove them. */
export function CustomFieldsSection({ session }: { session: CircleSession }) {
  const { t } = useTranslation()
  const fields = useStore(session.customFields)
  const [editing, setEditing] = useState<{ kind: 'edit' | 'remove'; field: CustomField } | null>(
    null,
  )
  const headingId = useId()
  return (
    <section aria-labelledby={headingId} className="setup-section">
      <h2 id={headingId}>{t('setup.fields.heading')}</h2>
      <p className="muted">{t('setup.fields.intro')}</p>
      {fields.length === 0 ? (
        <p>{t('setup.fields.empty')}</p>
      ) : (
        <ul className="field-list">
          {fields.map((f) => (
            <li key={f.id}>
              <span className="unit-name">{f.name}</span>
              <span className="muted">
                {t(`setup.fields.types.${f.type}`)}
                {f.type === 'choice' && `: ${f.choices.join(', ')}`}
              </span>
              <button
                type="button"
                className="link"
                aria-label={t('setup.fields.edit', { name: f.name })}
                onClick={() => setEditing({ kind: 'edit', field: f })}
                disabled={session.readOnly}
              >
                {t('common.edit')}
              </button>
              <button
                type="button"
                className="link danger"
                aria-label={t('setup.fields.remove', { name: f.name })}
                onClick={() => setEditing({ kind: 'remove', field: f })}
                disabled={session.readOnly}
              >
                {t('common.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <CustomFieldForm session={session} field={null} onDone={() => undefined} />
      {editing?.kind === 'edit' && (
        <Dialog
          open
          title={t('setup.fields.editHeading', { name: editing.field.name })}
          onClose={() => setEditing(null)}
        >
          <CustomFieldForm
            session={session}
            field={editing.field}
            onDone={() => setEditing(null)}
          />
        </Dialog>
      )}
      {editing?.kind === 'remove' && (
        <RemoveCustomFieldDialog
          session={session}
          field={editing.field}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  )
}
