import type { TFunction } from 'i18next'
import type { DomainError } from '@shared/data/result'
import type { ConversationInput } from '@shared/domain/conversations/commands'
import type { Channel, Conversation } from '@shared/domain/conversations/conversation'
import { addIssue } from '@shared/domain/conversations/issue-tags'
import { dayOf } from '@shared/util/day'
import { fieldErrorText } from '../../ui/field-errors'

/** What the conversation form holds while a member fills it in. */
export interface FormValues {
  personId: string
  guideId: string
  date: string
  members: string[]
  channel: Channel
  issues: string[]
  /** An issue typed but not yet added (added on save). */
  pendingIssue: string
  cares: string
  ask: string
  commitment: string
  commitmentDue: string
  /** '' for none, else '1'…'5'. */
  assessment: string
  followUpOn: string
  notes: string
}

export function newValues(personId: string, memberId: string, guideId: string): FormValues {
  return {
    personId,
    guideId,
    date: dayOf(Date.now()),
    members: [memberId],
    channel: 'inPerson',
    issues: [],
    pendingIssue: '',
    cares: '',
    ask: '',
    commitment: '',
    commitmentDue: '',
    assessment: '',
    followUpOn: '',
    notes: '',
  }
}

export function valuesOf(c: Conversation, guideId: string): FormValues {
  return {
    personId: c.personId,
    guideId,
    date: c.date,
    members: [...c.members],
    channel: c.channel,
    issues: [...c.issues],
    pendingIssue: '',
    cares: c.cares,
    ask: c.ask,
    commitment: c.commitment,
    commitmentDue: c.commitmentDue,
    assessment: c.assessment > 0 ? String(c.assessment) : '',
    followUpOn: c.followUpOn,
    notes: c.notes,
  }
}

/** The values as the domain commands take them. */
export function toInput(v: FormValues): ConversationInput {
  return {
    personId: v.personId,
    guideId: v.guideId,
    date: v.date,
    members: v.members,
    channel: v.channel,
    issues: addIssue(v.issues, v.pendingIssue),
    cares: v.cares,
    ask: v.ask,
    commitment: v.commitment,
    commitmentDue: v.commitmentDue,
    assessment: v.assessment === '' ? 0 : Number(v.assessment),
    followUpOn: v.followUpOn,
    notes: v.notes,
  }
}

/** A domain error as one translated message per form field, in the form's own words. */
export function formErrors(t: TFunction, error: DomainError): Record<string, string> {
  if (error.code !== 'invalid') return {}
  const out: Record<string, string> = {}
  for (const e of error.errors) {
    if (out[e.field]) continue
    const key = `${e.field}:${e.code}`
    const special: Record<string, string> = {
      'personId:required': t('conversations.errors.person'),
      'date:outOfRange': t('conversations.errors.future'),
      'members:required': t('conversations.errors.members'),
      'members:notAllowed': t('conversations.errors.unknownMember'),
      'commitment:required': t('conversations.errors.commitmentText'),
      'commitmentDue:outOfRange': t('conversations.errors.beforeDate'),
      'followUpOn:outOfRange': t('conversations.errors.beforeDate'),
      'guideId:notAllowed': t('conversations.errors.guide'),
    }
    out[e.field] = special[key] ?? fieldErrorText(t, e)
  }
  return out
}

/** A day (YYYY-MM-DD) in the interface language, e.g. "4 Dec 2026". */
export function formatDay(day: string, locale: string): string {
  if (day === '') return ''
  const d = new Date(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10))
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(d)
}
