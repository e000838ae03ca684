import { buf, fromBase64, randomBytes, toBase64, utf8 } from './bytes'
import { deriveKek, PBKDF2_ITERATIONS, SALT_BYTES } from './passphrase'
import { open, OpenFailed, seal } from './seal'

/**
 * An encrypted backup of one circle: a short text header, then the circle's state in sealed
 * chunks (so progress can be shown and no single buffer is encrypted twice in memory). The
 * key comes from the backup's own passphrase; chunk i of n is bound to its position.
 */
const MAGIC = 'RHIZOME-BACKUP 1\n'
export const BACKUP_CHUNK = 1 << 20

export interface BackupContent {
  circleId: string
  name: string
  language: string
  exportedAt: number
  /** The circle's sync secret and signaling servers, so a restored circle can sync again. */
  secret?: string
  signaling?: string[]
  /** The exporting member's display name in the circle. */
  memberName?: string
  /** The circle document's state (Y.encodeStateAsUpdate). */
  state: Uint8Array
}

export type BackupErrorCode = 'notABackup' | 'wrongPassphrase' | 'damaged'
export class BackupError extends Error {
  constructor(readonly code: BackupErrorCode) {
    super(`backup: ${code}`)
    this.name = 'BackupError'
  }
}

type Progress = (done: number, total: number) => void

export async function sealBackup(
  content: BackupContent,
  passphrase: string,
  onProgress: Progress = () => undefined,
  iterations = PBKDF2_ITERATIONS,
): Promise<Blob> {
  const salt = randomBytes(SALT_BYTES)
  const key = await deriveKek(passphrase, salt, iterations)
  const { state, ...meta } = content
  const n = Math.max(1, Math.ceil(state.length / BACKUP_CHUNK))
  const header = JSON.stringify({ kdf: { iterations, salt: toBase64(salt) }, chunks: n })
  const parts: Uint8Array[] = [utf8(`${MAGIC}${header}\n`)]
  const push = (sealed: Uint8Array) => {
    const len = new Uint8Array(4)
    new DataView(len.buffer).setUint32(0, sealed.length)
    parts.push(len, sealed)
  }
  push(await seal(key, utf8(JSON.stringify(meta)), `rhizome:backup:meta`))
  for (let i = 0; i < n; i++) {
    push(
      await seal(
        key,
        state.subarray(i * BACKUP_CHUNK, (i + 1) * BACKUP_CHUNK),
        `rhizome:backup:${i}/${n}`,
      ),
    )
    onProgress(i + 1, n)
  }
  return new Blob(parts.map(buf), { type: 'application/octet-stream' })
}

export async function openBackup(
  bytes: Uint8Array,
  passphrase: string,
  onProgress: Progress = () => undefined,
): Promise<BackupContent> {
  const text = new TextDecoder().decode(bytes.subarray(0, 4096))
  if (!text.startsWith(MAGIC)) throw new BackupError('notABackup')
  const nl = text.indexOf('\n', MAGIC.length)
  let header: { kdf?: { iterations?: unknown; salt?: unknown }; chunks?: unknown }
  try {
    header = JSON.parse(text.slice(MAGIC.length, nl))
  } catch {
    throw new BackupError('notABackup')
  }
  const { iterations, salt } = header.kdf ?? {}
  const n = header.chunks
  if (
    typeof iterations !== 'number' ||
    iterations < 100_000 ||
    typeof salt !== 'string' ||
    typeof n !== 'number' ||
    n < 1
  )
    throw new BackupError('notABackup')
  const key = await deriveKek(passphrase, fromBase64(salt), iterations)
  let at = utf8(text.slice(0, nl + 1)).length
  const next = () => {
    if (at + 4 > bytes.length) throw new BackupError('damaged')
    const len = new DataView(bytes.buffer, bytes.byteOffset + at, 4).getUint32(0)
    if (at + 4 + len > bytes.length) throw new BackupError('damaged')
    const sealed = bytes.subarray(at + 4, at + 4 + len)
    at += 4 + len
    return sealed
  }
  let meta: Omit<BackupContent, 'state'>
  try {
    meta = JSON.parse(new TextDecoder().decode(await open(key, next(), 'rhizome:backup:meta')))
  } catch (err) {
    if (err instanceof OpenFailed) throw new BackupError('wrongPassphrase')
    throw err instanceof BackupError ? err : new BackupError('damaged')
  }
  if (
    typeof meta.circleId !== 'string' ||
    typeof meta.name !== 'string' ||
    typeof meta.language !== 'string'
  )
    throw new BackupError('damaged')
  const chunks: Uint8Array[] = []
  for (let i = 0; i < n; i++) {
    try {
      chunks.push(await open(key, next(), `rhizome:backup:${i}/${n}`))
    } catch (err) {
      throw err instanceof BackupError ? err : new BackupError('damaged')
    }
    onProgress(i + 1, n)
  }
  const state = new Uint8Array(chunks.reduce((s, c) => s + c.length, 0))
  let o = 0
  for (const c of chunks) {
    state.set(c, o)
    o += c.length
  }
  const secret =
    typeof meta.secret === 'string' && meta.secret.length <= 64 ? meta.secret : undefined
  const signaling = Array.isArray(meta.signaling)
    ? meta.signaling.filter((u): u is string => typeof u === 'string').slice(0, 8)
    : undefined
  const memberName = typeof meta.memberName === 'string' ? meta.memberName.slice(0, 60) : undefined
  return {
    circleId: meta.circleId,
    name: meta.name,
    language: meta.language,
    exportedAt: Number(meta.exportedAt) || 0,
    ...(secret ? { secret } : {}),
    ...(signaling ? { signaling } : {}),
    ...(memberName ? { memberName } : {}),
    state,
  }
}
