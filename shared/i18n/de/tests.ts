import type { Translation } from '../en'

export const testsDe: Translation['tests'] = {
  title: 'Strukturtests',
}
