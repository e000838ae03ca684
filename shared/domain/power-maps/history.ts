import type { StakeholderMove } from './power-map'

/** A stakeholder's places over time, oldest first (the collection keeps them in that order). */
export function historyOf(
  moves: readonly StakeholderMove[],
  stakeholderId: string,
): StakeholderMove[] {
  return moves.filter((m) => m.stakeholderId === stakeholderId)
}
