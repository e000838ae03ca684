import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { duplicateMap, updateMap } from '@shared/domain/power-maps/commands'
import type { OpenCircle } from '../../data/circle-registry'
import { useServices } from '../../app/services'
import { useStore } from '../../app/use-store'
import { CheckboxField } from '../../ui/CheckboxField'
import { MapDialog } from './MapDialog'
import { MapWorkspace, type MapMode } from './MapWorkspace'
import './maps.css'

/**
 * The power maps of a circle: choose, create, rename, duplicate and archive maps; each map as
 * a canvas or as tables, with the same forms either way.
 */
export default function PowerMapsView({ circle }: { circle: OpenCircle }) {
  const { t } = useTranslation()
  const { announcer } = useServices()
  const { session } = circle
  const maps = useStore(session.powerMaps)
  const [showArchived, setShowArchived] = useState(false)
  const [chosen, setChosen] = useState<string | null>(null)
  const [dialog, setDialog] = useState<'new' | 'rename' | null>(null)
  const [mode, setMode] = useState<MapMode>('canvas')
  const selectId = useId()
  const modeId = useId()
  const listed = maps.filter((m) => showArchived || !m.archived)
  const map = listed.find((m) => m.id === chosen) ?? listed.find((m) => !m.archived) ?? null
  const readOnly = session.readOnly

  const duplicate = () => {
    if (!map) return
    const name = t('maps.duplicateName', { name: map.name }).slice(0, 120)
    const r = duplicateMap(session, map.id, name, circle.entry.member.id)
    if (!r.ok) return announcer.say(t(`errors.domain.${r.error.code}`), 'error')
    setChosen(r.value)
    announcer.say(t('maps.duplicated', { name }))
  }
  const archive = () => {
    if (!map) return
    const r = updateMap(session, map.id, { archived: !map.archived })
    if (!r.ok) return announcer.say(t(`errors.domain.${r.error.code}`), 'error')
    announcer.say(t(map.archived ? 'maps.unarchived' : 'maps.archived', { name: map.name }))
    // An archived map leaves the list (unless archived maps are shown).
    if (!map.archived && !showArchived) setChosen(null)
  }

  return (
    <div className="maps-view">
      <p className="muted maps-intro">{t('maps.intro')}</p>
      <div className="maps-bar">
        {listed.length > 0 && (
          <div className="field">
            <label htmlFor={selectId}>{t('maps.mapLabel')}</label>
            <select id={selectId} value={map?.id ?? ''} onChange={(e) => setChosen(e.target.value)}>
              {listed.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.archived ? t('maps.archivedMark', { name: m.name }) : m.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <button
          type="button"
          className="primary"
          disabled={readOnly}
          onClick={() => setDialog('new')}
        >
          {t('maps.newMap')}
        </button>
        {map && (
          <>
            <button type="button" disabled={readOnly} onClick={() => setDialog('rename')}>
              {t('maps.renameMap')}
            </button>
            <button type="button" disabled={readOnly} onClick={duplicate}>
              {t('maps.duplicate')}
            </button>
            <button type="button" disabled={readOnly} onClick={archive}>
              {map.archived ? t('maps.unarchive') : t('maps.archive')}
            </button>
          </>
        )}
        {maps.some((m) => m.archived) && (
          <CheckboxField
            label={t('maps.showArchived')}
            checked={showArchived}
            onChange={setShowArchived}
          />
        )}
      </div>
      {!map ? (
        <p className="empty">{t('maps.noMaps')}</p>
      ) : (
        <>
          <div className="map-mode" role="group" aria-labelledby={modeId}>
            <span id={modeId}>{t('maps.views')}</span>
            {(['canvas', 'table'] as const).map((m) => (
              <button key={m} type="button" aria-pressed={mode === m} onClick={() => setMode(m)}>
                {t(m === 'canvas' ? 'maps.canvasView' : 'maps.tableView')}
              </button>
            ))}
          </div>
          <h2 className="map-title">{map.name}</h2>
          {map.issue && <p className="map-issue">{map.issue}</p>}
          <MapWorkspace key={map.id} circle={circle} map={map} mode={mode} />
        </>
      )}
      {dialog && (
        <MapDialog
          session={session}
          map={dialog === 'rename' ? map : null}
          onClose={() => setDialog(null)}
          onSaved={setChosen}
        />
      )}
    </div>
  )
}
