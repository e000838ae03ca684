import type { AesKey } from '@shared/crypto/key-type'
import { ValueStore } from '@shared/data/store'
import type { KeyGate } from '../security/key-gate'
import { CircleRegistry } from './circle-registry'
import { workerCompactor, type Compactor } from './compactor'
import { DataDb } from './data-db'
import { EncryptedDocPersistence } from './encrypted-persistence'
import { CircleIndex, type LocalDb } from './local-db'
import type { SettingsStore } from './settings'
import { CircleSync } from '../sync/circle-sync'
import type { RoomStore } from '../sync/room-store'

/** What exists only while the app is unlocked: everything that needs the data key. */
export interface DataServices {
  circles: CircleRegistry
  persistence: EncryptedDocPersistence
}

function open(
  localDb: LocalDb,
  key: AesKey,
  settings: SettingsStore,
  room: RoomStore,
): { data: DataServices; dispose: () => Promise<void> } {
  const db = new DataDb()
  const compactor: Compactor = workerCompactor(db, key)
  const persistence = new EncryptedDocPersistence(db, key, compactor)
  const circles = new CircleRegistry(new CircleIndex(localDb, key), persistence, {
    defaultSignaling: () => settings.getSnapshot().signaling,
    startSync: (session, entry) => {
      const { signaling, iceServers } = settings.getSnapshot()
      const sync = new CircleSync(session, {
        secret: entry.secret,
        signaling: [...new Set([...entry.signaling, ...signaling])],
        member: entry.member,
        memberKey: entry.memberKey,
        iceServers: iceServers.map((urls) => ({ urls })),
        onSecretChange: (secret) => void circles.updateSecret(entry.id, secret),
      })
      sync.followRooms(room)
      return sync
    },
  })
  return {
    data: { circles, persistence },
    dispose: async () => {
      await circles.closeAll()
      compactor.dispose?.()
      db.close()
    },
  }
}

/**
 * Creates the data services when the gate unlocks and tears them down (closing every
 * document and dropping the key) when it locks. The screens are unmounted first.
 */
export class DataSession extends ValueStore<DataServices | null> {
  private dispose: (() => Promise<void>) | null = null
  closing: Promise<void> = Promise.resolve()

  constructor(
    private readonly gate: KeyGate,
    private readonly localDb: LocalDb,
    private readonly settings: SettingsStore,
    private readonly room: RoomStore,
  ) {
    super(null)
    gate.subscribe(() => this.follow())
    this.follow()
  }

  private follow(): void {
    const s = this.gate.getSnapshot()
    if (s.kind === 'unlocked' && this.getSnapshot() === null) {
      const opened = open(this.localDb, s.dataKey, this.settings, this.room)
      this.dispose = opened.dispose
      this.set(opened.data)
      void opened.data.circles.refresh()
    } else if (s.kind !== 'unlocked' && this.getSnapshot() !== null) {
      const dispose = this.dispose
      this.dispose = null
      this.set(null)
      this.closing = dispose ? dispose() : Promise.resolve()
    }
  }
}
