import { useEffect, useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import QRCode from 'qrcode'
import { useServices } from '../../app/services'
import { useStore } from '../../app/use-store'
import type { CircleSync } from '../../sync/circle-sync'
import { Dialog } from '../../ui/Dialog'
import { TextField } from '../../ui/TextField'

/** Host a room on the local network, see rooms found, or type a room's address. */
export function RoomDialog({ sync, onClose }: { sync: CircleSync; onClose: () => void }) {
  const { t } = useTranslation()
  const { room } = useServices()
  const view = useStore(room)
  const status = useStore(sync)
  const [address, setAddress] = useState('')
  const [error, setError] = useState<string | undefined>()
  const [qr, setQr] = useState<string | null>(null)
  const listId = useId()
  const inRoom = status.peers.length > 0 && status.rooms.some((r) => r.state === 'open')
  const hostUrl = view.hostUrls[0]

  useEffect(() => {
    let live = true
    if (hostUrl)
      void QRCode.toDataURL(hostUrl, { margin: 2, width: 240 }).then((d) => live && setQr(d))
    return () => {
      live = false
    }
  }, [hostUrl])

  const connect = (e: FormEvent) => {
    e.preventDefault()
    if (!room.addManual(address)) return setError(t('room.badAddress'))
    setError(undefined)
    setAddress('')
  }

  return (
    <Dialog open title={t('room.heading')} onClose={onClose}>
      <p>{t('room.intro')}</p>
      {inRoom && (
        <p className="banner" role="status">
          {t('room.inRoom')}
        </p>
      )}
      {view.problem && (
        <p className="error" role="alert">
          {t(`room.problems.${view.problem}`)}
        </p>
      )}
      {view.canHost ? (
        view.hosting ? (
          <>
            <p>{t('room.hosting')}</p>
            {hostUrl && (
              <>
                <p>{t('room.address')}</p>
                <p className="code">{view.hostUrls.join('  ')}</p>
                {qr && <img src={qr} alt={t('room.qr')} className="qr" width={200} height={200} />}
              </>
            )}
            <button type="button" className="danger" onClick={() => void room.stopHosting()}>
              {t('room.stop')}
            </button>
          </>
        ) : (
          <button type="button" className="primary" onClick={() => void room.host()}>
            {t('room.host')}
          </button>
        )
      ) : (
        <p className="hint">{t('room.webOnly')}</p>
      )}
      {view.discovered.length > 0 && (
        <p role="status">{t('room.found', { count: view.discovered.length })}</p>
      )}
      <form onSubmit={connect} noValidate>
        <TextField
          label={t('room.manual')}
          hint={t('room.manualHint')}
          value={address}
          onChange={setAddress}
          error={error}
        />
        <button type="submit">{t('room.connect')}</button>
      </form>
      {view.manual.length > 0 && (
        <ul className="plain-list" id={listId}>
          {view.manual.map((u) => (
            <li key={u} className="member-row">
              <span className="code">{u}</span>
              <button type="button" className="small" onClick={() => room.removeManual(u)}>
                {t('room.remove', { url: u })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  )
}
