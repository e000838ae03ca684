import { useTranslation } from 'react-i18next'
import type { conversationsForDossier } from '@shared/domain/conversations/export'
import { formatDay } from './form-values'

type Entry = ReturnType<typeof conversationsForDossier>[number]

/** The conversations logged with a person, on the printable page of everything about them. */
export function PrintableConversations({ conversations }: { conversations: readonly Entry[] }) {
  const { t, i18n } = useTranslation()
  const day = (d: string) => formatDay(d, i18n.language)
  return (
    <>
      <h4>{t('conversations.history.heading')}</h4>
      <ul>
        {conversations.length === 0 && <li>{t('person.rights.printNone')}</li>}
        {conversations.map((c, i) => {
          const rows: [string, string][] = [
            [t('conversations.history.issues'), c.issues.join(', ')],
            [t('conversations.history.cares'), c.cares],
            [t('conversations.history.ask'), c.ask],
            [
              t('conversations.history.commitment'),
              c.commitment && c.commitmentDue
                ? t('conversations.history.commitmentDue', {
                    text: c.commitment,
                    date: day(c.commitmentDue),
                  })
                : c.commitment,
            ],
            [
              t('conversations.history.assessment'),
              c.assessment > 0 ? t(`person.assessment.labels.${String(c.assessment) as '1'}`) : '',
            ],
            [t('conversations.history.followUp'), day(c.followUpOn)],
            [t('conversations.history.notes'), c.notes],
          ]
          return (
            <li key={i}>
              {t('conversations.history.summary', {
                date: day(c.date),
                channel: t(`conversations.channels.${c.channel}`),
                members: c.members.filter(Boolean).join(', '),
              })}
              <dl className="dossier">
                {rows
                  .filter(([, v]) => v !== '')
                  .map(([k, v]) => (
                    <div key={k}>
                      <dt>{k}</dt>
                      <dd>{v}</dd>
                    </div>
                  ))}
              </dl>
            </li>
          )
        })}
      </ul>
    </>
  )
}
