import { readFileSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CircleSession } from '@shared/domain/circle/session'
import { circleMigrations, CIRCLE_SCHEMA_VERSION } from '@shared/domain/circle/migrations'
import { runMigrations, schemaMap, schemaVersionOf, type Migration } from '@shared/data/migrations'

const exercised = new Set<string>()

/** Runs one named migration on a document at the version just before it. */
function exercise(name: string, prepare: (doc: Y.Doc) => void, check: (doc: Y.Doc) => void) {
  const m = circleMigrations.find((x) => x.name === name)!
  const doc = new Y.Doc()
  runMigrations(doc, circleMigrations.slice(0, m.version - 1))
  prepare(doc)
  const out = runMigrations(doc, circleMigrations.slice(0, m.version))
  expect(out.applied).toEqual([name])
  check(doc)
  exercised.add(name)
}

describe('circle migrations', () => {
  it('0001-circle-meta gives an unnamed document a language and creation time', () => {
    exercise(
      '0001-circle-meta',
      (doc) => doc.getMap('meta').set('name', 'Old circle'),
      (doc) => {
        expect(doc.getMap('meta').toJSON()).toEqual({
          name: 'Old circle',
          language: 'en',
          createdAt: 0,
        })
      },
    )
  })

  it('runs each migration once, even when two peers migrate concurrently', () => {
    const a = new Y.Doc()
    const b = new Y.Doc()
    runMigrations(a, circleMigrations)
    runMigrations(b, circleMigrations)
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    expect(schemaVersionOf(a)).toBe(CIRCLE_SCHEMA_VERSION)
    expect(schemaMap(a).toJSON()).toEqual(schemaMap(b).toJSON())
    expect(runMigrations(a, circleMigrations).applied).toEqual([])
  })

  it('opens a document from a newer version read-only and writes nothing', () => {
    const doc = new Y.Doc()
    schemaMap(doc).set('9999-future', { version: CIRCLE_SCHEMA_VERSION + 1, at: 1 })
    const before = Y.encodeStateAsUpdate(doc)
    const s = new CircleSession('c', doc)
    expect(s.readOnly).toBe(true)
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before)
  })

  it('refuses a malformed migration list', () => {
    const bad: Migration[] = [{ version: 2, name: 'x', up: () => undefined }]
    expect(() => runMigrations(new Y.Doc(), bad)).toThrow()
  })

  it('ignores hostile schema entries from a peer', () => {
    const doc = new Y.Doc()
    schemaMap(doc).set('junk', 'not an object')
    schemaMap(doc).set('nan', { version: Number.NaN })
    expect(schemaVersionOf(doc)).toBe(0)
  })

  afterAll(() => {
    // Every migration must be exercised by a test of its own (tldraw's rule).
    expect(circleMigrations.map((m) => m.name).filter((n) => !exercised.has(n))).toEqual([])
  })
})

describe('stored documents from earlier versions', () => {
  for (let v = 1; v <= CIRCLE_SCHEMA_VERSION; v++) {
    it(`loads the version ${v} fixture`, () => {
      const doc = new Y.Doc()
      Y.applyUpdate(doc, readFileSync(`test/fixtures/circle-v${v}.bin`))
      const s = new CircleSession('fixture', doc)
      expect(s.readOnly).toBe(false)
      expect(s.meta.getSnapshot()).toMatchObject({ name: 'Fixture tenants union', language: 'de' })
      expect(s.people.getSnapshot().map((p) => [p.name, p.phone])).toEqual([
        ['Clara', ''],
        ['Rosa', '+49 30 1'],
      ])
      expect(s.invariants()).toEqual([])
    })
  }
})
