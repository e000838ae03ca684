import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { personDossier } from '@shared/domain/people/person-export'
import type { Person } from '@shared/domain/people/person'
import type { OpenCircle } from '../../data/circle-registry'
import { useServices } from '../../app/services'
import { download } from '../backup/download'
import { PrintablePerson } from './PrintablePerson'

/** Export everything about a person (JSON or a printable page), or erase them. */
export function DataRightsSection({
  circle,
  person,
  onErase,
}: {
  circle: OpenCircle
  person: Person
  onErase: () => void
}) {
  const { t } = useTranslation()
  const { announcer } = useServices()
  const [printing, setPrinting] = useState(false)
  const headingId = useId()
  const exportJson = () => {
    const dossier = personDossier(circle.session, person.id)
    if (!dossier) return
    const blob = new Blob([JSON.stringify(dossier, null, 2)], { type: 'application/json' })
    download(blob, `rhizome-person-${new Date().toISOString().slice(0, 10)}.json`)
    announcer.say(t('person.rights.exported', { name: person.name }))
  }
  return (
    <section className="person-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('person.rights.heading')}</h3>
      <p className="muted">{t('person.rights.intro')}</p>
      <div className="actions">
        <button type="button" onClick={exportJson}>
          {t('person.rights.export')}
        </button>
        <button type="button" aria-expanded={printing} onClick={() => setPrinting((p) => !p)}>
          {t('person.rights.print')}
        </button>
        <button
          type="button"
          className="danger"
          onClick={onErase}
          disabled={circle.session.readOnly}
        >
          {t('person.rights.erase')}
        </button>
      </div>
      {printing && <PrintablePerson circle={circle} personId={person.id} />}
    </section>
  )
}
