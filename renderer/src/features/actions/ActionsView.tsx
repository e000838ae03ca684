import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Action } from '@shared/domain/meetings/action'
import { completeAction, reopenAction } from '@shared/domain/meetings/action-commands'
import {
  ACTION_STATES,
  ALL_ACTIONS,
  filterActions,
  isOverdue,
  NO_MEETING,
  ownerKey,
  type ActionFilter,
} from '@shared/domain/meetings/action-filter'
import { dayOf } from '@shared/util/day'
import type { OpenCircle } from '../../data/circle-registry'
import { routeHref } from '../../app/router'
import { useServices } from '../../app/services'
import { useStore } from '../../app/use-store'
import { CheckboxField } from '../../ui/CheckboxField'
import { SelectField } from '../../ui/SelectField'
import { useNow } from '../../ui/use-now'
import { useArchiveText } from '../meeting-archive/archive-text'
import './actions.css'

/** The circle's action items from every meeting, filtered, completed or reopened in place. */
export default function ActionsView({ circle }: { circle: OpenCircle }) {
  const { t } = useTranslation()
  const { session } = circle
  const me = circle.entry.member.id
  const actions = useStore(session.actions)
  const meetings = useStore(session.meetings)
  const members = useStore(session.members)
  const people = useStore(session.people)
  const now = useNow(60_000)
  const today = dayOf(now)
  const headingId = useId()
  const [filter, setFilter] = useState<ActionFilter>(ALL_ACTIONS)
  const set =
    <K extends keyof ActionFilter>(k: K) =>
    (v: ActionFilter[K]) =>
      setFilter((f) => ({ ...f, [k]: v }))
  const shown = useMemo(
    () => filterActions(actions, filter, { me, today }),
    [actions, filter, me, today],
  )
  const ownerName = useMemo(() => {
    const names = new Map<string, string>()
    for (const m of members) names.set(`m:${m.id}`, m.name)
    for (const p of people) names.set(`p:${p.id}`, p.name)
    return names
  }, [members, people])
  // Only owners and meetings that have action items are offered.
  const owners = useMemo(
    () =>
      [...new Set(actions.map(ownerKey).filter((k) => k !== '' && ownerName.has(k)))]
        .map((k) => ({ value: k, label: ownerName.get(k)! }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [actions, ownerName],
  )
  const meetingOptions = useMemo(() => {
    const used = new Set(actions.map((a) => a.meetingId))
    return meetings.filter((m) => used.has(m.id)).map((m) => ({ value: m.id, label: m.title }))
  }, [actions, meetings])
  const meetingTitle = useMemo(() => new Map(meetings.map((m) => [m.id, m.title])), [meetings])

  return (
    <section className="actions-view" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('archive.actions.heading')}</h2>
      <p className="muted">{t('archive.actions.intro')}</p>
      <div className="actions-filters">
        <CheckboxField
          label={t('archive.actions.mine')}
          checked={filter.mine}
          onChange={set('mine')}
        />
        <CheckboxField
          label={t('archive.actions.overdue')}
          checked={filter.overdue}
          onChange={set('overdue')}
        />
        <SelectField
          label={t('archive.actions.person')}
          value={filter.owner}
          options={[{ value: '', label: t('archive.actions.everyone') }, ...owners]}
          onChange={set('owner')}
        />
        <SelectField
          label={t('archive.actions.meeting')}
          value={filter.meetingId}
          options={[
            { value: '', label: t('archive.actions.anyMeeting') },
            { value: NO_MEETING, label: t('archive.actions.noMeeting') },
            ...meetingOptions,
          ]}
          onChange={set('meetingId')}
        />
        <SelectField
          label={t('archive.actions.state')}
          value={filter.state}
          options={ACTION_STATES.map((s) => ({
            value: s,
            label: t(`archive.actions.states.${s}`),
          }))}
          onChange={set('state')}
        />
      </div>
      <p className="muted" role="status">
        {t('archive.actions.shown', { shown: shown.length, count: actions.length })}
      </p>
      {actions.length === 0 ? (
        <p className="empty">{t('archive.actions.empty')}</p>
      ) : shown.length === 0 ? (
        <p className="empty">{t('archive.actions.noMatch')}</p>
      ) : (
        <ul className="action-list" aria-label={t('archive.actions.listLabel')}>
          {shown.map((a) => (
            <ActionRow
              key={a.id}
              circle={circle}
              action={a}
              owner={ownerName.get(ownerKey(a)) ?? ''}
              meetingTitle={a.meetingId === '' ? null : (meetingTitle.get(a.meetingId) ?? '')}
              today={today}
            />
          ))}
        </ul>
      )}
    </section>
  )
}

function ActionRow(props: {
  circle: OpenCircle
  action: Action
  owner: string
  meetingTitle: string | null
  today: string
}) {
  const { circle, action: a } = props
  const { session } = circle
  const { t } = useTranslation()
  const { announcer } = useServices()
  const text = useArchiveText()
  const done = a.doneAt > 0
  const overdue = isOverdue(a, props.today)
  const toggle = () => {
    const r = done
      ? reopenAction(session, a.id)
      : completeAction(session, a.id, circle.entry.member.id)
    if (!r.ok) return announcer.say(t(`errors.domain.${r.error.code}`), 'error')
    announcer.say(
      done
        ? t('archive.actions.reopened', { text: a.text })
        : t('archive.actions.completed', { text: a.text }),
    )
  }
  return (
    <li className={`action-row${done ? ' done' : ''}${overdue ? ' overdue' : ''}`}>
      <div className="action-main">
        <span className="action-text">{a.text}</span>
        <span className="muted action-meta">
          {[
            props.owner !== ''
              ? t('archive.actions.owner', { name: props.owner })
              : t('archive.actions.nobody'),
            a.due !== ''
              ? t('archive.actions.due', { date: text.day(a.due) })
              : t('archive.actions.noDue'),
            done ? t('archive.actions.doneAt', { date: text.day(dayOf(a.doneAt)) }) : '',
          ]
            .filter(Boolean)
            .join(' · ')}
          {overdue && (
            <>
              {' · '}
              <strong className="overdue-mark">{t('archive.actions.overdueMark')}</strong>
            </>
          )}
          {props.meetingTitle !== null && (
            <>
              {' · '}
              <a
                href={routeHref({
                  name: 'people',
                  circleId: session.id,
                  view: 'meetings',
                  meetingId: a.meetingId,
                })}
              >
                {t('archive.actions.fromMeeting', {
                  title: props.meetingTitle || t('archive.actions.unknownMeeting'),
                })}
              </a>
            </>
          )}
        </span>
      </div>
      <button
        type="button"
        aria-label={
          done
            ? t('archive.actions.reopenLabel', { text: a.text })
            : t('archive.actions.completeLabel', { text: a.text })
        }
        onClick={toggle}
        disabled={session.readOnly}
      >
        {done ? t('archive.actions.reopen') : t('archive.actions.complete')}
      </button>
    </li>
  )
}
