import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { OpenCircle } from '../../data/circle-registry'
import { useServices } from '../../app/services'
import { useStore } from '../../app/use-store'
import { customFieldNames, exportPeople } from '@shared/domain/people/import'
import { toCsv } from '@shared/interop/csv-write'
import { toOsdi } from '@shared/interop/osdi'
import { toVCards, type VCardVersion } from '@shared/interop/vcard'
import { download } from '../backup/download'

type Kind = 'csv' | 'vcard4' | 'vcard3' | 'osdi'

/** A file name that says what it is and when, without the circle's name in clear on the disk. */
const fileName = (kind: Kind, date: Date) => {
  const day = date.toISOString().slice(0, 10)
  switch (kind) {
    case 'csv':
      return `rhizome-people-${day}.csv`
    case 'vcard4':
      return `rhizome-people-${day}.vcf`
    case 'vcard3':
      return `rhizome-people-${day}-vcard3.vcf`
    case 'osdi':
      return `rhizome-people-${day}-osdi.json`
  }
}

/** Exports every person of the circle as CSV, vCard 4.0 or 3.0, or OSDI JSON. */
export function ExportPanel({ circle }: { circle: OpenCircle }) {
  const { t } = useTranslation()
  const { announcer } = useServices()
  const { session } = circle
  const people = useStore(session.people)
  const headingId = useId()
  const warningId = useId()

  const save = (kind: Kind) => {
    try {
      const all = exportPeople(session, people)
      const vcard = (version: VCardVersion) =>
        new Blob([toVCards(all, version)], { type: 'text/vcard;charset=utf-8' })
      const blob =
        kind === 'csv'
          ? new Blob([toCsv(all, customFieldNames(session))], { type: 'text/csv;charset=utf-8' })
          : kind === 'osdi'
            ? new Blob([toOsdi(all)], { type: 'application/json' })
            : vcard(kind === 'vcard4' ? '4.0' : '3.0')
      const file = fileName(kind, new Date())
      download(blob, file)
      announcer.say(t('transfer.exported', { file }))
    } catch (err) {
      console.error(err)
      announcer.say(t('errors.unexpected'), 'error')
    }
  }

  const buttons: [Kind, string][] = [
    ['csv', t('transfer.exportCsv')],
    ['vcard4', t('transfer.exportVcard4')],
    ['vcard3', t('transfer.exportVcard3')],
    ['osdi', t('transfer.exportOsdi')],
  ]
  return (
    <section className="transfer-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('transfer.exportHeading')}</h2>
      {people.length === 0 ? (
        <p className="muted">{t('transfer.exportEmpty')}</p>
      ) : (
        <>
          <p className="muted">{t('transfer.exportIntro', { count: people.length })}</p>
          <p id={warningId} className="transfer-warning">
            {t('transfer.exportWarning')}
          </p>
          <div className="export-buttons">
            {buttons.map(([kind, label]) => (
              <button
                key={kind}
                type="button"
                aria-describedby={warningId}
                onClick={() => save(kind)}
              >
                {label}
              </button>
            ))}
          </div>
        </>
      )}
    </section>
  )
}
