import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CircleEntry } from '../../data/local-db'
import { useCircles } from '../../app/services'
import { useStore } from '../../app/use-store'
import { routeHref } from '../../app/router'
import { CreateCircleForm } from './CreateCircleForm'
import { DeleteCircleDialog } from './DeleteCircleDialog'
import { RenameCircleDialog } from './RenameCircleDialog'
import { languageName } from './languages'
import { BackupDialog } from '../backup/BackupDialog'
import { RestoreDialog } from '../backup/RestoreDialog'
import { JoinDialog } from '../sync/JoinDialog'

export const CREATE_CIRCLE_ANCHOR = 'create-circle'

export function CirclesScreen() {
  const { t, i18n } = useTranslation()
  const circles = useCircles()
  const list = useStore(circles.list)
  const [renaming, setRenaming] = useState<CircleEntry | null>(null)
  const [deleting, setDeleting] = useState<CircleEntry | null>(null)
  const [backingUp, setBackingUp] = useState<CircleEntry | null>(null)
  const [restoring, setRestoring] = useState(false)
  const [joining, setJoining] = useState(false)
  const damaged = useStore(circles.damaged)
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' })

  return (
    <section aria-labelledby="circles-heading" className="screen">
      <h1 id="circles-heading">{t('circles.heading')}</h1>
      <p className="intro">{t('circles.intro')}</p>
      {list === null ? (
        <p>{t('app.loading')}</p>
      ) : list.length === 0 ? (
        <p className="empty">{t('circles.empty')}</p>
      ) : (
        <ul className="circle-list" aria-label={t('circles.listLabel')}>
          {list.map((c) => (
            <li key={c.id} className="circle-item">
              <a href={routeHref({ name: 'people', circleId: c.id })} className="circle-name">
                {c.name}
              </a>
              <span className="muted">
                {languageName(c.language, i18n.language)} ·{' '}
                {t('circles.created', { date: date.format(c.createdAt) })}
              </span>
              {damaged.has(c.id) && <strong className="error">{t('circles.damagedMark')}</strong>}
              <span className="row-actions">
                <button
                  type="button"
                  onClick={() => setBackingUp(c)}
                  aria-label={t('backup.exportLabel', { name: c.name })}
                >
                  {t('backup.export')}
                </button>
                <button
                  type="button"
                  onClick={() => setRenaming(c)}
                  aria-label={t('circles.renameLabel', { name: c.name })}
                >
                  {t('common.rename')}
                </button>
                <button
                  type="button"
                  className="danger"
                  onClick={() => setDeleting(c)}
                  aria-label={t('circles.deleteLabel', { name: c.name })}
                >
                  {t('common.delete')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <CreateCircleForm nameInputId={CREATE_CIRCLE_ANCHOR} />
      <p className="row-actions start">
        <button type="button" onClick={() => setJoining(true)}>
          {t('sync.joinButton')}
        </button>
        <button type="button" onClick={() => setRestoring(true)}>
          {t('backup.restore')}
        </button>
      </p>
      {joining && <JoinDialog onClose={() => setJoining(false)} />}
      {backingUp && <BackupDialog circle={backingUp} onClose={() => setBackingUp(null)} />}
      {restoring && <RestoreDialog onClose={() => setRestoring(false)} />}
      {renaming && <RenameCircleDialog circle={renaming} onClose={() => setRenaming(null)} />}
      {deleting && <DeleteCircleDialog circle={deleting} onClose={() => setDeleting(null)} />}
    </section>
  )
}
