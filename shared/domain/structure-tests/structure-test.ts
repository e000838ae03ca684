import type { CollectionDef } from '../../data/collection'
import { field, type Infer } from '../../data/fields'

export const TEST_KINDS = ['petition', 'majority', 'shirt', 'vote', 'other'] as const
export type TestKind = (typeof TEST_KINDS)[number]
export const TEST_NAME_MAX = 120

/**
 * A structure test: a visible action (petition, majority sign-up, wear-the-shirt day, assembly
 * vote) with a date and a goal, e.g. 50 % + 1 of the people in scope. Scope is a unit and the
 * units below it, or the whole circle ('').
 */
export const structureTestShape = {
  id: field.id(),
  name: field.text({ min: 1, max: TEST_NAME_MAX }),
  kind: field.oneOf(TEST_KINDS, 'other'),
  /** The day of the test, YYYY-MM-DD. */
  date: field.optionalText({ max: 10 }),
  goalPercent: field.int({ min: 1, max: 100, fallback: 50 }),
  /** "50 % + 1": one more than the percentage (a majority), rather than reaching it. */
  plusOne: field.flag(),
  unitId: field.ref(),
  notes: field.optionalText({ max: 2000 }),
  createdAt: field.timestamp(),
}
export type StructureTest = Infer<typeof structureTestShape>

export const structureTestsCollection: CollectionDef<typeof structureTestShape> = {
  name: 'structureTests',
  shape: structureTestShape,
  immutable: ['id', 'createdAt'],
  // Newest test first.
  sortKey: (t) => `${invertDate(t.date)}:${t.id}`,
  searchText: (t) => t.name.toLocaleLowerCase(),
}

const invertDate = (d: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(d) ? String(99999999 - Number(d.replace(/-/g, ''))) : '99999999'

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

/** The participation id for a test and a person (ids are 22 characters; see newId). */
export const participationId = (testId: string, personId: string) =>
  `${testId.slice(0, 32)}${personId.slice(0, 32)}`

/** How many of `total` people must take part to reach the goal. */
export function goalCount(
  test: Pick<StructureTest, 'goalPercent' | 'plusOne'>,
  total: number,
): number {
  if (total === 0) return 0
  const share = (total * test.goalPercent) / 100
  return test.plusOne ? Math.floor(share) + 1 : Math.ceil(share)
}
