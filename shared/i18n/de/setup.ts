import type { Translation } from '../en'

export const setupDe: Translation['setup'] = {
  title: 'Einheiten & Felder',
}
