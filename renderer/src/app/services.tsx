import { createContext, useContext } from 'react'
import type { DocPersistence } from '@shared/persistence/types'
import type { CircleRegistry } from '../data/circle-registry'
import type { SettingsStore } from '../data/settings'
import type { Platform } from '../platform/platform'
import type { Router } from './router'
import type { Announcer } from '../ui/announcer'

/** Everything the screens use, made once at start (main.tsx) and passed down by context. */
export interface Services {
  platform: Platform
  persistence: DocPersistence
  circles: CircleRegistry
  settings: SettingsStore
  router: Router
  announcer: Announcer
}

export const ServicesContext = createContext<Services | null>(null)

export function useServices(): Services {
  const s = useContext(ServicesContext)
  if (!s) throw new Error('useServices outside ServicesContext')
  return s
}
