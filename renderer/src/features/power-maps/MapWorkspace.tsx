import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PowerMap, Stakeholder } from '@shared/domain/power-maps/power-map'
import type { InfluencePath } from '@shared/domain/power-maps/paths'
import type { OpenCircle } from '../../data/circle-registry'
import { useServices } from '../../app/services'
import { LinkDialog } from './LinkDialog'
import { MapCanvas, type Highlight } from './MapCanvas'
import { MapTable, type RowAction } from './MapTable'
import { MoveDialog } from './MoveDialog'
import { PathFinder } from './PathFinder'
import { RemoveStakeholderDialog } from './RemoveStakeholderDialog'
import { StakeholderDetails } from './StakeholderDetails'
import { StakeholderDialog } from './StakeholderDialog'
import { savePng, saveSvg, useMapSvg } from './export'
import { useMapData } from './use-map-data'

type Editing =
  | { kind: 'add' }
  | { kind: 'edit' | 'move' | 'remove'; id: string }
  | { kind: 'link'; id: string; to?: string }
  | { kind: 'editLink'; id: string; linkId: string }
  | null

export type MapMode = 'canvas' | 'table'
const NONE: Highlight = { nodes: new Set(), edges: new Set() }

/** One map: canvas or table, who-can-reach, the chosen stakeholder, and the forms. */
export function MapWorkspace(props: { circle: OpenCircle; map: PowerMap; mode: MapMode }) {
  const { circle, map, mode } = props
  const { session } = circle
  const { t } = useTranslation()
  const { announcer } = useServices()
  const data = useMapData(session, map.id)
  const readOnly = session.readOnly || map.archived
  const memberId = circle.entry.member.id
  const [editing, setEditing] = useState<Editing>(null)
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [highlight, setHighlight] = useState<Highlight>(NONE)
  const [printing, setPrinting] = useState(false)
  const svg = useMapSvg(data, map.name)
  const selected = selectedId ? (data.byId.get(selectedId) ?? null) : null
  const target = editing && editing.kind !== 'add' ? (data.byId.get(editing.id) ?? null) : null

  const editedLink =
    editing?.kind === 'editLink' ? data.links.find((l) => l.id === editing.linkId) : undefined
  const onAction = (action: RowAction, s: Stakeholder) =>
    action === 'details' ? setSelectedId(s.id) : setEditing({ kind: action, id: s.id })
  const onPaths = (targetId: string | null, paths: readonly InfluencePath[]) => {
    if (!targetId) return setHighlight(NONE)
    const nodes = new Set<string>([targetId])
    const edges = new Set<string>()
    for (const p of paths)
      for (const s of p.steps) {
        nodes.add(s.from)
        nodes.add(s.to)
        edges.add(s.linkId)
      }
    setHighlight({ nodes, edges })
  }
  const exportAs = async (kind: 'svg' | 'png') => {
    try {
      const file = kind === 'svg' ? saveSvg(svg()) : await savePng(svg())
      announcer.say(t('maps.exported', { file }))
    } catch (err) {
      console.error(err)
      announcer.say(t('errors.unexpected'), 'error')
    }
  }
  useEffect(() => {
    if (!printing) return
    const done = () => setPrinting(false)
    window.addEventListener('afterprint', done)
    const timer = setTimeout(() => window.print(), 50)
    return () => {
      clearTimeout(timer)
      window.removeEventListener('afterprint', done)
    }
  }, [printing])
  const printSrc = useMemo(
    () => (printing ? `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg())}` : ''),
    [printing, svg],
  )

  return (
    <div className="map-workspace">
      <div className="map-actions">
        <button
          type="button"
          className="primary"
          disabled={readOnly}
          onClick={() => setEditing({ kind: 'add' })}
        >
          {t('maps.add')}
        </button>
        <button type="button" onClick={() => void exportAs('svg')}>
          {t('maps.exportSvg')}
        </button>
        <button type="button" onClick={() => void exportAs('png')}>
          {t('maps.exportPng')}
        </button>
        <button type="button" onClick={() => setPrinting(true)}>
          {t('maps.print')}
        </button>
      </div>
      {map.archived && (
        <p className="banner" role="status">
          {t('maps.archivedBanner')}
        </p>
      )}
      <div className={`map-main mode-${mode}`}>
        <div className="map-body">
          {mode === 'canvas' ? (
            <>
              <p className="hint">{t('maps.canvasHint')}</p>
              <MapCanvas
                session={session}
                sync={circle.sync}
                mapId={map.id}
                mapName={map.name}
                data={data}
                memberId={memberId}
                readOnly={readOnly}
                highlight={highlight}
                selectedId={selectedId}
                onSelect={setSelectedId}
                onConnect={(from, to) => setEditing({ kind: 'link', id: from, to })}
              />
            </>
          ) : (
            <MapTable
              session={session}
              mapName={map.name}
              data={data}
              readOnly={readOnly}
              selectedId={selectedId}
              highlighted={highlight.nodes}
              onAction={onAction}
              onEditLink={(l) => setEditing({ kind: 'editLink', id: l.fromId, linkId: l.id })}
            />
          )}
        </div>
        <aside className="map-side">
          {selected && (
            <StakeholderDetails
              session={session}
              stakeholder={selected}
              data={data}
              readOnly={readOnly}
              onAction={onAction}
              onClose={() => setSelectedId(null)}
            />
          )}
          <PathFinder data={data} onPaths={onPaths} />
        </aside>
      </div>
      {editing?.kind === 'add' && (
        <StakeholderDialog
          session={session}
          mapId={map.id}
          data={data}
          stakeholder={null}
          memberId={memberId}
          onClose={() => setEditing(null)}
          onSaved={setSelectedId}
        />
      )}
      {editing?.kind === 'edit' && target && (
        <StakeholderDialog
          session={session}
          mapId={map.id}
          data={data}
          stakeholder={target}
          memberId={memberId}
          onClose={() => setEditing(null)}
          onSaved={setSelectedId}
        />
      )}
      {editing?.kind === 'move' && target && (
        <MoveDialog
          session={session}
          stakeholder={target}
          name={data.nameOf(target)}
          memberId={memberId}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.kind === 'link' && target && (
        <LinkDialog
          session={session}
          from={target}
          {...(editing.to ? { to: editing.to } : {})}
          data={data}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.kind === 'editLink' && target && editedLink && (
        <LinkDialog
          session={session}
          from={target}
          link={editedLink}
          data={data}
          onClose={() => setEditing(null)}
        />
      )}
      {editing?.kind === 'remove' && target && (
        <RemoveStakeholderDialog
          session={session}
          stakeholder={target}
          name={data.nameOf(target)}
          onClose={() => {
            setEditing(null)
            if (selectedId === target.id) setSelectedId(null)
          }}
        />
      )}
      {printing && (
        <div className="map-print">
          <h2>{t('maps.printHeading', { name: map.name })}</h2>
          {map.issue && <p>{map.issue}</p>}
          <img src={printSrc} alt={t('maps.canvasLabel', { name: map.name })} />
          <MapTable
            session={session}
            mapName={map.name}
            data={data}
            readOnly
            selectedId={null}
            highlighted={NONE.nodes}
            onAction={() => {}}
            onEditLink={() => {}}
          />
        </div>
      )}
    </div>
  )
}
