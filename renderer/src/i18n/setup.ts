import i18next, { type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { resources, type Locale } from '@shared/i18n/locales'
import type { en } from '@shared/i18n/en'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: typeof en }
  }
}

/** Starts i18next with every locale bundled (the app works offline, nothing is fetched). */
export async function setupI18n(locale: Locale): Promise<i18n> {
  const instance = i18next.createInstance()
  await instance.use(initReactI18next).init({
    resources: Object.fromEntries(
      Object.entries(resources).map(([k, v]) => [k, { translation: v }]),
    ),
    lng: locale,
    fallbackLng: 'en',
    // React escapes text itself; nothing from i18n is ever rendered as HTML.
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  return instance
}
