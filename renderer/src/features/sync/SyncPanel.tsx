import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OpenCircle } from '../../data/circle-registry'
import { useStore } from '../../app/use-store'
import type { CircleSync } from '../../sync/circle-sync'
import { Dialog } from '../../ui/Dialog'
import { InviteDialog } from './InviteDialog'
import { MembersList } from './MembersList'
import { RoomDialog } from './RoomDialog'
import { useNow } from '../../ui/use-now'

const SCREENS = ['circles', 'people', 'settings'] as const

/** The sync button with who is online, and the panel that tells the truth about sync. */
export function SyncControls({ circle }: { circle: OpenCircle }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [inviting, setInviting] = useState(false)
  const [inRoom, setInRoom] = useState(false)
  if (!circle.sync) return null
  return (
    <div className="sync-controls">
      <SyncButton sync={circle.sync} onOpen={() => setOpen(true)} />
      <button type="button" onClick={() => setInviting(true)}>
        {t('sync.inviteButton')}
      </button>
      {open && <SyncPanel circle={circle} onClose={() => setOpen(false)} />}
      <button type="button" onClick={() => setInRoom(true)}>
        {t('room.button')}
      </button>
      {inviting && <InviteDialog circle={circle} onClose={() => setInviting(false)} />}
      {inRoom && <RoomDialog sync={circle.sync} onClose={() => setInRoom(false)} />}
    </div>
  )
}

function SyncButton({ sync, onOpen }: { sync: CircleSync; onOpen: () => void }) {
  const { t } = useTranslation()
  const status = useStore(sync)
  const names = status.peers.map((p) => p.member?.name).filter(Boolean)
  return (
    <button
      type="button"
      onClick={onOpen}
      aria-label={t('sync.buttonLabel', { count: status.peers.length })}
      className="sync-button"
    >
      <span aria-hidden="true" className="presence">
        {status.peers.map((p) => (
          <span
            key={p.id}
            className="presence-dot"
            style={{ background: p.member?.colour ?? '#777' }}
          />
        ))}
      </span>
      {names.length > 0 ? t('sync.online', { names: names.join(', ') }) : t('sync.button')}
    </button>
  )
}

function SyncPanel({ circle, onClose }: { circle: OpenCircle; onClose: () => void }) {
  const { t, i18n } = useTranslation()
  const status = useStore(circle.sync!)
  const now = useNow()
  const rel = new Intl.RelativeTimeFormat(i18n.language, { numeric: 'auto' })
  const ago = (ms: number) => rel.format(-Math.max(0, Math.round((now - ms) / 1000)), 'second')
  const screen = (s: string | null) =>
    s && (SCREENS as readonly string[]).includes(s)
      ? t(`sync.screens.${s as (typeof SCREENS)[number]}`)
      : null
  return (
    <Dialog open title={t('sync.panelHeading')} onClose={onClose}>
      {status.servers.length === 0 && status.rooms.length === 0 ? (
        <p className="banner">{t('sync.noServers')}</p>
      ) : (
        <ul className="plain-list">
          {[...status.servers, ...status.rooms].map((s) => (
            <li key={s.url} className={s.state === 'closed' ? 'error' : undefined}>
              {s.state === 'open'
                ? t('sync.serverOpen', { url: s.url })
                : s.state === 'connecting'
                  ? t('sync.serverConnecting', { url: s.url })
                  : t('sync.serverClosed', { url: s.url })}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('sync.peersHeading')}</h3>
      {status.peers.length === 0 ? (
        <p>{t('sync.noPeers')}</p>
      ) : (
        <ul className="plain-list">
          {status.peers.map((p) => (
            <li key={p.id}>
              <span
                aria-hidden="true"
                className="presence-dot"
                style={{ background: p.member?.colour ?? '#777' }}
              />{' '}
              <strong>{p.member?.name ?? t('sync.unknownMember')}</strong>
              {' · '}
              {p.lastSyncAt > 0
                ? t('sync.lastSync', { time: ago(p.lastSyncAt) })
                : t('sync.noSyncYet')}
              {screen(p.screen) && <> · {t('sync.onScreen', { screen: screen(p.screen) })}</>}
            </li>
          ))}
        </ul>
      )}
      <p role="status">{t('sync.unshared', { count: status.unshared })}</p>
      {status.dropped > 0 && (
        <p className="error">{t('sync.dropped', { count: status.dropped })}</p>
      )}
      <MembersList circle={circle} />
      <div className="actions">
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  )
}
