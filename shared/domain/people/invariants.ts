import type { Collection } from '../../data/collection'
import type { personShape } from './person'

/**
 * What must hold for the people collection after any sequence of operations on any peer.
 * Returns a description of each violation (empty when all is well).
 */
export function peopleInvariants(people: Collection<typeof personShape>): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  for (const p of people.getSnapshot()) {
    if (seen.has(p.id)) problems.push(`person ${p.id} listed twice`)
    seen.add(p.id)
    if (p.name.trim() === '') problems.push(`person ${p.id} has an empty name`)
    if (new Set(p.tags).size !== p.tags.length) problems.push(`person ${p.id} has duplicate tags`)
  }
  if (seen.size !== people.size) problems.push('snapshot and collection disagree on size')
  for (const { id } of people.malformedRecords()) {
    if (seen.has(id)) problems.push(`malformed person ${id} is visible`)
  }
  return problems
}
