import { useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { completeFollowUp, setCommitmentStatus } from '@shared/domain/conversations/follow-ups'
import type { TodayList } from '@shared/domain/today/today'
import type { OpenCircle } from '../../data/circle-registry'
import { useServices } from '../../app/services'
import { LimitedList } from './ShowMore'

interface Props {
  circle: OpenCircle
  list: TodayList
  quietDays: number
  onOpen: (personId: string) => void
}

/** A section of Today: a heading, its list, or what it says when empty. */
function Section(props: { heading: string; empty: string; count: number; children: ReactNode }) {
  const id = useId()
  return (
    <section aria-labelledby={id} className="today-section">
      <h2 id={id} tabIndex={-1}>
        {props.heading}
      </h2>
      {props.count === 0 ? <p className="muted">{props.empty}</p> : props.children}
    </section>
  )
}

/** The person's name, opening their details. */
function PersonButton(props: { name: string; onOpen: () => void }) {
  return (
    <button type="button" className="link today-person" onClick={props.onOpen}>
      {props.name}
    </button>
  )
}

/**
 * Keeps the keyboard's place when an action takes its row off the list: focus moves to the
 * same place in the list (the next row's action), or to the section's heading when it is empty.
 */
function keepPlace(button: HTMLElement): void {
  const section = button.closest('section')
  const row = button.closest('li')
  if (!section || !row) return
  const index = [...section.querySelectorAll(':scope li')].indexOf(row)
  requestAnimationFrame(() => {
    if (button.isConnected) return
    const actions = [...section.querySelectorAll<HTMLElement>('li .today-action')]
    ;(actions[index] ?? actions.at(-1) ?? section.querySelector<HTMLElement>('h2'))?.focus()
  })
}

/** My follow-ups, commitments coming due, and my people nobody talked with lately. */
export function TodaySections({ circle, list, quietDays, onOpen }: Props) {
  const { t } = useTranslation()
  const { announcer } = useServices()
  const { session } = circle
  const me = circle.entry.member.id
  const fail = (code: string) =>
    announcer.say(t(`errors.domain.${code}` as 'errors.domain.notFound'), 'error')

  const done = (conversationId: string, name: string, button: HTMLElement) => {
    keepPlace(button)
    const r = completeFollowUp(session, { conversationId, by: me })
    if (!r.ok) return fail(r.error.code)
    announcer.say(t('today.followUps.completed', { name }))
  }
  const mark = (
    conversationId: string,
    name: string,
    status: 'kept' | 'missed',
    button: HTMLElement,
  ) => {
    keepPlace(button)
    const r = setCommitmentStatus(session, { conversationId, status })
    if (!r.ok) return fail(r.error.code)
    announcer.say(
      status === 'kept'
        ? t('today.commitments.markedKept', { name })
        : t('today.commitments.markedMissed', { name }),
    )
  }

  return (
    <>
      <Section
        heading={t('today.followUps.heading')}
        empty={t('today.followUps.empty')}
        count={list.followUps.length}
      >
        <LimitedList
          items={list.followUps}
          label={t('today.followUps.heading')}
          render={(f) => (
            <li key={f.conversation.id} className={f.overdueDays > 0 ? 'overdue' : undefined}>
              <PersonButton name={f.person.name} onOpen={() => onOpen(f.person.id)} />
              <span className="today-why">
                {f.overdueDays === 0
                  ? t('today.followUps.dueToday')
                  : t('today.followUps.overdue', { count: f.overdueDays })}
              </span>
              <button
                type="button"
                aria-label={t('today.followUps.doneLabel', { name: f.person.name })}
                disabled={session.readOnly}
                className="today-action"
                onClick={(e) => done(f.conversation.id, f.person.name, e.currentTarget)}
              >
                {t('today.followUps.done')}
              </button>
            </li>
          )}
        />
      </Section>
      <Section
        heading={t('today.commitments.heading')}
        empty={t('today.commitments.empty')}
        count={list.commitments.length}
      >
        <LimitedList
          items={list.commitments}
          label={t('today.commitments.heading')}
          render={(c) => {
            const text = c.conversation.commitment
            const why =
              c.dueInDays === 0
                ? t('today.commitments.dueToday', { text })
                : c.dueInDays > 0
                  ? t('today.commitments.dueIn', { count: c.dueInDays, text })
                  : t('today.commitments.overdue', { count: -c.dueInDays, text })
            const name = c.person.name
            return (
              <li key={c.conversation.id} className={c.dueInDays < 0 ? 'overdue' : undefined}>
                <PersonButton name={name} onOpen={() => onOpen(c.person.id)} />
                <span className="today-why">{why}</span>
                <span className="row-actions">
                  <button
                    type="button"
                    aria-label={t('today.commitments.keptLabel', { name })}
                    disabled={session.readOnly}
                    className="today-action"
                    onClick={(e) => mark(c.conversation.id, name, 'kept', e.currentTarget)}
                  >
                    {t('today.commitments.kept')}
                  </button>
                  <button
                    type="button"
                    aria-label={t('today.commitments.missedLabel', { name })}
                    disabled={session.readOnly}
                    onClick={(e) => mark(c.conversation.id, name, 'missed', e.currentTarget)}
                  >
                    {t('today.commitments.missed')}
                  </button>
                </span>
              </li>
            )
          }}
        />
      </Section>
      <Section
        heading={t('today.quiet.heading', { days: quietDays })}
        empty={t('today.quiet.empty')}
        count={list.quiet.length}
      >
        <LimitedList
          items={list.quiet}
          label={t('today.quiet.heading', { days: quietDays })}
          render={(q) => (
            <li key={q.person.id}>
              <PersonButton name={q.person.name} onOpen={() => onOpen(q.person.id)} />
              <span className="today-why">
                {q.days === null
                  ? t('today.quiet.never')
                  : t('today.quiet.since', { count: q.days })}
              </span>
            </li>
          )}
        />
      </Section>
    </>
  )
}
