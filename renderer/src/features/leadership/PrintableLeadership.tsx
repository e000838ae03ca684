import { useTranslation } from 'react-i18next'
import type { PersonDossier } from '@shared/domain/people/person-export'
import { useDayText } from '../today/day-text'

/** A person's organizer and leadership record on their printable page (data rights). */
export function PrintableLeadership({ dossier }: { dossier: PersonDossier }) {
  const { t } = useTranslation()
  const day = useDayText()
  return (
    <>
      <h4>{t('today.assign.organizer')}</h4>
      <p>{dossier.organizer || t('today.assign.nobody')}</p>
      <h4>{t('leadership.section.heading')}</h4>
      <ul>
        {dossier.leadership.length === 0 && <li>{t('person.rights.printNone')}</li>}
        {dossier.leadership.map((e, i) => (
          <li key={i}>
            {t('leadership.section.entry', {
              kind: t(`leadership.kinds.${e.kind}`),
              text:
                e.kind === 'stage' && e.stage !== '' ? t(`leadership.stages.${e.stage}`) : e.text,
              date: day(e.day),
              by: e.recordedBy || t('leadership.section.unknownMember'),
            })}
          </li>
        ))}
      </ul>
    </>
  )
}
