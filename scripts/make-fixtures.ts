/**
 * Writes binary fixtures of circle documents as this version stores them. Run once per schema
 * version (`npx tsx scripts/make-fixtures.ts`) and commit the files: later versions must keep
 * loading them (test/unit/shared/fixtures.test.ts).
 */
import { writeFileSync } from 'node:fs'
import * as Y from 'yjs'
import { CircleSession } from '../shared/domain/circle/session'
import { initCircle } from '../shared/domain/circle/commands'
import { addPerson, updatePerson } from '../shared/domain/people/commands'
import { emptyPersonInput } from '../shared/domain/people/person'
import { CIRCLE_SCHEMA_VERSION } from '../shared/domain/circle/migrations'
import { addCustomField } from '../shared/domain/custom-fields/commands'
import { assess } from '../shared/domain/assessments/commands'
import { addStructureTest, setParticipation } from '../shared/domain/structure-tests/commands'

const doc = new Y.Doc({ guid: 'fixture' })
doc.clientID = 1
const s = new CircleSession('fixture', doc)
initCircle(s, 'Fixture tenants union', 'de', 1_700_000_000_000)
const rosa = addPerson(
  s,
  { ...emptyPersonInput(), name: 'Rosa', unit: 'Building A', tags: ['committee'] },
  1_700_000_000_001,
)
addPerson(
  s,
  { ...emptyPersonInput(), name: 'Clara', email: 'clara@example.org' },
  1_700_000_000_002,
)
if (rosa.ok) updatePerson(s, rosa.value, { phone: '+49 30 1' })
// Version 2: units as a tree, assessments, structure tests, custom fields.
if (rosa.ok) {
  const shoe = addCustomField(
    s,
    { name: 'Shoe size', type: 'number', choices: [] },
    1_700_000_000_003,
  )
  if (shoe.ok) updatePerson(s, rosa.value, { custom: { [shoe.value]: 39 }, leader: true })
  assess(
    s,
    { personId: rosa.value, value: 2, reason: 'signed the card', by: '' },
    1_700_000_000_004,
  )
  const t = addStructureTest(
    s,
    {
      name: 'Petition for heating',
      kind: 'petition',
      date: '2023-11-20',
      goalPercent: 50,
      plusOne: true,
      unitId: '',
      notes: '',
    },
    1_700_000_000_005,
  )
  if (t.ok)
    setParticipation(
      s,
      { testId: t.value, personId: rosa.value, took: 'yes', by: '' },
      1_700_000_000_006,
    )
}
const out = `test/fixtures/circle-v${CIRCLE_SCHEMA_VERSION}.bin`
writeFileSync(out, Y.encodeStateAsUpdate(doc))
console.warn(`wrote ${out}`)
