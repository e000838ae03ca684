import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { App } from './app/App'
import { Router } from './app/router'
import { ServicesContext, type Services } from './app/services'
import { CircleRegistry } from './data/circle-registry'
import { IndexeddbDocPersistence } from './data/indexeddb-persistence'
import { LocalDb } from './data/local-db'
import { SettingsStore } from './data/settings'
import { setupI18n } from './i18n/setup'
import { detectPlatform } from './platform/detect'
import { Announcer } from './ui/announcer'
import './styles.css'

async function start() {
  const localDb = new LocalDb()
  const persistence = new IndexeddbDocPersistence()
  const settings = await SettingsStore.load(localDb, navigator.languages)
  const i18n = await setupI18n(settings.getSnapshot().locale)
  const circles = new CircleRegistry(localDb, persistence)
  const announcer = new Announcer()
  const services: Services = {
    platform: detectPlatform(),
    persistence,
    circles,
    settings,
    router: new Router(window),
    announcer,
  }
  if (settings.localeFellBack) announcer.say(i18n.t('errors.localeFallback'), 'error')
  await circles.refresh()
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

void start()
