import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { randomBytes } from '@shared/crypto/bytes'
import { CircleSession } from '@shared/domain/circle/session'
import { addPerson, removePerson } from '@shared/domain/people/commands'
import { erasePerson } from '@shared/domain/people/erase'
import { emptyPersonInput } from '@shared/domain/people/person'
import {
  addLink,
  addStakeholder,
  createMap,
  duplicateMap,
  linksOf,
  moveStakeholders,
  removeLink,
  removeStakeholder,
  stakeholdersOf,
  updateLink,
  updateMap,
  updateStakeholder,
  type LinkInput,
  type StakeholderInput,
} from '@shared/domain/power-maps/commands'
import {
  bandCentre,
  fromCanvas,
  powerLevel,
  quadrantOf,
  stanceBand,
  toCanvas,
} from '@shared/domain/power-maps/grid'
import { historyOf } from '@shared/domain/power-maps/history'
import { PRESENCE_FIELD, readPeer } from '@shared/domain/power-maps/presence'
import { mapToSvg } from '@shared/domain/power-maps/svg'
import { whoCanReach } from '@shared/domain/power-maps/paths'
import type { Stakeholder, StakeholderLink } from '@shared/domain/power-maps/power-map'
import { deriveCircleKeys } from '@shared/sync/circle-keys'
import { CircleMesh } from '@shared/sync/mesh'
import { Replicator } from '@shared/sync/replicator'
import { FakeConnector, FakeSignaling } from '../../support/fake-net'

const sync = (a: Y.Doc, b: Y.Doc) => {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'remote')
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'remote')
}
const session = (clientID: number) => {
  const doc = new Y.Doc()
  doc.clientID = clientID
  return new CircleSession('circle-1', doc, { autoMaintain: false })
}
const ok = <T>(r: { ok: true; value: T } | { ok: false }) => {
  if (!r.ok) throw new Error(`command failed: ${JSON.stringify(r)}`)
  return r.value
}
const ME = 'member-ana-0001'
const outside = (name: string, extra: Partial<StakeholderInput> = {}): StakeholderInput => ({
  personId: '',
  name,
  kind: 'person',
  role: '',
  notes: '',
  power: 50,
  stance: 0,
  ...extra,
})
const ofPerson = (personId: string, extra: Partial<StakeholderInput> = {}) =>
  outside('', { personId, ...extra })
const link = (
  mapId: string,
  fromId: string,
  toId: string,
  extra: Partial<LinkInput> = {},
): LinkInput => ({
  mapId,
  fromId,
  toId,
  kind: 'influences',
  label: '',
  direction: 'one',
  strength: 2,
  ...extra,
})

