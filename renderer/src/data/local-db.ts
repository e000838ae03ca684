import Dexie, { type Table } from 'dexie'
import type { AesKey } from '@shared/crypto/key-type'
import { open, seal } from '@shared/crypto/seal'
import { readMemberInfo, type MemberInfo } from '@shared/sync/member'
import type { MemberPrivateKey } from '@shared/sync/member-keys'

/**
 * This device's own data, never synced: which circles are here, settings, and the wrapped
 * data key. Circle names are member data, so circle rows are sealed with the data key; only
 * the random id and the last-opened time are in the clear.
 */
export interface CircleEntry {
  id: string
  name: string
  language: string
  createdAt: number
  openedAt: number
  /** The circle's 256-bit sync secret (base64); whoever holds it can join. */
  secret: string
  /** Signaling servers this circle uses (ws:// or wss://). */
  signaling: string[]
  /** How this member appears to the others in this circle. */
  member: MemberInfo
  /** This member's key pair in the circle (private JWK; the public half is in the doc). */
  memberKey: MemberPrivateKey
}

interface CircleRow {
  id: string
  openedAt: number
  sealed: Uint8Array
}

export interface SettingRow {
  key: string
  value: unknown
}

export interface VaultRow {
  id: 'main'
  record: unknown
}

export class LocalDb extends Dexie {
  circles!: Table<CircleRow, string>
  settings!: Table<SettingRow, string>
  vault!: Table<VaultRow, string>

  constructor(name = 'rhizome-local') {
    super(name)
    // Dexie schema versions are append-only, like the circle document's migrations.
    this.version(1).stores({ circles: 'id, openedAt', settings: 'key', vault: 'id' })
  }
}

const ctx = (id: string) => `rhizome:circle-entry:${id}`

/** Circle rows, sealed with the data key. */
export class CircleIndex {
  constructor(
    private readonly db: LocalDb,
    private readonly key: AesKey,
  ) {}

  async put(entry: CircleEntry): Promise<void> {
    const { id, openedAt, ...secret } = entry
    const sealed = await seal(this.key, new TextEncoder().encode(JSON.stringify(secret)), ctx(id))
    await this.db.circles.put({ id, openedAt, sealed })
  }

  async get(id: string): Promise<CircleEntry | undefined> {
    const row = await this.db.circles.get(id)
    return row ? this.read(row) : undefined
  }

  async update(id: string, patch: Partial<Omit<CircleEntry, 'id'>>): Promise<void> {
    const current = await this.get(id)
    if (current) await this.put({ ...current, ...patch })
  }

  async delete(id: string): Promise<void> {
    await this.db.circles.delete(id)
  }

  /** Every readable circle, by name. Rows that do not open are skipped (and reported). */
  async list(): Promise<CircleEntry[]> {
    const rows = await this.db.circles.toArray()
    const entries = await Promise.all(rows.map((r) => this.read(r)))
    return entries
      .filter((e): e is CircleEntry => e !== undefined)
      .sort((a, b) => a.name.localeCompare(b.name))
  }

  private async read(row: CircleRow): Promise<CircleEntry | undefined> {
    try {
      const v = JSON.parse(new TextDecoder().decode(await open(this.key, row.sealed, ctx(row.id))))
      const member = readMemberInfo(v.member)
      if (
        typeof v.name !== 'string' ||
        typeof v.language !== 'string' ||
        typeof v.createdAt !== 'number' ||
        typeof v.secret !== 'string' ||
        !Array.isArray(v.signaling) ||
        !member ||
        typeof v.memberKey !== 'object' ||
        v.memberKey === null ||
        typeof v.memberKey.d !== 'string'
      )
        return undefined
      return {
        id: row.id,
        openedAt: row.openedAt,
        name: v.name,
        language: v.language,
        createdAt: v.createdAt,
        secret: v.secret,
        signaling: (v.signaling as unknown[]).filter((u): u is string => typeof u === 'string'),
        member,
        memberKey: v.memberKey as MemberPrivateKey,
      }
    } catch {
      console.warn('a circle entry could not be read')
      return undefined
    }
  }
}
