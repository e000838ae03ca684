import type { Translation } from '../en'

export const chartDe: Translation['chart'] = {
  title: 'Kartierung',
}