describe('power maps', () => {
  it('are created, renamed, archived and duplicated with their stakeholders and links', () => {
    const s = session(1)
    const map = ok(createMap(s, { name: 'Rent increase', issue: 'Stop the 9 % increase' }))
    expect(createMap(s, { name: '  ', issue: '' }).ok).toBe(false)
    ok(updateMap(s, map, { name: 'Rent increase 2027' }))
    const mayor = ok(addStakeholder(s, map, outside('Mayor', { power: 90, stance: -40 }), ME))
    const council = ok(
      addStakeholder(s, map, outside('Council', { kind: 'institution', power: 70 }), ME),
    )
    ok(addLink(s, link(map, council, mayor, { kind: 'influences', strength: 3 })))
    const copy = ok(duplicateMap(s, map, 'Rent increase (copy)', ME))
    const copied = stakeholdersOf(s, copy)
    expect(copied.map((x) => [x.name, x.power, x.stance]).sort()).toEqual([
      ['Council', 70, 0],
      ['Mayor', 90, -40],
    ])
    expect(copied.every((x) => !stakeholdersOf(s, map).some((y) => y.id === x.id))).toBe(true)
    const [copiedLink] = linksOf(s, copy)
    expect(copiedLink?.strength).toBe(3)
    expect(copied.map((x) => x.id)).toContain(copiedLink?.fromId)
    ok(updateMap(s, map, { archived: true }))
    expect(s.powerMaps.get(map)).toMatchObject({ name: 'Rent increase 2027', archived: true })
    // An archived map is kept as it was until it is restored.
    const refused = { ok: false, error: { code: 'invalid', errors: [{ field: 'mapId' }] } }
    expect(addStakeholder(s, map, outside('Someone'), ME)).toMatchObject(refused)
    expect(moveStakeholders(s, [{ id: mayor, power: 1, stance: 1 }], ME)).toMatchObject(refused)
    expect(addLink(s, link(map, mayor, council))).toMatchObject(refused)
    expect(removeStakeholder(s, mayor)).toMatchObject(refused)
    ok(updateMap(s, map, { archived: false }))
    ok(moveStakeholders(s, [{ id: mayor, power: 90, stance: -40 }], ME))
    // The copy is independent: moving in it leaves the original where it was.
    const copiedMayor = copied.find((x) => x.name === 'Mayor')!
    ok(moveStakeholders(s, [{ id: copiedMayor.id, power: 10, stance: 80 }], ME))
    expect(s.stakeholders.get(mayor)).toMatchObject({ power: 90, stance: -40 })
  })

  it('takes circle people without copying their name, once per map', () => {
    const s = session(1)
    const rosa = ok(addPerson(s, { ...emptyPersonInput(), name: 'Rosa' }))
    const map = ok(createMap(s, { name: 'Map', issue: '' }))
    const st = ok(
      addStakeholder(s, map, ofPerson(rosa, { name: 'ignored', kind: 'institution' }), ME),
    )
    expect(s.stakeholders.get(st)).toMatchObject({ personId: rosa, name: '', kind: 'person' })
    const again = addStakeholder(s, map, ofPerson(rosa), ME)
    expect(again.ok || again.error).toMatchObject({
      code: 'invalid',
      errors: [{ field: 'personId', code: 'notAllowed' }],
    })
    const nameless = addStakeholder(s, map, outside(' '), ME)
    expect(nameless.ok || nameless.error).toMatchObject({
      errors: [{ field: 'name', code: 'required' }],
    })
    expect(addStakeholder(s, 'no-such-map-000', outside('X'), ME).ok).toBe(false)
    // A circle person keeps the person's name; role and notes are the map's own.
    ok(updateStakeholder(s, st, { name: 'Other', role: 'Shop steward' }))
    expect(s.stakeholders.get(st)).toMatchObject({ name: '', role: 'Shop steward' })
  })

  it('keeps a history of every move, who and when; unchanged moves add nothing', () => {
    const s = session(1)
    const map = ok(createMap(s, { name: 'Map', issue: '' }))
    const mayor = ok(addStakeholder(s, map, outside('Mayor', { power: 90, stance: -80 }), ME, 1000))
    expect(
      ok(moveStakeholders(s, [{ id: mayor, power: 90, stance: -40 }], 'member-ben-0001', 2000)),
    ).toBe(1)
    expect(ok(moveStakeholders(s, [{ id: mayor, power: 90, stance: -40 }], ME, 3000))).toBe(0)
    // Out-of-range values are clamped to the grid.
    ok(moveStakeholders(s, [{ id: mayor, power: 140, stance: 12.4 }], ME, 4000))
    expect(s.stakeholders.get(mayor)).toMatchObject({ power: 100, stance: 12 })
    expect(
      historyOf(s.stakeholderMoves.getSnapshot(), mayor).map((m) => [
        m.at,
        m.by,
        m.power,
        m.stance,
      ]),
    ).toEqual([
      [1000, ME, 90, -80],
      [2000, 'member-ben-0001', 90, -40],
      [4000, ME, 100, 12],
    ])
    ok(removeStakeholder(s, mayor))
    expect(s.stakeholderMoves.size).toBe(0)
  })

  it('relates two stakeholders of the same map only', () => {
    const s = session(1)
    const map = ok(createMap(s, { name: 'A', issue: '' }))
    const other = ok(createMap(s, { name: 'B', issue: '' }))
    const a = ok(addStakeholder(s, map, outside('A'), ME))
    const b = ok(addStakeholder(s, map, outside('B'), ME))
    const c = ok(addStakeholder(s, other, outside('C'), ME))
    expect(addLink(s, link(map, a, a)).ok).toBe(false)
    expect(addLink(s, link(map, a, c)).ok).toBe(false)
    expect(addLink(s, link(map, a, b, { strength: 5 })).ok).toBe(false)
    ok(addLink(s, link(map, a, b, { kind: 'other', label: 'car-pools with' })))
    ok(removeStakeholder(s, b))
    expect(s.stakeholderLinks.size).toBe(0)
  })
})

