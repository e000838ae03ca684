import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react'
import {
  PRESENCE_FIELD,
  readPeer,
  type MapPresence,
  type PeerOnMap,
} from '@shared/domain/power-maps/presence'
import type { CircleSync } from '../../sync/circle-sync'

export type { PeerOnMap }

const THROTTLE_MS = 50
const EMPTY: readonly PeerOnMap[] = []

/** The peers on one map, as a store for useSyncExternalStore (recomputed on awareness change). */
class PeersStore {
  private snapshot: readonly PeerOnMap[]
  constructor(
    private readonly sync: CircleSync | null,
    private readonly mapId: string,
  ) {
    this.snapshot = this.compute()
  }
  private compute(): readonly PeerOnMap[] {
    if (!this.sync) return EMPTY
    const awareness = this.sync.replicator.awareness
    const out: PeerOnMap[] = []
    for (const [clientId, state] of awareness.getStates()) {
      if (clientId === awareness.clientID) continue
      const peer = readPeer(clientId, state, this.mapId)
      if (peer) out.push(peer)
    }
    return out.length === 0 ? EMPTY : out
  }
  subscribe = (onChange: () => void) => {
    if (!this.sync) return () => {}
    const awareness = this.sync.replicator.awareness
    const listener = () => {
      this.snapshot = this.compute()
      onChange()
    }
    awareness.on('change', listener)
    return () => awareness.off('change', listener)
  }
  getSnapshot = () => this.snapshot
}

/** The other members looking at this map: their pointers and selections, live. */
export function usePeersOnMap(sync: CircleSync | null, mapId: string): readonly PeerOnMap[] {
  const store = useMemo(() => new PeersStore(sync, mapId), [sync, mapId])
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}

/**
 * Shares this member's pointer and selection on a map, at most every 50 ms; clears them when
 * the map is left.
 */
export function useSharePresence(sync: CircleSync | null, mapId: string) {
  const state = useRef<MapPresence>({ map: mapId, x: null, y: null, selection: [], drag: [] })
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const api = useMemo(() => {
    const flush = () => {
      timer.current = null
      sync?.replicator.awareness.setLocalStateField(PRESENCE_FIELD, { ...state.current })
    }
    const schedule = () => {
      if (!sync || timer.current !== null) return
      timer.current = setTimeout(flush, THROTTLE_MS)
    }
    return {
      pointer(x: number | null, y: number | null) {
        state.current = { ...state.current, x, y }
        schedule()
      },
      selection(ids: string[]) {
        state.current = { ...state.current, selection: ids }
        schedule()
      },
      drag(moving: ReadonlyMap<string, { x: number; y: number }>) {
        const drag = [...moving].map(([id, p]): [string, number, number] => [
          id,
          Math.round(p.x),
          Math.round(p.y),
        ])
        if (drag.length === 0 && state.current.drag.length === 0) return
        state.current = { ...state.current, drag }
        schedule()
      },
    }
  }, [sync])
  useEffect(() => {
    state.current = { map: mapId, x: null, y: null, selection: [], drag: [] }
    return () => {
      if (timer.current !== null) clearTimeout(timer.current)
      timer.current = null
      sync?.replicator.awareness.setLocalStateField(PRESENCE_FIELD, null)
    }
  }, [sync, mapId])
  return api
}
