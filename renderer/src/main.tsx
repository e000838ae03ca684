import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { DEFAULT_LOCALE, matchLocale, resources } from '@shared/i18n/locales'
import { App } from './app/App'
import { Router } from './app/router'
import { ServicesContext, type Services } from './app/services'
import { DataSession } from './data/data-services'
import { LocalDb } from './data/local-db'
import { SettingsStore } from './data/settings'
import { setupI18n } from './i18n/setup'
import { detectPlatform } from './platform/detect'
import { KeyGate } from './security/key-gate'
import { RoomStore } from './sync/room-store'
import { Announcer } from './ui/announcer'
import './styles.css'

async function start() {
  const platform = detectPlatform()
  const localDb = new LocalDb()
  const settings = await SettingsStore.load(localDb, navigator.languages)
  const i18n = await setupI18n(settings.getSnapshot().locale)
  const gate = new KeyGate(localDb, platform)
  await gate.init()
  const announcer = new Announcer()
  const room = new RoomStore(platform)
  // While locked, no member data may be in the window: not even in a confirmation message.
  gate.subscribe(() => {
    if (gate.getSnapshot().kind === 'unlocked') return
    announcer.clear()
    // A room hosted by this laptop closes when the app locks itself (menu, idle), too.
    if (room.getSnapshot().hosting) void room.stopHosting()
  })
  const services: Services = {
    platform,
    localDb,
    settings,
    router: new Router(window),
    announcer,
    gate,
    data: new DataSession(gate, localDb, settings, room),
    room,
  }
  if (settings.localeFellBack) announcer.say(i18n.t('errors.localeFallback'), 'error')
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ServicesContext.Provider value={services}>
          <App />
        </ServicesContext.Provider>
      </I18nextProvider>
    </StrictMode>,
  )
}

/** If storage cannot even be opened, say so (in the browser's language) instead of a blank page. */
function showStartupError(err: unknown) {
  console.error('Rhizome could not start', err)
  const locale = matchLocale(navigator.language) ?? DEFAULT_LOCALE
  const root = document.getElementById('root')!
  const p = document.createElement('p')
  p.setAttribute('role', 'alert')
  p.className = 'screen'
  p.textContent = resources[locale].errors.storage.openFailed
  root.replaceChildren(p)
}

start().catch(showStartupError)