describe('the grid', () => {
  it('bands stances symmetrically and maps grid to canvas and back', () => {
    expect([-100, -60, -59, -21, -20, 0, 20, 21, 59, 60, 100].map(stanceBand)).toEqual([
      'opponent',
      'opponent',
      'leaningAgainst',
      'leaningAgainst',
      'undecided',
      'undecided',
      'undecided',
      'leaningFor',
      'leaningFor',
      'champion',
      'champion',
    ])
    expect(stanceBand(bandCentre('leaningFor'))).toBe('leaningFor')
    expect([0, 33, 34, 66, 67, 100].map(powerLevel)).toEqual([
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
    ])
    expect(quadrantOf({ power: 80, stance: -50 })).toBe('highAgainst')
    expect(quadrantOf({ power: 20, stance: 50 })).toBe('lowFor')
    expect(quadrantOf({ power: 20, stance: 0 })).toBeNull()
    const p = { power: 73, stance: -41 }
    const c = toCanvas(p)
    expect(fromCanvas(c.x, c.y)).toEqual(p)
    expect(fromCanvas(99_999, 99_999)).toEqual({ power: 0, stance: 100 })
  })
})

describe('who can reach X', () => {
  const st = (id: string, personId = ''): Stakeholder => ({
    id,
    mapId: 'map-00000001',
    personId,
    name: id,
    kind: 'person',
    role: '',
    notes: '',
    power: 50,
    stance: 0,
    createdAt: 0,
  })
  const l = (
    id: string,
    fromId: string,
    toId: string,
    strength = 2,
    direction: 'one' | 'both' = 'one',
  ): StakeholderLink => ({
    id,
    mapId: 'map-00000001',
    fromId,
    toId,
    fromPersonId: '',
    toPersonId: '',
    kind: 'influences',
    label: '',
    direction,
    strength,
    createdAt: 0,
  })
  // Rosa and Ben are circle people; the mayor is the target.
  const people = [
    st('rosa', 'p-rosa-0001'),
    st('ben', 'p-ben-00001'),
    st('ida', 'p-ida-00001'),
    st('pastor'),
    st('aide'),
    st('union'),
    st('mayor'),
  ]

  it('finds the shortest path first, then the strongest, and explains each step', () => {
    const links = [
      // Rosa: two steps either way; the strong way wins.
      l('l1', 'rosa', 'pastor', 1),
      l('l2', 'pastor', 'mayor', 1),
      l('l3', 'rosa', 'aide', 3),
      l('l4', 'aide', 'mayor', 3),
      // Ben: three steps, through a mutual tie walked backwards.
      l('l5', 'union', 'ben', 3, 'both'),
      l('l6', 'union', 'aide', 2),
      // Ida: only a tie pointing at her (the mayor's office influences her): no path.
      l('l7', 'mayor', 'ida', 3),
    ]
    const paths = whoCanReach(people, links, 'mayor')
    expect(paths.map((p) => p.start)).toEqual(['rosa', 'ben'])
    const [rosa, ben] = paths
    expect(rosa!.steps.map((s) => s.linkId)).toEqual(['l3', 'l4'])
    expect(rosa).toMatchObject({ weakness: 2, weakest: 3 })
    expect(ben!.steps.map((s) => [s.from, s.to, s.reversed])).toEqual([
      ['ben', 'union', true],
      ['union', 'aide', false],
      ['aide', 'mayor', false],
    ])
    expect(ben!.weakest).toBe(2)
  })

  it('prefers fewer steps over stronger ties, and ignores links to nobody', () => {
    const links = [
      l('l1', 'rosa', 'mayor', 1),
      l('l2', 'rosa', 'aide', 3),
      l('l3', 'aide', 'mayor', 3),
      l('l4', 'rosa', 'ghost-000001', 3),
    ]
    const [rosa] = whoCanReach(people, links, 'mayor')
    expect(rosa!.steps.map((s) => s.linkId)).toEqual(['l1'])
    expect(whoCanReach(people, links, 'nobody')).toEqual([])
    // A circle person who is the target is not a path to itself.
    expect(whoCanReach(people, links, 'rosa')).toEqual([])
  })

  it('handles a thousand stakeholders and two thousand ties', () => {
    const many = Array.from({ length: 1000 }, (_, i) => st(`s${i}`, i % 10 === 0 ? `p${i}` : ''))
    let seed = 7
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const links = Array.from({ length: 2000 }, (_, i) =>
      l(`l${i}`, `s${Math.floor(rnd() * 1000)}`, `s${Math.floor(rnd() * 1000)}`, 1 + (i % 3)),
    )
    const paths = whoCanReach(many, links, 's999')
    for (let i = 1; i < paths.length; i++)
      expect(paths[i]!.steps.length).toBeGreaterThanOrEqual(paths[i - 1]!.steps.length)
    for (const p of paths) expect(p.steps.at(-1)?.to).toBe('s999')
  })
})

