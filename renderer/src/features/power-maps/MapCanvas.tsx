import { useCallback, useEffect, useMemo, useRef, useState, type PointerEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  Background,
  ControlButton,
  Controls,
  MarkerType,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  ViewportPortal,
  useReactFlow,
  type AriaLabelConfig,
  type Connection,
  type Edge,
  type Node,
  type NodeChange,
  type OnConnectEnd,
  type XYPosition,
} from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import type { CircleSession } from '@shared/domain/circle/session'
import { moveStakeholders } from '@shared/domain/power-maps/commands'
import { CANVAS, fromCanvas, stanceBand, toCanvas } from '@shared/domain/power-maps/grid'
import { useServices } from '../../app/services'
import type { CircleSync } from '../../sync/circle-sync'
import { GridUnderlay, PeerPointers } from './GridUnderlay'
import { usePeersOnMap, useSharePresence } from './presence'
import { NODE_TYPES, type StakeholderFlowNode } from './StakeholderNode'
import { kindKey, type MapData } from './use-map-data'

/** How long arrow keys must rest before a keyboard move is stored. */
const KEY_REST_MS = 700
/** Canvas units kept free right of the grid when fitting, where the minimap sits. */
const MINIMAP_ROOM = 220
/** Stance colours in the minimap (the nodes' border colours in maps.css). */
const BAND_COLOURS = {
  opponent: '#a4262c',
  leaningAgainst: '#c2662d',
  undecided: '#6b6760',
  leaningFor: '#2f7d5b',
  champion: '#1f5c4a',
} as const
// Module constants: new ones on every render would redraw all minimap nodes on every frame.
const MINIMAP_STYLE = { width: 160, height: 110 }
const NODE_ORIGIN: [number, number] = [0.5, 0.5]
const minimapColour = (n: Node) => BAND_COLOURS[(n as StakeholderFlowNode).data.band]

export interface Highlight {
  nodes: ReadonlySet<string>
  edges: ReadonlySet<string>
}

interface Props {
  session: CircleSession
  sync: CircleSync | null
  mapId: string
  mapName: string
  data: MapData
  memberId: string
  readOnly: boolean
  highlight: Highlight
  selectedId: string | null
  onSelect: (id: string | null) => void
  onConnect: (fromId: string, toId: string) => void
}

/** The map on a React Flow canvas: drag to move, draw to relate, pan, zoom, fit, minimap. */
export function MapCanvas(props: Props) {
  return (
    <ReactFlowProvider>
      <CanvasInner {...props} />
    </ReactFlowProvider>
  )
}

