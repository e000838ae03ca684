import type { Translation } from '../en'

export const transferDe: Translation['transfer'] = {
  title: 'Import & Export',
}
