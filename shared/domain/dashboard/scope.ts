import type { Person } from '../people/person'
import { unitWithDescendants, type UnitNode } from '../units/tree'

/** Whom a dashboard counts: everyone, a unit and the units below it, or one organizer's people. */
export type DashboardScope =
  { kind: 'circle' } | { kind: 'unit'; unitId: string } | { kind: 'organizer'; memberId: string }

/** The people a scope counts, in the order given. */
export function scopedPeople(
  people: readonly Person[],
  units: readonly UnitNode[],
  scope: DashboardScope,
): readonly Person[] {
  switch (scope.kind) {
    case 'circle':
      return people
    case 'unit': {
      const ids = unitWithDescendants(units, scope.unitId)
      return people.filter((p) => ids.has(p.unitId))
    }
    case 'organizer':
      return people.filter((p) => p.organizerId !== '' && p.organizerId === scope.memberId)
  }
}
