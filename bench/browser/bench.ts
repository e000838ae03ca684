/**
 * The browser bench page: the real renderer storage code (Dexie + WebCrypto + a module
 * Worker, and y-indexeddb) in Chromium. bench/encrypted.ts builds it with Vite, serves it and
 * calls `window.runBench(name, n)`; see protocol.ts for what comes back.
 */
import { benchCompaction } from './compaction'
import { benchOpenEncrypted } from './open'
import type { BenchName, BenchResult } from './protocol'

window.runBench = (name: BenchName, n: number): Promise<BenchResult> => {
  if (name === 'open-encrypted') return benchOpenEncrypted(n)
  if (name === 'compaction') return benchCompaction(n)
  return Promise.reject(new Error(`unknown bench ${String(name)}`))
}
window.benchReady = true
document.getElementById('status')!.textContent = 'ready'
