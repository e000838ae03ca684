import { createContext, useContext } from 'react'
import type { CircleRegistry } from '../data/circle-registry'
import type { DataServices, DataSession } from '../data/data-services'
import type { LocalDb } from '../data/local-db'
import type { SettingsStore } from '../data/settings'
import type { Platform } from '../platform/platform'
import type { KeyGate } from '../security/key-gate'
import type { Announcer } from '../ui/announcer'
import type { Router } from './router'
import type { RoomStore } from '../sync/room-store'

/** What exists from start to finish, locked or not (nothing here holds member data). */
export interface Services {
  platform: Platform
  localDb: LocalDb
  settings: SettingsStore
  router: Router
  announcer: Announcer
  gate: KeyGate
  data: DataSession
  room: RoomStore
}

export const ServicesContext = createContext<Services | null>(null)
/** Provided only while unlocked (see UnlockedApp). */
export const DataContext = createContext<DataServices | null>(null)

export function useServices(): Services {
  const s = useContext(ServicesContext)
  if (!s) throw new Error('useServices outside ServicesContext')
  return s
}

export function useData(): DataServices {
  const d = useContext(DataContext)
  if (!d) throw new Error('useData while locked')
  return d
}

export const useCircles = (): CircleRegistry => useData().circles