describe('power maps across laptops', () => {
  it('concurrent moves of one stakeholder end in one place everywhere', () => {
    const a = session(1)
    const b = session(2)
    const map = ok(createMap(a, { name: 'Map', issue: '' }))
    const mayor = ok(addStakeholder(a, map, outside('Mayor', { power: 50, stance: 0 }), ME))
    sync(a.doc, b.doc)
    ok(moveStakeholders(a, [{ id: mayor, power: 90, stance: -80 }], 'member-a-0001', 1000))
    ok(moveStakeholders(b, [{ id: mayor, power: 20, stance: 60 }], 'member-b-0001', 1000))
    sync(a.doc, b.doc)
    const pa = a.stakeholders.get(mayor)!
    const pb = b.stakeholders.get(mayor)!
    expect([pa.power, pa.stance]).toEqual([pb.power, pb.stance])
    // Both fields were written by both at once: the same writer wins both, a place one of
    // them chose (never one's power with the other's stance).
    expect([
      [90, -80],
      [20, 60],
    ]).toContainEqual([pa.power, pa.stance])
    // Both moves are in the history on both laptops.
    expect(historyOf(a.stakeholderMoves.getSnapshot(), mayor)).toHaveLength(3)
    expect(historyOf(b.stakeholderMoves.getSnapshot(), mayor)).toHaveLength(3)
  })

  it('a stance change on one laptop and a power change on the other both stay', () => {
    const a = session(1)
    const b = session(2)
    const map = ok(createMap(a, { name: 'Map', issue: '' }))
    const mayor = ok(addStakeholder(a, map, outside('Mayor', { power: 50, stance: 0 }), ME))
    sync(a.doc, b.doc)
    ok(moveStakeholders(a, [{ id: mayor, power: 50, stance: 80 }], ME))
    ok(moveStakeholders(b, [{ id: mayor, power: 95, stance: 0 }], ME))
    sync(a.doc, b.doc)
    expect(a.stakeholders.get(mayor)).toMatchObject({ power: 95, stance: 80 })
    expect(b.stakeholders.get(mayor)).toMatchObject({ power: 95, stance: 80 })
  })

  it('converges live over the in-memory mesh', async () => {
    const secret = randomBytes(32)
    const bus = new FakeSignaling()
    const peer = async (name: string) => {
      const doc = new Y.Doc()
      const replicator = new Replicator(doc, { id: `member-${name}-000`, name, colour: '#1d4ed8' })
      const s = new CircleSession('c', doc)
      const mesh = new CircleMesh(
        await deriveCircleKeys(secret),
        [bus],
        new FakeConnector(name),
        replicator,
      )
      mesh.start()
      return { s, mesh, replicator }
    }
    const a = await peer('Ana')
    const b = await peer('Ben')
    const map = ok(createMap(a.s, { name: 'Map', issue: '' }))
    const mayor = ok(addStakeholder(a.s, map, outside('Mayor'), ME))
    await expect.poll(() => b.s.stakeholders.get(mayor)?.name).toBe('Mayor')
    ok(moveStakeholders(a.s, [{ id: mayor, power: 10, stance: 10 }], ME))
    ok(moveStakeholders(b.s, [{ id: mayor, power: 99, stance: -99 }], ME))
    await expect
      .poll(() => {
        const x = a.s.stakeholders.get(mayor)!
        const y = b.s.stakeholders.get(mayor)!
        return x.power === y.power && x.stance === y.stance && a.s.stakeholderMoves.size === 3
      })
      .toBe(true)
    // Presence: Ana's pointer and selection on this map reach Ben, read and validated.
    a.replicator.awareness.setLocalStateField(PRESENCE_FIELD, {
      map,
      x: 12,
      y: 34,
      selection: [mayor],
      drag: [[mayor, 50, 60]],
    })
    await expect
      .poll(() =>
        [...b.replicator.awareness.getStates()]
          .map(([id, st]) => readPeer(id, st, map))
          .find((p) => p !== null),
      )
      .toMatchObject({ name: 'Ana', x: 12, y: 34, selection: [mayor] })
    a.mesh.stop()
    b.mesh.stop()
  })
})

