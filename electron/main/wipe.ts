import type { Session } from 'electron'

type WipeableSession = Pick<Session, 'clearStorageData' | 'clearCache' | 'clearCodeCaches'>

/**
 * Panic wipe, the main-process part: the keychain entry, then every kind of stored browser
 * data of every origin (IndexedDB, local storage, cookies, caches, service workers). The
 * renderer closes and deletes its own databases first. Every step runs even if one fails.
 */
export async function wipeAllData(
  keychain: { clear(): Promise<void> },
  session: WipeableSession,
): Promise<void> {
  const steps = [
    () => keychain.clear(),
    () => session.clearStorageData(),
    () => session.clearCache(),
    () => session.clearCodeCaches({}),
  ]
  let failed = 0
  for (const step of steps) {
    try {
      await step()
    } catch {
      failed++
    }
  }
  if (failed > 0) throw new Error(`wipe incomplete: ${failed} step(s) failed`)
}
