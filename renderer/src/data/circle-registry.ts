import * as Y from 'yjs'
import { CircleSession } from '@shared/domain/circle/session'
import { initCircle, renameCircle } from '@shared/domain/circle/commands'
import { checkCircleLanguage, checkCircleName } from '@shared/domain/circle/meta'
import { failure, success, type Result } from '@shared/data/result'
import { ValueStore } from '@shared/data/store'
import { ORIGIN, write } from '@shared/data/origins'
import type { BackupContent } from '@shared/crypto/backup'
import type { DocPersistence, PersistenceHandle } from '@shared/persistence/types'
import { newId } from '@shared/util/id'
import { randomBytes, toBase64 } from '@shared/crypto/bytes'
import type { Invite } from '@shared/sync/invite'
import { colourFor, MEMBER_NAME_MAX, type MemberInfo } from '@shared/sync/member'
import { generateMemberKeys, type MemberPrivateKey } from '@shared/sync/member-keys'
import type { CircleSync } from '../sync/circle-sync'
import type { CircleEntry, CircleIndex } from './local-db'

export interface OpenCircle {
  session: CircleSession
  handle: PersistenceHandle
  entry: CircleEntry
  /** Live sync with the other members (null where the registry runs without sync, e.g. tests). */
  sync: CircleSync | null
}

export interface RegistryOptions {
  /** Signaling servers for circles created here (from settings). */
  defaultSignaling: () => string[]
  startSync?: (session: CircleSession, entry: CircleEntry) => CircleSync
}

export type MemberNameError = {
  code: 'invalid'
  errors: { field: 'memberName'; code: 'tooShort' | 'tooLong'; limit: number }[]
}

function checkMemberName(name: string): MemberNameError | null {
  const n = name.trim()
  if (n.length < 1)
    return { code: 'invalid', errors: [{ field: 'memberName', code: 'tooShort', limit: 1 }] }
  if (n.length > MEMBER_NAME_MAX)
    return {
      code: 'invalid',
      errors: [{ field: 'memberName', code: 'tooLong', limit: MEMBER_NAME_MAX }],
    }
  return null
}

async function newMember(
  name: string,
): Promise<{ member: MemberInfo; memberKey: MemberPrivateKey }> {
  const id = newId()
  const { privateJwk } = await generateMemberKeys()
  return { member: { id, name: name.trim(), colour: colourFor(id) }, memberKey: privateJwk }
}

export type OpenResult =
  { ok: true; circle: OpenCircle } | { ok: false; reason: 'notFound' | 'damaged' }

/**
 * The circles on this device: the list (Dexie) and the open circle (its Y.Doc, loaded from
 * persistence). One circle is open at a time; opening another closes the previous one.
 */
export class CircleRegistry {
  /** The circles on this device, by name; null until first loaded. */
  readonly list = new ValueStore<CircleEntry[] | null>(null)
  /** Circles whose stored data could not be opened (left untouched until restored). */
  readonly damaged = new ValueStore<ReadonlySet<string>>(new Set())
  /** Bumped when a circle's stored data was replaced (restored), so screens open it again. */
  readonly revision = new ValueStore(0)
  private current: { id: string; result: Promise<OpenResult> } | null = null
  private unwatchName: (() => void) | null = null

  constructor(
    private readonly index: CircleIndex,
    private readonly persistence: DocPersistence,
    private readonly options: RegistryOptions = { defaultSignaling: () => [] },
  ) {}

  async refresh(): Promise<void> {
    this.list.set(await this.index.list())
  }

  async create(
    name: string,
    language: string,
    memberName: string,
    now = Date.now(),
  ): Promise<Result<string>> {
    const n = checkCircleName(name)
    const l = checkCircleLanguage(language)
    const m = checkMemberName(memberName)
    const errors = [...(n.ok ? [] : n.errors), ...(l.ok ? [] : l.errors), ...(m ? m.errors : [])]
    if (errors.length > 0) return failure({ code: 'invalid', errors })
    const id = newId()
    const doc = new Y.Doc({ guid: id })
    const handle = await this.persistence.attach(id, doc)
    try {
      const session = new CircleSession(id, doc)
      const r = initCircle(session, name, language, now)
      if (!r.ok) return r
      await handle.flush()
      const meta = session.meta.getSnapshot()!
      await this.index.put({
        id,
        name: meta.name,
        language: meta.language,
        createdAt: now,
        openedAt: now,
        secret: toBase64(randomBytes(32)),
        signaling: this.options.defaultSignaling(),
        ...(await newMember(memberName)),
      })
      session.destroy()
    } finally {
      await handle.close()
      doc.destroy()
    }
    await this.refresh()
    return success(id)
  }

  /**
   * Joins a circle from an invite: records it on this device with an empty document, which
   * fills as soon as another member is online. Joining a circle already here merges nothing
   * and returns its id.
   */
  async join(invite: Invite, memberName: string, now = Date.now()): Promise<Result<string>> {
    const m = checkMemberName(memberName)
    if (m) return failure(m)
    const existing = await this.index.get(invite.circleId)
    if (!existing) {
      await this.index.put({
        id: invite.circleId,
        name: invite.circleName,
        language: 'en',
        createdAt: now,
        openedAt: now,
        secret: toBase64(invite.secret),
        signaling: invite.signaling,
        ...(await newMember(memberName)),
      })
    }
    await this.refresh()
    return success(invite.circleId)
  }

  /** Opens a circle (or returns the one already open). */
  open(id: string): Promise<OpenResult> {
    if (this.current?.id === id) return this.current.result
    const previous = this.current
    const result = this.load(id)
    this.current = { id, result }
    if (previous) void previous.result.then((r) => (r.ok ? this.dispose(r.circle) : undefined))
    return result
  }

