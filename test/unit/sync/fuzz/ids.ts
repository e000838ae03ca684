/**
 * Deterministic record ids for the fuzz: test files replace `@shared/util/id` with this
 * (vi.mock), so that a seed replays with the same person ids and the same pick order.
 */
let prefix = 'fz'
let counter = 0

export function resetIds(seed: number): void {
  prefix = `s${seed}`
  counter = 0
}

export function nextId(): string {
  return `${prefix}-${(counter++).toString(36).padStart(8, '0')}`
}
