/**
 * The power map canvas in Chromium for `npm run bench` (bench/powermap.ts builds
 * bench/browser/powermap.html around this file; the app never imports it). It renders the
 * real MapCanvas over 1,000 stakeholders and 2,000 relationships bound to a CircleSession,
 * and, in the same page, bare React Flow with the same nodes and edges (default nodes,
 * applyNodeChanges, no Yjs): time to first render, and frame time while one node is dragged.
 */
import { useState } from 'react'
import { flushSync } from 'react-dom'
import { createRoot, type Root } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import {
  ReactFlow,
  ReactFlowProvider,
  applyNodeChanges,
  type Edge,
  type Node,
  type NodeChange,
} from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import * as Y from 'yjs'
import { ORIGIN, write } from '@shared/data/origins'
import { CircleSession } from '@shared/domain/circle/session'
import { CANVAS, toCanvas } from '@shared/domain/power-maps/grid'
import type { Stakeholder, StakeholderLink } from '@shared/domain/power-maps/power-map'
import { ServicesContext, type Services } from '../../app/services'
import './bench-protocol'
import { setupI18n } from '../../i18n/setup'
import { Announcer } from '../../ui/announcer'
import { MapCanvas } from './MapCanvas'
import { useMapData } from './use-map-data'
import './maps.css'

const MAP = 'bench-map-000001'
const NODE_ORIGIN: [number, number] = [0.5, 0.5]
const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve))

/** A seeded pseudo-random source (the same map in every run). */
function rng(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
}

function makeMap(n: number, nLinks: number) {
  const r = rng(42)
  const id = (i: number) => `bench-st-${String(i).padStart(6, '0')}`
  const stakeholders: Stakeholder[] = Array.from({ length: n }, (_, i) => ({
    id: id(i),
    mapId: MAP,
    personId: '',
    name: `Stakeholder ${i}`,
    kind: (['person', 'organization', 'institution'] as const)[i % 3]!,
    role: '',
    notes: '',
    power: Math.floor(r() * 101),
    stance: Math.floor(r() * 201) - 100,
    createdAt: 1,
  }))
  const links: StakeholderLink[] = Array.from({ length: nLinks }, (_, i) => {
    const a = Math.floor(r() * n)
    const b = (a + 1 + Math.floor(r() * (n - 1))) % n
    return {
      id: `bench-ln-${String(i).padStart(6, '0')}`,
      mapId: MAP,
      fromId: id(a),
      toId: id(b),
      fromPersonId: '',
      toPersonId: '',
      kind: 'influences',
      label: '',
      direction: 'one',
      strength: 1 + (i % 3),
      createdAt: 1,
    }
  })
  return { stakeholders, links }
}

function Ours({ session }: { session: CircleSession }) {
  const data = useMapData(session, MAP)
  const none = { nodes: new Set<string>(), edges: new Set<string>() }
  const [highlight] = useState(none)
  return (
    <MapCanvas
      session={session}
      sync={null}
      mapId={MAP}
      mapName="bench"
      data={data}
      memberId=""
      readOnly={false}
      highlight={highlight}
      selectedId={null}
      onSelect={() => {}}
      onConnect={() => {}}
    />
  )
}

function Bare({ nodes: initial, edges }: { nodes: Node[]; edges: Edge[] }) {
  const [nodes, setNodes] = useState(initial)
  return (
    <div className="power-canvas">
      <ReactFlowProvider>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeOrigin={NODE_ORIGIN}
          onNodesChange={(c: NodeChange[]) => setNodes((ns) => applyNodeChanges(c, ns))}
          onInit={(f) =>
            void f.fitBounds(
              { x: CANVAS.left - 60, y: -60, width: CANVAS.right - CANVAS.left + 120, height: 520 },
              { padding: 0.02 },
            )
          }
        />
      </ReactFlowProvider>
    </div>
  )
}

/** Drags the node with synthetic mouse events, one move per frame, timing the frames. */
async function drag(el: Element, moves: number): Promise<number[]> {
  const box = el.getBoundingClientRect()
  const x0 = box.left + box.width / 2
  const y0 = box.top + box.height / 2
  const opts = (x: number, y: number) => ({
    bubbles: true,
    cancelable: true,
    clientX: x,
    clientY: y,
    button: 0,
    buttons: 1,
    view: window,
  })
  el.dispatchEvent(new MouseEvent('mousedown', opts(x0, y0)))
  const frames: number[] = []
  let last = await nextFrame()
  for (let i = 1; i <= moves; i++) {
    const x = x0 - 150 * Math.sin((i / moves) * Math.PI)
    const y = y0 - 80 * (i / moves)
    window.dispatchEvent(new MouseEvent('mousemove', opts(x, y)))
    const now = await nextFrame()
    frames.push(now - last)
    last = now
  }
  window.dispatchEvent(new MouseEvent('mouseup', opts(x0, y0 - 80)))
  await nextFrame()
  return frames
}

async function main() {
  const i18n = await setupI18n('en')
  const services = { announcer: new Announcer() } as unknown as Services
  const host = document.getElementById('root')!
  let root: Root | null = null

  window.runPowerMap = async (kind, n, nLinks, moves) => {
    root?.unmount()
    host.replaceChildren()
    const { stakeholders, links } = makeMap(n, nLinks)
    const doc = new Y.Doc()
    const session = new CircleSession('bench', doc, { autoMaintain: false })
    write(doc, ORIGIN.powerMapSave, () => {
      session.powerMaps.insert({ id: MAP, name: 'bench', issue: '', archived: false, createdAt: 1 })
      for (const s of stakeholders) session.stakeholders.insert(s)
      for (const l of links) session.stakeholderLinks.insert(l)
    })
    const nodes: Node[] = stakeholders.map((s) => ({
      id: s.id,
      position: toCanvas(s),
      data: { label: s.name },
    }))
    const edges: Edge[] = links.map((l) => ({
      id: l.id,
      source: l.fromId,
      target: l.toId,
      type: 'straight',
    }))
    await nextFrame()
    const t0 = performance.now()
    root = createRoot(host)
    flushSync(() =>
      root!.render(
        <I18nextProvider i18n={i18n}>
          <ServicesContext.Provider value={services}>
            {kind === 'ours' ? <Ours session={session} /> : <Bare nodes={nodes} edges={edges} />}
          </ServicesContext.Provider>
        </I18nextProvider>,
      ),
    )
    // Rendered: every node is in the DOM and measured (React Flow shows a node once measured).
    for (;;) {
      const shown = host.querySelectorAll('.react-flow__node:not([style*="visibility: hidden"])')
      if (shown.length >= n) break
      await nextFrame()
    }
    await nextFrame()
    const render_ms = performance.now() - t0
    // The node drawn last is on top: drag it.
    const all = host.querySelectorAll('.react-flow__node')
    const target = all[all.length - 1]!
    const id = target.getAttribute('data-id')!
    const before = session.stakeholders.get(id)
    const frames_ms = await drag(target, moves)
    const after = session.stakeholders.get(id)
    const moved =
      kind === 'ours' ? before?.stance !== after?.stance || before?.power !== after?.power : false
    session.destroy()
    return { render_ms, frames_ms, moved }
  }
  window.benchReady = true
}

void main()
