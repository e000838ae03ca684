/**
 * Importing people into a circle, in two steps:
 *
 * 1. `planImport` checks the drafts a file gave (CSV, vCard, OSDI) against the circle: what
 *    cannot be stored becomes an issue, and people probably already in the circle (or twice in
 *    the file) are listed as duplicates, each with a proposed choice the user may change.
 * 2. `runImport` writes the plan in chunks, one transaction each (ORIGIN.peopleImport), giving
 *    the event loop a turn between chunks so that the window never freezes. Cancelling (the
 *    signal) or any error removes everything the import wrote, in one transaction: people,
 *    their assessments and relationships, the units and custom fields it created, and the
 *    fields it filled in on people it merged into. A circle never holds half an import.
 *
 * Columns of the file that name a custom field the circle does not have become new custom
 * fields of type 'text', named like the column (the user can change the type afterwards in
 * the circle's setup). Beyond the circle's limit of custom fields, further columns are dropped
 * and listed in the plan.
 */
import { ORIGIN, write } from '../../data/origins'
import type { ImportIssue, PersonExport } from '../../interop/types'
import type { CircleSession } from '../circle/session'
import { UnitResolver } from './import-units'
import { type Person } from './person'
import { exportContext, toPersonExport } from './person-export'
import { resolveOps } from './import-ops'
import {
  DEFAULT_CHUNK,
  nextTask,
  report,
  type DuplicateChoices,
  type ImportOutcome,
  type ImportPlan,
  type RunImportOptions,
} from './import-plan'
import { Writer, type Written } from './import-writer'

export * from './import-plan'

/**
 * Writes a plan into the circle. Resolves (never rejects) with what was done; when cancelled
 * or failed, nothing of the import is left.

/**
 * Writes a plan into the circle. Resolves (never rejects) with what was done; when cancelled
 * or failed, nothing of the import is left.
 */
export async function runImport(
  session: CircleSession,
  plan: ImportPlan,
  choices: DuplicateChoices = new Map(),
  options: RunImportOptions = {},
): Promise<ImportOutcome> {
  const { signal, onProgress } = options
  const by = options.by ?? ''
  const now = options.now ?? Date.now()
  const chunkSize = Math.max(1, Math.floor(options.chunkSize ?? DEFAULT_CHUNK))
  const nothing = { added: 0, merged: 0, skipped: 0, failed: 0, issues: [] as ImportIssue[] }
  if (session.readOnly) return { status: 'failed', ...nothing, error: 'readOnly' }
  if (signal?.aborted) return { status: 'cancelled', ...nothing }

  const written: Written = {
    people: [],
    assessments: [],
    relationships: [],
    customFields: [],
    before: new Map(),
  }
  let units: UnitResolver | null = null
  const undo = (): string | null => {
    try {
      rollback(session, written, units?.created ?? [])
      return null
    } catch (error) {
      return error instanceof Error ? error.message : String(error)
    }
  }
  const cancelled = (): ImportOutcome => {
    const error = undo()
    return error === null
      ? { status: 'cancelled', ...nothing }
      : { status: 'failed', ...nothing, error }
  }

  try {
    const { ops, merged, skipped, sources } = resolveOps(plan, choices)
    await nextTask()
    const relating = ops.filter((op) => op.draft.relationships.length > 0)
    const total = ops.length + relating.length
    units = new UnitResolver(session)
    const writer = new Writer(session, written, units, by, now)
    const issues: ImportIssue[] = []
    let added = 0
    let failed = 0
    for (let start = 0; start < total; start += chunkSize) {
      if (signal?.aborted) return cancelled()
      const end = Math.min(total, start + chunkSize)
      write(session.doc, ORIGIN.peopleImport, () => {
        if (start === 0) writer.createCustomFields(plan.customFields.create)
        for (let i = start; i < end; i++) {
          if (i >= ops.length) {
            writer.relate(relating[i - ops.length]!, sources)
            continue
          }
          const op = ops[i]!
          const problem = op.kind === 'add' ? writer.add(op) : writer.merge(op)
          if (problem === null) {
            if (op.kind === 'add') added++
          } else {
            failed++
            issues.push(...problem)
          }
        }
      })
      report(onProgress, end / total)
      await nextTask()
    }
    if (signal?.aborted) return cancelled()
    report(onProgress, 1)
    return { status: 'done', added, merged, skipped, failed, issues }
  } catch (error) {
    const undone = undo()
    const message = error instanceof Error ? error.message : String(error)
    return {
      status: 'failed',
      ...nothing,
      error: undone === null ? message : `${message}; ${undone}`,
    }
  }
}

/** Takes back everything an import wrote, in one transaction. */

function rollback(session: CircleSession, written: Written, units: readonly string[]): void {
  write(session.doc, ORIGIN.peopleImport, () => {
    for (const id of written.relationships) session.relationships.remove(id)
    for (const id of written.assessments) session.assessments.remove(id)
    for (const id of written.people) session.people.remove(id)
    for (const [id, before] of written.before) {
      if (session.people.has(id)) session.people.update(id, before)
    }
    for (const id of [...units].reverse()) session.units.remove(id)
    for (const id of written.customFields) session.customFields.remove(id)
    session.maintainInTransaction()
  })
}

// ---- export --------------------------------------------------------------------------------

/** The names of the circle's custom fields, in the circle's order (CSV columns). */
export const customFieldNames = (session: CircleSession): string[] =>
  session.customFields.getSnapshot().map((f) => f.name)

/** The people (all by default) as plain values for the export formats. */
export function exportPeople(
  session: CircleSession,
  people: readonly Person[] = session.people.getSnapshot(),
): PersonExport[] {
  const ctx = exportContext(session)
  return people.map((person) => toPersonExport(session, person, ctx))
}