describe('presence and export', () => {
  const member = { id: 'member-ana-0001', name: 'Ana', colour: '#1d4ed8' }
  it('ignores malformed presence from a peer', () => {
    expect(
      readPeer(1, { member, powerMap: { map: 'map-00000001', x: 1, y: 2 } }, 'other-map-001'),
    ).toBeNull()
    expect(readPeer(1, { powerMap: { map: 'map-00000001' } }, 'map-00000001')).toBeNull()
    const p = readPeer(
      1,
      {
        member,
        powerMap: {
          map: 'map-00000001',
          x: Number.NaN,
          y: '3',
          selection: ['ok-id-0000001', '<b>', 7],
          drag: [['ok-id-0000001', 1, 2], ['bad id', 1, 2], 'junk', ['ok-id-0000002', 1e9, 0]],
        },
      },
      'map-00000001',
    )
    expect(p).toMatchObject({ x: null, y: null, selection: ['ok-id-0000001'] })
    expect([...p!.drag]).toEqual([['ok-id-0000001', { x: 1, y: 2 }]])
  })

  it('exports the map as SVG with every name escaped', () => {
    const s = session(1)
    const map = ok(createMap(s, { name: 'Map', issue: '' }))
    const a = ok(addStakeholder(s, map, outside('<script>alert(1)</script> & Co'), ME))
    const b = ok(addStakeholder(s, map, outside('Council'), ME))
    ok(addLink(s, link(map, a, b, { direction: 'both' })))
    const svg = mapToSvg(stakeholdersOf(s, map), linksOf(s, map), {
      title: 'Map "1"',
      stances: {
        opponent: 'O',
        leaningAgainst: 'LA',
        undecided: 'U',
        leaningFor: 'LF',
        champion: 'C',
      },
      quadrants: { highAgainst: 'HA', highFor: 'HF', lowAgainst: 'LA', lowFor: 'LF' },
      power: 'Power',
      nameOf: (x) => x.name,
    })
    expect(svg).not.toContain('<script>')
    expect(svg).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#38; Co')
    expect(svg).toContain('Map &#34;1&#34;')
    expect(svg.match(/<line /g)?.length).toBe(2) // the midline and the one relationship
    expect(svg).toContain('marker-start')
  })

  it('edits and removes relationships', () => {
    const s = session(1)
    const map = ok(createMap(s, { name: 'Map', issue: '' }))
    const a = ok(addStakeholder(s, map, outside('A'), ME))
    const b = ok(addStakeholder(s, map, outside('B'), ME))
    const l = ok(addLink(s, link(map, a, b)))
    ok(updateLink(s, l, { kind: 'funds', strength: 3, direction: 'both' }))
    expect(s.stakeholderLinks.get(l)).toMatchObject({
      kind: 'funds',
      strength: 3,
      direction: 'both',
    })
    expect(updateLink(s, l, { strength: 0 }).ok).toBe(false)
    ok(removeLink(s, l))
    expect(removeLink(s, l).ok).toBe(false)
  })
})

describe('circle people on maps', () => {
  it('erasing a person removes their stakeholders, relationships and history', () => {
    const s = session(1)
    const rosa = ok(addPerson(s, { ...emptyPersonInput(), name: 'Rosa' }))
    const m1 = ok(createMap(s, { name: 'One', issue: '' }))
    const m2 = ok(createMap(s, { name: 'Two', issue: '' }))
    const r1 = ok(addStakeholder(s, m1, ofPerson(rosa), ME))
    const mayor = ok(addStakeholder(s, m1, outside('Mayor'), ME))
    const r2 = ok(addStakeholder(s, m2, ofPerson(rosa), ME))
    const aide = ok(addStakeholder(s, m2, outside('Aide'), ME))
    ok(addLink(s, link(m1, r1, mayor)))
    ok(addLink(s, link(m2, aide, r2)))
    ok(moveStakeholders(s, [{ id: r1, power: 10, stance: 90 }], ME))
    ok(erasePerson(s, rosa))
    expect(stakeholdersOf(s, m1).map((x) => x.name)).toEqual(['Mayor'])
    expect(stakeholdersOf(s, m2).map((x) => x.name)).toEqual(['Aide'])
    expect(s.stakeholderLinks.size).toBe(0)
    expect(s.stakeholderMoves.getSnapshot().every((m) => m.stakeholderId !== r1)).toBe(true)
    expect(s.settledInvariants()).toEqual([])
  })

  it('a person removed on one laptop while put on a map on another is swept everywhere', () => {
    const a = session(1)
    const b = session(2)
    const rosa = ok(addPerson(a, { ...emptyPersonInput(), name: 'Rosa' }))
    const map = ok(createMap(a, { name: 'Map', issue: '' }))
    const mayor = ok(addStakeholder(a, map, outside('Mayor'), ME))
    sync(a.doc, b.doc)
    const st = ok(addStakeholder(b, map, ofPerson(rosa), ME))
    ok(addLink(b, link(map, st, mayor)))
    ok(removePerson(a, rosa))
    sync(a.doc, b.doc)
    a.maintain()
    b.maintain()
    sync(a.doc, b.doc)
    for (const s of [a, b]) {
      expect(stakeholdersOf(s, map).map((x) => x.name)).toEqual(['Mayor'])
      expect(s.stakeholderLinks.size).toBe(0)
      expect(s.settledInvariants()).toEqual([])
    }
  })
})
