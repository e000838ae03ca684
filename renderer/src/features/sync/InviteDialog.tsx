import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import QRCode from 'qrcode'
import { fromBase64 } from '@shared/crypto/bytes'
import { encodeInvite } from '@shared/sync/invite'
import type { OpenCircle } from '../../data/circle-registry'
import { useServices } from '../../app/services'
import { useStore } from '../../app/use-store'
import { Dialog } from '../../ui/Dialog'

const VALID_DAYS = [1, 3, 7] as const

/** Shows an invite code (text and QR) for a new member. */
export function InviteDialog({ circle, onClose }: { circle: OpenCircle; onClose: () => void }) {
  const { t, i18n } = useTranslation()
  const { settings, announcer } = useServices()
  const meta = useStore(circle.session.meta)
  const [days, setDays] = useState<number>(1)
  const [code, setCode] = useState<{ text: string; qr: string; expiresAt: number } | null>(null)
  const daysId = useId()
  const codeId = useId()
  const signaling = [...new Set([...circle.entry.signaling, ...settings.getSnapshot().signaling])]

  const make = async () => {
    const expiresAt = Date.now() + days * 86_400_000
    const text = await encodeInvite({
      circleId: circle.entry.id,
      circleName: meta?.name ?? circle.entry.name,
      invitedBy: circle.entry.member.name,
      signaling,
      secret: fromBase64(circle.entry.secret),
      expiresAt,
    })
    const qr = await QRCode.toDataURL(text, { errorCorrectionLevel: 'M', margin: 2, width: 320 })
    setCode({ text, qr, expiresAt })
  }

  const copy = async () => {
    if (!code) return
    try {
      await navigator.clipboard.writeText(code.text)
      announcer.say(t('sync.copied'))
    } catch {
      document.getElementById(codeId)?.focus()
    }
  }

  return (
    <Dialog
      open
      title={t('sync.inviteHeading', { name: meta?.name ?? circle.entry.name })}
      onClose={onClose}
    >
      <p>{t('sync.inviteIntro')}</p>
      {signaling.length === 0 ? (
        <p className="banner" role="alert">
          {t('sync.needServer')}
        </p>
      ) : code === null ? (
        <div className="field">
          <label htmlFor={daysId}>{t('sync.validFor')}</label>
          <select id={daysId} value={days} onChange={(e) => setDays(Number(e.target.value))}>
            {VALID_DAYS.map((d) => (
              <option key={d} value={d}>
                {t('sync.validDays', { count: d })}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <>
          <div className="field">
            <label htmlFor={codeId}>{t('sync.code')}</label>
            <textarea
              id={codeId}
              readOnly
              value={code.text}
              rows={4}
              className="code"
              onFocus={(e) => e.target.select()}
            />
            <p className="hint">
              {t('sync.expires', { date: new Date(code.expiresAt).toLocaleString(i18n.language) })}
            </p>
          </div>
          <img src={code.qr} alt={t('sync.qr')} className="qr" width={240} height={240} />
        </>
      )}
      <div className="actions">
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
        {signaling.length > 0 &&
          (code === null ? (
            <button type="button" className="primary" onClick={() => void make()}>
              {t('sync.makeCode')}
            </button>
          ) : (
            <button type="button" className="primary" onClick={() => void copy()}>
              {t('sync.copy')}
            </button>
          ))}
      </div>
    </Dialog>
  )
}
