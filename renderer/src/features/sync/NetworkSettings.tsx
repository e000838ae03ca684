import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useServices } from '../../app/services'
import { isIceUrl, isSignalingUrl } from '../../data/settings'
import { TextField } from '../../ui/TextField'

const lines = (s: string) =>
  s
    .split(/\n/)
    .map((l) => l.trim())
    .filter(Boolean)

/** Signaling servers and optional STUN/TURN servers. */
export function NetworkSettings() {
  const { t } = useTranslation()
  const { settings, announcer } = useServices()
  const current = settings.getSnapshot()
  const [servers, setServers] = useState(current.signaling.join('\n'))
  const [ice, setIce] = useState(current.iceServers.join('\n'))
  const [errors, setErrors] = useState<{ servers?: string; ice?: string }>({})

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    const badServer = lines(servers).find((u) => !isSignalingUrl(u))
    const badIce = lines(ice).find((u) => !isIceUrl(u))
    setErrors({
      ...(badServer ? { servers: t('sync.badUrl', { url: badServer }) } : {}),
      ...(badIce ? { ice: t('sync.badUrl', { url: badIce }) } : {}),
    })
    if (badServer || badIce) return
    await settings.setNetwork(lines(servers), lines(ice))
    announcer.say(t('sync.saved'))
  }

  return (
    <form className="card" onSubmit={submit} noValidate>
      <h2>{t('sync.settingsHeading')}</h2>
      <TextField
        label={t('sync.servers')}
        hint={t('sync.serversHint')}
        value={servers}
        onChange={setServers}
        error={errors.servers}
        multiline
      />
      <TextField
        label={t('sync.iceServers')}
        hint={t('sync.iceHint')}
        value={ice}
        onChange={setIce}
        error={errors.ice}
        multiline
      />
      <div className="actions">
        <button type="submit" className="primary">
          {t('common.save')}
        </button>
      </div>
    </form>
  )
}
