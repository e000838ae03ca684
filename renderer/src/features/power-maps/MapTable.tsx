import { useId, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { CircleSession } from '@shared/domain/circle/session'
import { removeLink } from '@shared/domain/power-maps/commands'
import { stanceBand } from '@shared/domain/power-maps/grid'
import type { Stakeholder, StakeholderLink } from '@shared/domain/power-maps/power-map'
import { useServices } from '../../app/services'
import { kindKey, type MapData } from './use-map-data'

export type RowAction = 'details' | 'edit' | 'move' | 'link' | 'remove'

/**
 * The map as tables, for the keyboard and screen readers: every stakeholder with its stance
 * and power in words, and every relationship. Each change has a form (the row's buttons).
 */
export function MapTable(props: {
  session: CircleSession
  mapName: string
  data: MapData
  readOnly: boolean
  selectedId: string | null
  highlighted: ReadonlySet<string>
  onAction: (action: RowAction, s: Stakeholder) => void
  onEditLink: (l: StakeholderLink) => void
}) {
  const { data, readOnly } = props
  const { t } = useTranslation()
  const headingId = useId()
  const ties = useMemo(() => {
    const n = new Map<string, number>()
    for (const l of data.links) {
      n.set(l.fromId, (n.get(l.fromId) ?? 0) + 1)
      n.set(l.toId, (n.get(l.toId) ?? 0) + 1)
    }
    return n
  }, [data.links])
  return (
    <section aria-labelledby={headingId} className="map-table">
      <h3 id={headingId}>{t('maps.tableHeading')}</h3>
      {data.sorted.length === 0 ? (
        <p className="empty">{t('maps.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption>{t('maps.tableCaption', { name: props.mapName })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('maps.cols.name')}</th>
                <th scope="col">{t('maps.cols.kind')}</th>
                <th scope="col">{t('maps.cols.role')}</th>
                <th scope="col">{t('maps.cols.stance')}</th>
                <th scope="col">{t('maps.cols.power')}</th>
                <th scope="col">{t('maps.cols.ties')}</th>
                <th scope="col">{t('maps.cols.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {data.sorted.map((s) => {
                const name = data.nameOf(s)
                return (
                  <tr
                    key={s.id}
                    aria-current={s.id === props.selectedId ? 'true' : undefined}
                    className={props.highlighted.has(s.id) ? 'on-path' : undefined}
                  >
                    <th scope="row">{name}</th>
                    <td>{t(`maps.kindShort.${kindKey(s)}`)}</td>
                    <td>{s.role}</td>
                    <td>{t(`maps.stances.${stanceBand(s.stance)}`)}</td>
                    <td>{t('maps.powerValue', { power: s.power })}</td>
                    <td>{t('maps.tiesCount', { count: ties.get(s.id) ?? 0 })}</td>
                    <td className="row-actions">
                      <button
                        type="button"
                        className="small"
                        aria-label={t('maps.details', { name })}
                        onClick={() => props.onAction('details', s)}
                      >
                        {t('maps.actions.details')}
                      </button>
                      <button
                        type="button"
                        className="small"
                        aria-label={t('maps.edit', { name })}
                        disabled={readOnly}
                        onClick={() => props.onAction('edit', s)}
                      >
                        {t('maps.actions.edit')}
                      </button>
                      <button
                        type="button"
                        className="small"
                        aria-label={t('maps.move', { name })}
                        disabled={readOnly}
                        onClick={() => props.onAction('move', s)}
                      >
                        {t('maps.actions.move')}
                      </button>
                      <button
                        type="button"
                        className="small"
                        aria-label={t('maps.link', { name })}
                        disabled={readOnly || data.stakeholders.length < 2}
                        onClick={() => props.onAction('link', s)}
                      >
                        {t('maps.actions.link')}
                      </button>
                      <button
                        type="button"
                        className="small danger"
                        aria-label={t('maps.remove', { name })}
                        disabled={readOnly}
                        onClick={() => props.onAction('remove', s)}
                      >
                        {t('maps.actions.remove')}
                      </button>
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
      <LinksTable
        session={props.session}
        data={data}
        readOnly={readOnly}
        onEdit={props.onEditLink}
      />
    </section>
  )
}

/** The readable text of a relationship ("Rosa works for City Hall"). */
export function useLinkText(data: MapData) {
  const { t } = useTranslation()
  return (l: StakeholderLink) => {
    const kind = l.label ? `${t(`maps.links.${l.kind}`)} (${l.label})` : t(`maps.links.${l.kind}`)
    return t(l.direction === 'both' ? 'maps.linkTextBoth' : 'maps.linkText', {
      from: data.nameOf(l.fromId),
      to: data.nameOf(l.toId),
      kind,
    })
  }
}

function LinksTable(props: {
  session: CircleSession
  data: MapData
  readOnly: boolean
  onEdit: (l: StakeholderLink) => void
}) {
  const { data } = props
  const { t } = useTranslation()
  const { announcer } = useServices()
  const text = useLinkText(data)
  const headingId = useId()
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('maps.linksHeading')}</h3>
      {data.links.length === 0 ? (
        <p className="empty">{t('maps.noLinks')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption>{t('maps.linksCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('maps.cols.relation')}</th>
                <th scope="col">{t('maps.cols.strength')}</th>
                <th scope="col">{t('maps.cols.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {data.links.map((l) => (
                <tr key={l.id}>
                  <th scope="row">{text(l)}</th>
                  <td>{t(`maps.strengths.${String(l.strength) as '1' | '2' | '3'}`)}</td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="small"
                      aria-label={t('maps.editLink', { text: text(l) })}
                      disabled={props.readOnly}
                      onClick={() => props.onEdit(l)}
                    >
                      {t('maps.actions.edit')}
                    </button>
                    <button
                      type="button"
                      className="small danger"
                      aria-label={t('maps.removeLink', { text: text(l) })}
                      disabled={props.readOnly}
                      onClick={() => {
                        const r = removeLink(props.session, l.id)
                        announcer.say(
                          r.ok ? t('maps.linkRemoved') : t(`errors.domain.${r.error.code}`),
                          r.ok ? 'info' : 'error',
                        )
                      }}
                    >
                      {t('common.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
