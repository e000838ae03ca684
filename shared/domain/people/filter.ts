import type { Collection } from '../../data/collection'
import type { personShape, Person } from './person'

/**
 * Filters people by a free-text query: every word must appear somewhere in the person's
 * name, contact details, unit, tags or notes (case-insensitive). Keeps the list's order.
 */
export function filterPeople(
  people: Collection<typeof personShape>,
  list: readonly Person[],
  query: string,
  /** Extra text a person is found by (their unit's name in the tree). */
  extraText: (p: Person) => string = () => '',
): readonly Person[] {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return list
  return list.filter((p) => {
    const text = people.searchTextOf(p.id)
    const extra = extraText(p).toLocaleLowerCase()
    return words.every((w) => text.includes(w) || extra.includes(w))
  })
}