function CanvasInner(props: Props) {
  const { session, data, highlight, readOnly } = props
  const { t } = useTranslation()
  const { announcer } = useServices()
  const flow = useReactFlow()
  const peers = usePeersOnMap(props.sync, props.mapId)
  const share = useSharePresence(props.sync, props.mapId)
  const [selected, setSelected] = useState<ReadonlySet<string>>(
    () => new Set(props.selectedId ? [props.selectedId] : []),
  )
  // Where the stakeholders being dragged are right now (canvas units); stored on drop only.
  const [dragging, setDragging] = useState<ReadonlyMap<string, XYPosition> | null>(null)

  // Other members' selections: a key that changes only when they do (not with every pointer
  // move), so that the nodes are not rebuilt 20 times a second while someone moves the mouse.
  const selectionKey = peers.map((p) => `${p.colour}:${p.selection.join(',')}`).join('|')
  const peerColour = useMemo(() => {
    const m = new Map<string, string>()
    for (const part of selectionKey ? selectionKey.split('|') : []) {
      const [colour, ids] = part.split(':') as [string, string]
      for (const id of ids ? ids.split(',') : []) if (!m.has(id)) m.set(id, colour)
    }
    return m
  }, [selectionKey])
  const kindLabel = useMemo(
    () => ({
      circle: t('maps.kindShort.circle'),
      person: t('maps.kindShort.person'),
      organization: t('maps.kindShort.organization'),
      institution: t('maps.kindShort.institution'),
    }),
    [t],
  )
  const base = useMemo(
    (): StakeholderFlowNode[] =>
      data.stakeholders.map((s) => {
        const name = data.nameOf(s)
        const band = stanceBand(s.stance)
        return {
          id: s.id,
          type: 'stakeholder',
          position: toCanvas(s),
          selected: selected.has(s.id),
          ariaLabel: t('maps.nodeLabel', {
            name,
            stance: t(`maps.stances.${band}`),
            power: s.power,
          }),
          data: {
            name,
            kindLabel: kindLabel[kindKey(s)],
            band,
            onPath: highlight.nodes.has(s.id),
            peerColour: peerColour.get(s.id) ?? '',
          },
        }
      }),
    [data, selected, highlight, peerColour, kindLabel, t],
  )
  // Where other members are dragging stakeholders right now (shown live, stored on their drop).
  const peerDrag = useMemo(() => {
    const m = new Map<string, XYPosition>()
    for (const p of peers) for (const [id, at] of p.drag) m.set(id, at)
    return m
  }, [peers])
  const nodes = useMemo(
    () =>
      dragging || peerDrag.size > 0
        ? base.map((n) => {
            const at = dragging?.get(n.id) ?? peerDrag.get(n.id)
            return at ? { ...n, position: at, dragging: dragging?.has(n.id) ?? false } : n
          })
        : base,
    [base, dragging, peerDrag],
  )
  const edges = useMemo(
    (): Edge[] =>
      data.links.map((l) => {
        const on = highlight.edges.has(l.id)
        const marker = { type: MarkerType.ArrowClosed, width: 14, height: 14 }
        return {
          id: l.id,
          source: l.fromId,
          target: l.toId,
          type: 'straight',
          className: `sh-edge strength-${l.strength}${on ? ' on-path' : ''}`,
          markerEnd: marker,
          ...(l.direction === 'both' ? { markerStart: marker } : {}),
          ...(on || selected.has(l.fromId) || selected.has(l.toId)
            ? { label: l.label || t(`maps.links.${l.kind}`) }
            : {}),
        }
      }),
    [data.links, highlight, selected, t],
  )

  const commit = useCallback(
    (moves: { id: string; power: number; stance: number }[]) => {
      setDragging(null)
      share.drag(new Map())
      if (readOnly || moves.length === 0) return
      const r = moveStakeholders(session, moves, props.memberId)
      if (!r.ok) announcer.say(t(`errors.domain.${r.error.code}`), 'error')
    },
    [readOnly, session, props.memberId, announcer, t, share],
  )
  // Arrow-key moves are stored once the keys rest, as one move (one history entry).
  const keyed = useRef(new Map<string, XYPosition>())
  const keyTimer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const flushKeyed = useCallback(() => {
    keyTimer.current = null
    const moves = [...keyed.current].map(([id, p]) => ({ id, ...fromCanvas(p.x, p.y) }))
    keyed.current.clear()
    commit(moves)
  }, [commit])
  useEffect(
    () => () => {
      if (keyTimer.current !== null) {
        clearTimeout(keyTimer.current)
        flushKeyed()
      }
    },
    [flushKeyed],
  )

  const onNodesChange = useCallback(
    (changes: NodeChange<StakeholderFlowNode>[]) => {
      let moving: Map<string, XYPosition> | null = null
      const drops: { id: string; power: number; stance: number }[] = []
      let nextSelected: Set<string> | null = null
      for (const c of changes) {
        if (c.type === 'position' && c.position) {
          if (c.dragging) (moving ??= new Map(dragging ?? [])).set(c.id, c.position)
          else if (dragging?.has(c.id) && !keyed.current.has(c.id))
            drops.push({ id: c.id, ...fromCanvas(c.position.x, c.position.y) })
          else {
            // Not the end of a drag: an arrow key. Shown at once, stored when the keys rest.
            keyed.current.set(c.id, c.position)
            ;(moving ??= new Map(dragging ?? [])).set(c.id, c.position)
            if (keyTimer.current !== null) clearTimeout(keyTimer.current)
            keyTimer.current = setTimeout(flushKeyed, KEY_REST_MS)
          }
        } else if (c.type === 'select') {
          nextSelected ??= new Set(selected)
          if (c.selected) nextSelected.add(c.id)
          else nextSelected.delete(c.id)
        }
      }
      if (moving) {
        setDragging(moving)
        share.drag(moving)
      }
      if (drops.length > 0) commit(drops)
      if (nextSelected) {
        setSelected(nextSelected)
        share.selection([...nextSelected])
        const last = [...nextSelected].at(-1) ?? null
        props.onSelect(last)
      }
    },
    [dragging, selected, commit, flushKeyed, share, props],
  )

  const onConnect = useCallback(
    (c: Connection) => {
      if (c.source && c.target && c.source !== c.target) props.onConnect(c.source, c.target)
    },
    [props],
  )
  // A line dropped on a stakeholder rather than on its dot relates them too.
  const onConnectEnd = useCallback<OnConnectEnd>(
    (event, state) => {
      if (state.isValid || !state.fromNode) return
      const point = 'changedTouches' in event ? event.changedTouches[0] : event
      if (!point) return
      const el = document.elementFromPoint(point.clientX, point.clientY)
      const to = el?.closest('.react-flow__node')?.getAttribute('data-id')
      if (to && to !== state.fromNode.id) props.onConnect(state.fromNode.id, to)
    },
    [props],
  )

  /** Fits the whole grid in view, with room on the right for the minimap. */
  const fit = useCallback(() => {
    const pad = 60
    void flow.fitBounds(
      {
        x: CANVAS.left - pad,
        y: CANVAS.top - pad,
        width: CANVAS.right - CANVAS.left + 2 * pad + MINIMAP_ROOM,
        height: CANVAS.bottom - CANVAS.top + 2 * pad,
      },
      { padding: 0.02 },
    )
  }, [flow])

  const onPointerMove = (e: PointerEvent) => {
    const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY })
    share.pointer(Math.round(p.x), Math.round(p.y))
  }

  const aria = useMemo(
    (): Partial<AriaLabelConfig> => ({
      'node.a11yDescription.default': t('maps.flow.nodeHelp'),
      'node.a11yDescription.keyboardDisabled': t('maps.flow.nodeHelpKeyboard'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) => {
        const g = fromCanvas(x, y)
        return t('maps.flow.moved', {
          direction: t(`maps.flow.directions.${direction as 'up'}`, { defaultValue: direction }),
          stance: t(`maps.stances.${stanceBand(g.stance)}`),
          power: g.power,
        })
      },
      'edge.a11yDescription.default': t('maps.flow.edgeHelp'),
      'controls.ariaLabel': t('maps.flow.controls'),
      'controls.zoomIn.ariaLabel': t('maps.flow.zoomIn'),
      'controls.zoomOut.ariaLabel': t('maps.flow.zoomOut'),
      'controls.fitView.ariaLabel': t('maps.flow.fitView'),
      'controls.interactive.ariaLabel': t('maps.flow.interactive'),
      'minimap.ariaLabel': t('maps.flow.minimap'),
      'handle.ariaLabel': t('maps.flow.handle'),
    }),
    [t],
  )

  return (
    <div
      className="power-canvas"
      role="region"
      aria-label={t('maps.canvasLabel', { name: props.mapName })}
      onPointerMove={onPointerMove}
      onPointerLeave={() => share.pointer(null, null)}
    >
      <ReactFlow<StakeholderFlowNode, Edge>
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        nodeOrigin={NODE_ORIGIN}
        onNodesChange={onNodesChange}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        deleteKeyCode={null}
        minZoom={0.05}
        maxZoom={3}
        onInit={fit}
        ariaLabelConfig={aria}
        proOptions={{ hideAttribution: true }}
        onPaneClick={() => props.onSelect(null)}
      >
        <ViewportPortal>
          <GridUnderlay />
          <PeerPointers peers={peers} />
        </ViewportPortal>
        <Background gap={100} />
        <Controls showInteractive={false} showFitView={false}>
          <ControlButton onClick={fit} aria-label={t('maps.fit')} title={t('maps.fit')}>
            <svg viewBox="0 0 16 16" aria-hidden="true">
              <path d="M1 5V1h4M11 1h4v4M15 11v4h-4M5 15H1v-4" fill="none" stroke="currentColor" />
            </svg>
          </ControlButton>
        </Controls>
        <MiniMap pannable zoomable style={MINIMAP_STYLE} nodeColor={minimapColour} />
      </ReactFlow>
    </div>
  )
}
