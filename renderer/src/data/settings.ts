import { DEFAULT_LOCALE, matchLocale, type Locale } from '@shared/i18n/locales'
import { ValueStore } from '@shared/data/store'
import type { LocalDb } from './local-db'

export const TEXT_SCALE = { min: 100, max: 200, step: 10, default: 100 } as const

export const IDLE_MINUTES = [1, 5, 10, 15, 30, 60] as const
export const DEFAULT_IDLE_MINUTES = 10

export interface Settings {
  locale: Locale
  textScale: number
  /** Minutes without input before the app locks. */
  idleMinutes: number
  /** Signaling servers for new circles (ws:// or wss://). */
  signaling: string[]
  /** Optional STUN/TURN servers; none by default, so no third party learns members' addresses. */
  iceServers: string[]
  /** Due follow-ups as system notifications (never with names); on unless turned off. */
  reminders: boolean
}

const urlList = (v: unknown, ok: (u: string) => boolean): string[] =>
  Array.isArray(v) ? v.filter((u): u is string => typeof u === 'string' && ok(u)).slice(0, 8) : []

export const isSignalingUrl = (u: string): boolean => {
  try {
    const url = new URL(u)
    return (url.protocol === 'ws:' || url.protocol === 'wss:') && u.length <= 300
  } catch {
    return false
  }
}

export const isIceUrl = (u: string): boolean => /^(stun|turn|turns):[^\s]{1,290}$/.test(u)

const clampIdle = (v: unknown): number =>
  typeof v === 'number' && (IDLE_MINUTES as readonly number[]).includes(v)
    ? v
    : DEFAULT_IDLE_MINUTES

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
    const rows = await db.settings.bulkGet([
      'locale',
      'textScale',
      'idleMinutes',
      'signaling',
      'iceServers',
      'reminders',
    ])
    const storedLocale = rows[0]?.value
    let locale = matchLocale(storedLocale)
    const fellBack = storedLocale !== undefined && locale === null
    if (locale === null)
      locale = browserLanguages.map(matchLocale).find((l) => l !== null) ?? DEFAULT_LOCALE
    const initial = {
      locale,
      textScale: clampTextScale(rows[1]?.value),
      idleMinutes: clampIdle(rows[2]?.value),
      signaling: urlList(rows[3]?.value, isSignalingUrl),
      iceServers: urlList(rows[4]?.value, isIceUrl),
      reminders: rows[5]?.value !== false,
    }
    return new SettingsStore(db, initial, fellBack)
  }

  async setLocale(locale: Locale): Promise<void> {
    this.set({ ...this.getSnapshot(), locale })
    await this.db.settings.put({ key: 'locale', value: locale })
  }

  async setIdleMinutes(value: number): Promise<void> {
    const idleMinutes = clampIdle(value)
    this.set({ ...this.getSnapshot(), idleMinutes })
    await this.db.settings.put({ key: 'idleMinutes', value: idleMinutes })
  }

  async setNetwork(signaling: string[], iceServers: string[]): Promise<void> {
    const next = {
      signaling: urlList(signaling, isSignalingUrl),
      iceServers: urlList(iceServers, isIceUrl),
    }
    this.set({ ...this.getSnapshot(), ...next })
    await this.db.settings.bulkPut([
      { key: 'signaling', value: next.signaling },
      { key: 'iceServers', value: next.iceServers },
    ])
  }

  async setReminders(reminders: boolean): Promise<void> {
    this.set({ ...this.getSnapshot(), reminders })
    await this.db.settings.put({ key: 'reminders', value: reminders })
  }

  async setTextScale(value: number): Promise<void> {
    const textScale = clampTextScale(value)
    this.set({ ...this.getSnapshot(), textScale })
    await this.db.settings.put({ key: 'textScale', value: textScale })
  }
}
