import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { readRotations, removedMembers } from '@shared/domain/members/keyring'
import type { Member } from '@shared/domain/members/member'
import type { OpenCircle } from '../../data/circle-registry'
import { useServices } from '../../app/services'
import { useStore } from '../../app/use-store'
import { Dialog } from '../../ui/Dialog'

/** The circle's members, and removing one (which moves the circle to a new secret). */
export function MembersList({ circle }: { circle: OpenCircle }) {
  const { t } = useTranslation()
  const { announcer } = useServices()
  const members = useStore(circle.session.members)
  const status = useStore(circle.sync!)
  const [removing, setRemoving] = useState<Member | null>(null)
  const [busy, setBusy] = useState(false)
  const gone = removedMembers(readRotations(circle.session.doc))
  const self = circle.entry.member.id

  const confirm = async () => {
    if (!removing) return
    setBusy(true)
    try {
      await circle.sync!.remove([removing.id])
      announcer.say(t('sync.memberRemoved', { name: removing.name }))
      setRemoving(null)
    } catch (err) {
      console.error(err)
      announcer.say(t('errors.unexpected'), 'error')
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <h3>{t('sync.membersHeading')}</h3>
      <ul className="plain-list">
        {members.map((m) => (
          <li key={m.id} className="member-row">
            <span aria-hidden="true" className="presence-dot" style={{ background: m.colour }} />{' '}
            {m.id === self
              ? t('sync.you', { name: m.name })
              : gone.has(m.id)
                ? t('sync.removedMark', { name: m.name })
                : m.name}
            {m.id !== self && !gone.has(m.id) && !status.removed && (
              <button type="button" className="danger small" onClick={() => setRemoving(m)}>
                {t('sync.removeMember', { name: m.name })}
              </button>
            )}
          </li>
        ))}
      </ul>
      {removing && (
        <Dialog
          open
          title={t('sync.removeHeading', { name: removing.name })}
          onClose={() => setRemoving(null)}
        >
          <p>{t('sync.removeBody', { name: removing.name })}</p>
          <div className="actions">
            <button type="button" onClick={() => setRemoving(null)} autoFocus>
              {t('common.cancel')}
            </button>
            <button type="button" className="danger" onClick={() => void confirm()} disabled={busy}>
              {t('sync.removeConfirm')}
            </button>
          </div>
        </Dialog>
      )}
    </>
  )
}
