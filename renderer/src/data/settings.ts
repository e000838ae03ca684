import { DEFAULT_LOCALE, matchLocale, type Locale } from '@shared/i18n/locales'
import { ValueStore } from '@shared/data/store'
import type { LocalDb } from './local-db'

export const TEXT_SCALE = { min: 100, max: 200, step: 10, default: 100 } as const

export interface Settings {
  locale: Locale
  textScale: number
}

export const clampTextScale = (v: unknown): number => {
  const n = typeof v === 'number' && Number.isFinite(v) ? v : TEXT_SCALE.default
  const stepped = Math.round(n / TEXT_SCALE.step) * TEXT_SCALE.step
  return Math.min(TEXT_SCALE.max, Math.max(TEXT_SCALE.min, stepped))
}

/** Per-device settings, kept in Dexie. Invalid stored values fall back to safe defaults. */
export class SettingsStore extends ValueStore<Settings> {
  /** True when the stored locale was not one we have (the UI says so once). */
  readonly localeFellBack: boolean

  private constructor(
    private readonly db: LocalDb,
    initial: Settings,
    fellBack: boolean,
  ) {
    super(initial)
    this.localeFellBack = fellBack
  }

  static async load(db: LocalDb, browserLanguages: readonly string[]): Promise<SettingsStore> {
    const rows = await db.settings.bulkGet(['locale', 'textScale'])
    const storedLocale = rows[0]?.value
    let locale = matchLocale(storedLocale)
    const fellBack = storedLocale !== undefined && locale === null
    if (locale === null)
      locale = browserLanguages.map(matchLocale).find((l) => l !== null) ?? DEFAULT_LOCALE
    return new SettingsStore(db, { locale, textScale: clampTextScale(rows[1]?.value) }, fellBack)
  }

  async setLocale(locale: Locale): Promise<void> {
    this.set({ ...this.getSnapshot(), locale })
    await this.db.settings.put({ key: 'locale', value: locale })
  }

  async setTextScale(value: number): Promise<void> {
    const textScale = clampTextScale(value)
    this.set({ ...this.getSnapshot(), textScale })
    await this.db.settings.put({ key: 'textScale', value: textScale })
  }
}
