import { useSyncExternalStore } from 'react'
import type { ReadStore } from '@shared/data/store'

/** Reads a store from shared/ (stable subscribe and snapshot functions are the store's job). */
export function useStore<T>(store: ReadStore<T>): T {
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}
