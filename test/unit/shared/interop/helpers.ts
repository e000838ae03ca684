import { readFileSync } from 'node:fs'
import { emptyDraft } from '@shared/interop/draft'
import type { PersonDraft, PersonExport } from '@shared/interop/types'

export const fixtureBytes = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../../fixtures/import/${name}`, import.meta.url)))

export const fixtureText = (name: string): string => new TextDecoder().decode(fixtureBytes(name))

export const person = (overrides: Partial<PersonExport> = {}): PersonExport => {
  // The same empty record the readers start from, so the two cannot drift apart.
  const { line: _line, ...empty } = emptyDraft(0)
  return { ...empty, sourceId: 'p-1', name: 'Rosa Luxemburg', ...overrides }
}

/** The draft without its line, to compare with the person it was exported from. */
export const withoutLine = ({ line: _line, ...rest }: PersonDraft): Omit<PersonDraft, 'line'> =>
  rest
