import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CircleSession } from '@shared/domain/circle/session'
import { assignmentCounts } from '@shared/domain/today/follow-up-index'
import { useStore } from '../../app/use-store'
import { ReassignDialog } from './ReassignDialog'
import { useOrganizers } from './organizers'
import { followUpIndexOf } from './use-follow-ups'

/** Who is responsible for how many people, and the bulk reassign (when an organizer leaves). */
export function AssignmentSection({ session }: { session: CircleSession }) {
  const { t, i18n } = useTranslation()
  const index = followUpIndexOf(session)
  const version = useStore(index)
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const counts = useMemo(() => assignmentCounts(index), [index, version])
  const organizers = useOrganizers(session)
  const [open, setOpen] = useState(false)
  const headingId = useId()
  const rows = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  const format = new Intl.NumberFormat(i18n.language)
  return (
    <section aria-labelledby={headingId} className="today-section">
      <h2 id={headingId}>{t('today.assign.summary')}</h2>
      {rows.length > 0 && (
        <table className="today-table">
          <caption className="chart-sr-only">{t('today.assign.summaryLabel')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('today.assign.organizerColumn')}</th>
              <th scope="col">{t('today.assign.countColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([id, n]) => (
              <tr key={id}>
                <th scope="row">{organizers.label(id)}</th>
                <td>{format.format(n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button
        type="button"
        onClick={() => setOpen(true)}
        disabled={session.readOnly || rows.length === 0}
      >
        {t('today.assign.reassign')}
      </button>
      {open && <ReassignDialog session={session} counts={counts} onClose={() => setOpen(false)} />}
    </section>
  )
}
