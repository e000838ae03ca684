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

  it('0002-units-tree turns free-text units into units of the tree, the same on every peer', () => {
    const prepare = (doc: Y.Doc) => {
      doc.getMap('people').set('person-rosa-0001', {
        id: 'person-rosa-0001',
        name: 'Rosa',
        unit: 'Night  shift',
        createdAt: 1,
      })
      doc.getMap('people').set('person-ana-00001', {
        id: 'person-ana-00001',
        name: 'Ana',
        unit: 'Dock',
        createdAt: 2,
      })
      doc.getMap('people.fields').set('person-ana-00001/unit', 'Night shift')
      doc
        .getMap('people')
        .set('person-kim-00001', { id: 'person-kim-00001', name: 'Kim', createdAt: 3 })
    }
    let first: unknown
    exercise('0002-units-tree', prepare, (doc) => {
      const s = new CircleSession('c', doc)
      expect(s.units.getSnapshot().map((u) => [u.name, u.parentId])).toEqual([['Night shift', '']])
      const unitId = s.units.getSnapshot()[0]!.id
      expect(s.people.getSnapshot().map((p) => [p.name, p.unitId])).toEqual([
        ['Ana', unitId],
        ['Kim', ''],
        ['Rosa', unitId],
      ])
      first = unitId
      s.destroy()
    })
    // Another peer migrating its own copy makes the same unit, so merging leaves one unit.
    const other = new Y.Doc()
    runMigrations(other, circleMigrations.slice(0, 1))
    prepare(other)
    runMigrations(other, circleMigrations.slice(0, 2))
    expect([...other.getMap('units').keys()]).toEqual([first])
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
      // Rosa's unit "Building A" is a unit of the tree from version 2 on.
      const rosa = s.people.getSnapshot()[1]!
      expect(s.units.get(rosa.unitId)?.name).toBe('Building A')
      if (v >= 2) {
        expect(s.assessmentIndex.current(rosa.id)).toBe(2)
        expect(s.structureTests.getSnapshot().map((t) => t.name)).toEqual(['Petition for heating'])
        expect(s.participation.size).toBe(1)
        expect(s.customFields.getSnapshot().map((f) => f.name)).toEqual(['Shoe size'])
        expect(Object.values(rosa.custom)).toEqual([39])
        expect(rosa.leader).toBe(true)
      }
      expect(s.settledInvariants()).toEqual([])
    })
  }
})
