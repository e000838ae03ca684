import Dexie from 'dexie'
import type { Services } from '../app/services'

/**
 * Panic wipe: drops the key, closes every database and deletes all of them, then lets the
 * platform clear what it holds (the desktop app: the keychain entry and Chromium's storage).
 * Deleting the wrapped key alone already makes the data unreadable; the rest removes it.
 */
export async function panicWipe({ gate, data, localDb, platform }: Services): Promise<void> {
  gate.lock()
  await data.closing
  localDb.close()
  const names = new Set(['rhizome-local', 'rhizome-data'])
  try {
    for (const db of await indexedDB.databases())
      if (db.name?.startsWith('rhizome-')) names.add(db.name)
  } catch {
    // indexedDB.databases() is missing in some browsers: the known names are enough.
  }
  await Promise.all([...names].map((n) => Dexie.delete(n)))
  await platform.wipeAll()
}
