import type { CircleSession } from '@shared/domain/circle/session'
import { flattenUnits } from '@shared/domain/units/tree'

/** A unit as the path a person types to choose it ("Harbour > Night shift"); '' for none. */
export function unitPathText(session: CircleSession, unitId: string): string {
  if (unitId === '') return ''
  const node = flattenUnits(session.units.getSnapshot()).find((n) => n.unit.id === unitId)
  return node ? node.path.join(' > ') : ''
}
