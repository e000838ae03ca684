import { readFileSync } from 'node:fs'
import type { PersonDraft, PersonExport } from '@shared/interop/types'

export const fixtureBytes = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../../fixtures/import/${name}`, import.meta.url)))

export const fixtureText = (name: string): string => new TextDecoder().decode(fixtureBytes(name))

export const person = (overrides: Partial<PersonExport> = {}): PersonExport => ({
  sourceId: 'p-1',
  name: 'Rosa Luxemburg',
  email: '',
  phone: '',
  address: '',
  unitPath: [],
  role: '',
  tags: [],
  languages: [],
  notes: '',
  stage: 'none',
  leader: false,
  assessment: 0,
  assessments: [],
  relationships: [],
  custom: {},
  lastContactAt: 0,
  ...overrides,
})

/** The draft without its line, to compare with the person it was exported from. */
export const withoutLine = ({ line: _line, ...rest }: PersonDraft): Omit<PersonDraft, 'line'> =>
  rest
