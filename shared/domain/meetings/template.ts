import type { CollectionDef } from '../../data/collection'
import { field, type Infer } from '../../data/fields'
import { MEETING_LIMITS } from './meeting'

export const TEMPLATE_LIMITS = { name: 120, agendaItems: 50 } as const

/**
 * A meeting template: a name to choose it by, the title new meetings get, and the agenda
 * items they start with. Made by hand or from an existing meeting (templates.ts).
 */
export const meetingTemplateShape = {
  id: field.id(),
  name: field.text({ min: 1, max: TEMPLATE_LIMITS.name }),
  title: field.optionalText({ max: MEETING_LIMITS.title }),
  agenda: field.textList({
    maxItems: TEMPLATE_LIMITS.agendaItems,
    maxLength: MEETING_LIMITS.agendaItem,
  }),
  createdAt: field.timestamp(),
}
export type MeetingTemplate = Infer<typeof meetingTemplateShape>

export const meetingTemplatesCollection: CollectionDef<typeof meetingTemplateShape> = {
  name: 'meetingTemplates',
  shape: meetingTemplateShape,
  immutable: ['id', 'createdAt'],
  sortKey: (t) => `${t.name.toLocaleLowerCase()}:${t.id}`,
  searchText: (t) => t.name.toLocaleLowerCase(),
}