  /** Records the circle's new secret after a member was removed (sync moved to it). */
  async updateSecret(id: string, secret: string): Promise<void> {
    await this.index.update(id, { secret })
  }

  async rename(id: string, name: string): Promise<Result<string>> {
    const opened = await this.open(id)
    if (!opened.ok) return failure({ code: 'notFound' })
    const r = renameCircle(opened.circle.session, name)
    if (!r.ok) return r
    await opened.circle.handle.flush()
    await this.index.update(id, { name: r.value })
    await this.refresh()
    return r
  }

  /** Closes the open circle (the app is locking). */
  async closeAll(): Promise<void> {
    const current = this.current
    this.current = null
    this.unwatchName?.()
    this.unwatchName = null
    if (current) {
      const r = await current.result
      if (r.ok) await this.dispose(r.circle)
    }
  }

  /** Deletes a circle and all its stored data from this device. */
  async remove(id: string): Promise<void> {
    if (this.current?.id === id) {
      const r = await this.current.result
      this.current = null
      if (r.ok) await this.dispose(r.circle)
    }
    await this.persistence.erase(id)
    await this.index.delete(id)
    await this.refresh()
  }

  /** The circle's whole state, for an encrypted backup. */
  async exportState(id: string): Promise<{ entry: CircleEntry; state: Uint8Array } | null> {
    const opened = await this.open(id)
    const entry = await this.index.get(id)
    if (!opened.ok || !entry) return null
    return { entry, state: Y.encodeStateAsUpdate(opened.circle.session.doc) }
  }

  /**
   * Restores a circle from a backup. An existing circle is merged with it (CRDT merge: nothing
   * is lost); a damaged one has its unreadable data moved aside first, never deleted.
   */
  async restore(content: BackupContent, now = Date.now()): Promise<string> {
    const id = content.circleId
    if (this.current?.id === id) {
      const r = await this.current.result
      this.current = null
      if (r.ok) await this.dispose(r.circle)
    }
    const doc = new Y.Doc({ guid: id })
    let handle: PersistenceHandle
    try {
      handle = await this.persistence.attach(id, doc)
    } catch (err) {
      if (!this.persistence.quarantine) throw err
      await this.persistence.quarantine(id)
      handle = await this.persistence.attach(id, doc)
    }
    try {
      write(doc, ORIGIN.backupRestore, () => Y.applyUpdate(doc, content.state))
      const session = new CircleSession(id, doc)
      const meta = session.meta.getSnapshot()
      session.destroy()
      await handle.flush()
      const existing = await this.index.get(id)
      await this.index.put({
        id,
        name: meta?.name ?? content.name,
        language: meta?.language ?? content.language,
        createdAt: existing?.createdAt ?? meta?.createdAt ?? now,
        openedAt: now,
        // A circle already here keeps its own (possibly newer, rotated) secret.
        secret: existing?.secret ?? content.secret ?? toBase64(randomBytes(32)),
        signaling: existing?.signaling ?? content.signaling ?? this.options.defaultSignaling(),
        ...(existing
          ? { member: existing.member, memberKey: existing.memberKey }
          : await newMember(content.memberName ?? '?')),
      })
    } finally {
      await handle.close()
      doc.destroy()
    }
    const damaged = new Set(this.damaged.getSnapshot())
    damaged.delete(id)
    this.damaged.set(damaged)
    await this.refresh()
    this.revision.set(this.revision.getSnapshot() + 1)
    return id
  }

  private async load(id: string): Promise<OpenResult> {
    const entry = await this.index.get(id)
    if (!entry) return { ok: false, reason: 'notFound' }
    const doc = new Y.Doc({ guid: id })
    let handle: PersistenceHandle
    try {
      handle = await this.persistence.attach(id, doc)
    } catch (err) {
      console.error('could not load circle', err)
      doc.destroy()
      this.damaged.set(new Set([...this.damaged.getSnapshot(), id]))
      return { ok: false, reason: 'damaged' }
    }
    const session = new CircleSession(id, doc)
    await this.index.update(id, { openedAt: Date.now() })
    this.watchName(session, entry)
    this.watchErasures(session, handle)
    const sync = this.options.startSync?.(session, entry) ?? null
    return { ok: true, circle: { session, handle, entry, sync } }
  }

  private unwatchErasures: (() => void) | null = null

  /**
   * When a person is erased, here or on another member's device, rewrites this device's store
   * so the erased content is not kept on disk.
   */
  private watchErasures(session: CircleSession, handle: PersistenceHandle): void {
    this.unwatchErasures?.()
    const onErasure = () => {
      // Let the erasing transaction and any sweep land first.
      setTimeout(() => {
        handle.compactNow?.().catch((err: unknown) => console.warn('compaction failed', err))
      }, 600)
    }
    session.erasures.observe(onErasure)
    this.unwatchErasures = () => session.erasures.unobserve(onErasure)
  }

  /** Keeps this device's list in step when another member renames the circle. */
  private watchName(session: CircleSession, entry: CircleEntry): void {
    this.unwatchName?.()
    let known = entry.name
    this.unwatchName = session.meta.subscribe(() => {
      const name = session.meta.getSnapshot()?.name
      if (name && name !== known) {
        known = name
        void this.index.update(entry.id, { name }).then(() => this.refresh())
      }
    })
  }

  private async dispose(circle: OpenCircle): Promise<void> {
    circle.sync?.destroy()
    circle.session.destroy()
    await circle.handle.close()
    circle.session.doc.destroy()
  }
}
