import { useId, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { CircleSession } from '@shared/domain/circle/session'
import { stanceBand } from '@shared/domain/power-maps/grid'
import { historyOf } from '@shared/domain/power-maps/history'
import type { Stakeholder } from '@shared/domain/power-maps/power-map'
import { useStore } from '../../app/use-store'
import type { RowAction } from './MapTable'
import { kindKey, type MapData } from './use-map-data'

/** The chosen stakeholder: what is known, its actions, and its history as a small timeline. */
export function StakeholderDetails(props: {
  session: CircleSession
  stakeholder: Stakeholder
  data: MapData
  readOnly: boolean
  onAction: (action: RowAction, s: Stakeholder) => void
  onClose: () => void
}) {
  const { session, stakeholder: s, data, readOnly } = props
  const { t, i18n } = useTranslation()
  const headingId = useId()
  const moves = useStore(session.stakeholderMoves)
  const members = useStore(session.members)
  const history = useMemo(() => historyOf(moves, s.id), [moves, s.id])
  const memberNames = useMemo(() => new Map(members.map((m) => [m.id, m.name])), [members])
  const date = useMemo(
    () => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }),
    [i18n.language],
  )
  const name = data.nameOf(s)
  return (
    <section aria-labelledby={headingId} className="card stakeholder-details">
      <div className="details-header">
        <h3 id={headingId}>{name}</h3>
        <button type="button" className="small" onClick={props.onClose}>
          {t('maps.close')}
        </button>
      </div>
      <p className="muted">
        {t(`maps.kindShort.${kindKey(s)}`)}
        {s.role && ` · ${s.role}`}
      </p>
      <p>
        {t(`maps.stances.${stanceBand(s.stance)}`)}
        {' · '}
        {t('maps.powerOf', { power: s.power })}
      </p>
      {s.notes && <p className="notes">{s.notes}</p>}
      <div className="row-actions">
        {(['edit', 'move', 'link'] as const).map((a) => (
          <button
            key={a}
            type="button"
            className="small"
            disabled={readOnly || (a === 'link' && data.stakeholders.length < 2)}
            onClick={() => props.onAction(a, s)}
          >
            {t(`maps.actions.${a}`)}
          </button>
        ))}
      </div>
      <h4>{t('maps.historyHeading')}</h4>
      {history.length === 0 ? (
        <p className="muted">{t('maps.historyEmpty')}</p>
      ) : (
        <ol className="timeline">
          {history.map((m) => (
            <li key={m.id}>
              <span
                aria-hidden="true"
                className="timeline-dot"
                style={{ left: `${(m.stance + 100) / 2}%` }}
              />
              {t('maps.historyEntry', {
                date: date.format(m.at),
                stance: t(`maps.stances.${stanceBand(m.stance)}`),
                power: m.power,
                by: memberNames.get(m.by) ?? t('maps.historyNobody'),
              })}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
