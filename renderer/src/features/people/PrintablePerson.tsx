import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { personDossier } from '@shared/domain/people/person-export'
import type { OpenCircle } from '../../data/circle-registry'
import { useStore } from '../../app/use-store'
import { PrintableConversations } from '../conversations/PrintableConversations'
import { PrintableLeadership } from '../leadership/PrintableLeadership'

/** A readable page of everything held about a person, printable on its own. */
export function PrintablePerson({ circle, personId }: { circle: OpenCircle; personId: string }) {
  const { t, i18n } = useTranslation()
  const [shownAt] = useState(() => Date.now())
  const meta = useStore(circle.session.meta)
  const d = personDossier(circle.session, personId)
  if (!d) return null
  const p = d.person
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' })
  const rows: [string, string][] = [
    [t('people.name'), p.name],
    [t('people.email'), p.email],
    [t('people.phone'), p.phone],
    [t('people.address'), p.address],
    [t('people.unit'), p.unitPath.join(' › ')],
    [t('person.role'), p.role],
    [t('person.languages'), p.languages.join(', ')],
    [t('people.tags'), p.tags.join(', ')],
    [t('person.stage'), t(`person.stages.${p.stage}`)],
    [t('person.leader'), p.leader ? '✓' : '–'],
    [t('person.lastContact'), p.lastContactAt ? date.format(p.lastContactAt) : '–'],
    ...Object.entries(p.custom),
    [t('people.notes'), p.notes],
  ]
  const label = (v: number) => t(`person.assessment.labels.${String(v) as '0'}`)
  return (
    <article className="print-area">
      <h3>{t('person.rights.printTitle', { name: p.name })}</h3>
      <p>
        {t('person.rights.printIntro', { circle: meta?.name ?? '', date: date.format(shownAt) })}
      </p>
      <dl className="dossier">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v || '–'}</dd>
          </div>
        ))}
      </dl>
      <h4>{t('person.assessment.history')}</h4>
      <ul>
        {p.assessments.length === 0 && <li>{t('person.rights.printNone')}</li>}
        {p.assessments.map((a, i) => (
          <li key={i}>
            {t('person.assessment.entry', {
              label: label(a.value),
              date: date.format(a.at),
              by: a.by || t('person.assessment.unknownMember'),
            })}
            {a.reason && ` — ${a.reason}`}
          </li>
        ))}
      </ul>
      <h4>{t('person.relations.heading')}</h4>
      <ul>
        {d.relationships.length === 0 && <li>{t('person.rights.printNone')}</li>}
        {d.relationships.map((r, i) => (
          <li key={i}>
            {r.direction === 'from'
              ? t('person.relations.entryFrom', {
                  kind: t(`person.relations.kinds.${r.kind}`),
                  other: r.other,
                })
              : t('person.relations.entryTo', {
                  kind: t(`person.relations.kinds.${r.kind}`),
                  other: r.other,
                })}
            {r.label && ` (${r.label})`}
          </li>
        ))}
      </ul>
      <h4>{t('person.rights.printTests')}</h4>
      <ul>
        {d.structureTests.length === 0 && <li>{t('person.rights.printNone')}</li>}
        {d.structureTests.map((s, i) => (
          <li key={i}>
            {`${s.test} (${s.date}): `}
            {s.took === 'yes' ? t('person.rights.tookYes') : t('person.rights.tookNo')}
          </li>
        ))}
      </ul>
      <PrintableConversations conversations={d.conversations} />
      <PrintableLeadership dossier={d} />
      <button type="button" className="no-print" onClick={() => window.print()}>
        {t('person.rights.printButton')}
      </button>
    </article>
  )
}
