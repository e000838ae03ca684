import type { Translation } from '../en'

export const personDe: Translation['person'] = {
  details: 'Details',
}
