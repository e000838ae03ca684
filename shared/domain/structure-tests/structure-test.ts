import type { CollectionDef } from '../../data/collection'
import { field, type Infer } from '../../data/fields'
import { newestDayFirst, newestTimeFirst } from '../../data/sort-keys'
import { isDay } from '../../util/day'

export const TEST_KINDS = ['petition', 'majority', 'shirt', 'vote', 'other'] as const
export type TestKind = (typeof TEST_KINDS)[number]
export const TEST_NAME_MAX = 120
export const TEST_NOTES_MAX = 2000

/** True for a real calendar day written YYYY-MM-DD (no 2025-02-30). */
export const isTestDate = isDay

/**
 * A structure test: a visible action (petition, majority sign-up, wear-the-shirt day, assembly
 * vote) with a date and a goal, e.g. 50 % + 1 of the people in scope. Scope is a unit and the
 * units below it, or the whole circle ('').
 */
export const structureTestShape = {
  id: field.id(),
  name: field.text({ min: 1, max: TEST_NAME_MAX }),
  kind: field.oneOf(TEST_KINDS, 'other'),
  /** The day of the test, YYYY-MM-DD ('' only in records written before a date was asked). */
  date: field.day(),
  goalPercent: field.int({ min: 1, max: 100, fallback: 50 }),
  /** "50 % + 1": one more than the percentage (a majority), rather than reaching it. */
  plusOne: field.flag(),
  unitId: field.ref(),
  notes: field.optionalText({ max: TEST_NOTES_MAX }),
  createdAt: field.timestamp(),
}
export type StructureTest = Infer<typeof structureTestShape>

export const structureTestsCollection: CollectionDef<typeof structureTestShape> = {
  name: 'structureTests',
  shape: structureTestShape,
  immutable: ['id', 'createdAt'],
  // Newest test first; on the same day, the one created last first.
  sortKey: (t) => `${newestDayFirst(t.date)}:${newestTimeFirst(t.createdAt)}:${t.id}`,
  searchText: (t) => t.name.toLocaleLowerCase(),
}

export const PARTICIPATION = ['yes', 'no'] as const
export type Participation = (typeof PARTICIPATION)[number]

/**
 * Whether one person took part in one test. Its id is derived from the test's and the
 * person's ids, so two members recording the same person at once write the same record.
 */
export const participationShape = {
  id: field.id(),
  testId: field.id(),
  personId: field.id(),
  took: field.oneOf(PARTICIPATION, 'yes'),
  by: field.ref(),
  at: field.timestamp(),
}
export type ParticipationRecord = Infer<typeof participationShape>

export const participationCollection: CollectionDef<typeof participationShape> = {
  name: 'participation',
  shape: participationShape,
  immutable: ['id', 'testId', 'personId'],
  sortKey: (p) => `${p.testId}:${p.personId}`,
  searchText: () => '',
}

/**
 * The participation id for a test and a person (ids are 22 characters; see newId). Only the
 * record under this id counts (see indexParticipation): one per person and test.
 */
export const participationId = (testId: string, personId: string) =>
  `${testId.slice(0, 32)}${personId.slice(0, 32)}`

/**
 * How many of `total` people must take part to reach the goal: at least `goalPercent` % of
 * them, or with `plusOne` more than `goalPercent` % of them (50 % + 1 of 7 is 4, of 8 is 5).
 * Never more than everyone (100 % + 1 means everyone).
 */
export function goalCount(
  test: Pick<StructureTest, 'goalPercent' | 'plusOne'>,
  total: number,
): number {
  if (total <= 0) return 0
  // Integer arithmetic: total × percent is exact, so is the division's floor and ceiling.
  const scaled = total * test.goalPercent
  const needed = test.plusOne ? Math.floor(scaled / 100) + 1 : Math.ceil(scaled / 100)
  return Math.min(total, Math.max(1, needed))
}
