import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OpenCircle } from '../../data/circle-registry'
import type { Person } from '@shared/domain/people/person'
import { ParticipationIndexStore } from '@shared/domain/structure-tests/participation-index'
import {
  peopleInScope,
  scopeMissing,
  testResult,
  testsOverTime,
  type ParticipationIndex,
  type TestTally,
} from '@shared/domain/structure-tests/results'
import type {
  ParticipationRecord,
  StructureTest,
} from '@shared/domain/structure-tests/structure-test'
import { flattenUnits, unitLabel, type UnitNode } from '@shared/domain/units/tree'
import { useStore } from '../../app/use-store'
import { DeleteTestDialog } from './DeleteTestDialog'
import { ParticipationRecorder } from './ParticipationRecorder'
import { TestDialog } from './TestDialog'
import { TestResults } from './TestResults'
import { TestsOverTime } from './TestsOverTime'
import { useTestText } from './test-text'
import './tests.css'

type Editing =
  { kind: 'add' } | { kind: 'edit'; id: string } | { kind: 'delete'; id: string } | null

const EMPTY: ReadonlyMap<string, ParticipationRecord> = new Map()

/**
 * The structure tests of a circle: the tests (newest first) with their result at a glance;
 * the chosen test's results per unit and the fast participation recorder; all tests over time.
 */
export default function TestsView({ circle }: { circle: OpenCircle }) {
  const { t } = useTranslation()
  const { session } = circle
  const tests = useStore(session.structureTests)
  // Kept up to date record by record: recording stays fast with thousands of people.
  const indexStore = useMemo(
    () => new ParticipationIndexStore(session.participation),
    [session.participation],
  )
  const participation = useStore(indexStore)
  const people = useStore(session.people)
  const unitRecords = useStore(session.units)
  const units = useMemo(() => flattenUnits(unitRecords), [unitRecords])
  const labels = useMemo(() => new Map(units.map((n) => [n.unit.id, unitLabel(n)])), [units])
  const overTime = useMemo(
    () => testsOverTime({ tests, people, units, participation }),
    [tests, people, units, participation],
  )
  const tallies = useMemo(() => new Map(overTime.map((r) => [r.test.id, r.tally])), [overTime])
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [editing, setEditing] = useState<Editing>(null)
  const listHeadingId = useId()
  const selected = tests.find((x) => x.id === selectedId) ?? tests[0] ?? null
  const editingTest =
    editing && editing.kind !== 'add' ? (session.structureTests.get(editing.id) ?? null) : null

  return (
    <div className="tests-view">
      <div className="tests-actions">
        <p className="muted tests-intro">{t('tests.intro')}</p>
        <button
          type="button"
          className="primary"
          onClick={() => setEditing({ kind: 'add' })}
          disabled={session.readOnly}
        >
          {t('tests.new')}
        </button>
      </div>
      {tests.length === 0 ? (
        <p className="empty">{t('tests.empty')}</p>
      ) : (
        <>
          <section aria-labelledby={listHeadingId}>
            <h2 id={listHeadingId}>{t('tests.listHeading')}</h2>
            <ul className="test-list" aria-label={t('tests.listLabel')}>
              {tests.map((test) => (
                <TestItem
                  key={test.id}
                  test={test}
                  tally={tallies.get(test.id)}
                  labels={labels}
                  current={test.id === selected?.id}
                  onSelect={() => setSelectedId(test.id)}
                />
              ))}
            </ul>
          </section>
          {selected && (
            <TestDetail
              key={selected.id}
              circle={circle}
              test={selected}
              people={people}
              units={units}
              labels={labels}
              participation={participation}
              onEdit={() => setEditing({ kind: 'edit', id: selected.id })}
              onDelete={() => setEditing({ kind: 'delete', id: selected.id })}
            />
          )}
          <TestsOverTime rows={overTime} labels={labels} />
        </>
      )}
      {(editing?.kind === 'add' || (editing?.kind === 'edit' && editingTest)) && (
        <TestDialog
          key={editingTest?.id ?? 'new'}
          session={session}
          test={editing.kind === 'edit' ? editingTest : null}
          units={units}
          people={people}
          onClose={() => setEditing(null)}
          onSaved={setSelectedId}
        />
      )}
      {editing?.kind === 'delete' && editingTest && (
        <DeleteTestDialog
          session={session}
          test={editingTest}
          recordedCount={participation.get(editingTest.id)?.size ?? 0}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  )
}

/** A test in the list, with its result at a glance; selecting it shows it below. */
function TestItem(props: {
  test: StructureTest
  tally: TestTally | undefined
  labels: ReadonlyMap<string, string>
  current: boolean
  onSelect: () => void
}) {
  const { test, tally } = props
  const { t } = useTranslation()
  const text = useTestText()
  return (
    <li>
      <button
        type="button"
        className="test-item"
        aria-current={props.current ? 'true' : undefined}
        onClick={props.onSelect}
      >
        <span className="test-item-name">{test.name}</span>
        <span className="test-item-meta">
          {t('tests.meta', {
            kind: t(`tests.kinds.${test.kind}`),
            date: text.date(test.date),
            scope: text.scope(test, props.labels),
          })}
        </span>
        {tally && (
          <span className={`test-item-result${tally.reached ? ' reached' : ''}`}>
            <span aria-hidden="true">{tally.reached ? '✓ ' : ''}</span>
            {text.summary(tally)}
          </span>
        )}
      </button>
    </li>
  )
}

interface DetailProps {
  circle: OpenCircle
  test: StructureTest
  people: readonly Person[]
  units: readonly UnitNode[]
  labels: ReadonlyMap<string, string>
  participation: ParticipationIndex
  onEdit: () => void
  onDelete: () => void
}

/** One test: what it is, its results, and the recorder. */
function TestDetail(props: DetailProps) {
  const { circle, test, people, units, labels, participation } = props
  const { session } = circle
  const { t } = useTranslation()
  const text = useTestText()
  const headingId = useId()
  const result = useMemo(
    () => testResult({ test, people, units, participation }),
    [test, people, units, participation],
  )
  const inScope = useMemo(() => peopleInScope(test, people, units), [test, people, units])
  const unitOf = useMemo(() => (p: Person) => labels.get(p.unitId) ?? '', [labels])
  const missing = scopeMissing(test, units)
  return (
    <section aria-labelledby={headingId} className="card test-detail">
      <div className="test-detail-header">
        <div>
          <h2 id={headingId}>{test.name}</h2>
          <p className="muted">
            {t(`tests.kinds.${test.kind}`)}
            {' · '}
            {text.date(test.date)}
          </p>
          <p>{t('tests.goalOf', { goal: text.goal(test), scope: text.scope(test, labels) })}</p>
        </div>
        <div className="row-actions">
          <button type="button" onClick={props.onEdit} disabled={session.readOnly}>
            {t('tests.editLabel')}
          </button>
          <button
            type="button"
            className="danger"
            onClick={props.onDelete}
            disabled={session.readOnly}
          >
            {t('tests.deleteLabel')}
          </button>
        </div>
      </div>
      {test.notes && <p className="test-notes">{test.notes}</p>}
      {missing && (
        <p className="banner" role="status">
          {t('tests.scopeMissing')}
        </p>
      )}
      <TestResults result={result} />
      <ParticipationRecorder
        session={session}
        test={test}
        people={inScope}
        recorded={participation.get(test.id) ?? EMPTY}
        unitOf={unitOf}
        memberId={circle.entry.member.id}
        readOnly={session.readOnly}
      />
    </section>
  )
}
