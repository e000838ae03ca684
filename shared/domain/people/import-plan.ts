/** Import step 1: the plan (issues, duplicates and proposed choices); see import.ts. */
import { DuplicateFinder, emailKey, phoneKey } from '../../interop/duplicates'
import type { ImportIssue, PersonDraft } from '../../interop/types'
import type { CircleSession } from '../circle/session'
import { CUSTOM_FIELDS_MAX } from '../custom-fields/custom-field'
import { CustomFieldIndex, DraftChecker } from './import-check'

export type DuplicateChoice = 'skip' | 'merge' | 'add'
export const DUPLICATE_CHOICES: readonly DuplicateChoice[] = ['merge', 'add', 'skip']

export interface PlannedDuplicate {
  /** The person read from the file. */
  draft: PersonDraft
  /** How the match was found: the same email, phone number or name. */
  by: 'email' | 'phone' | 'name'
  /** The person already in the circle it matches, or null when it matches an earlier row. */
  matchId: string | null
  /** The earlier row of the file it matches, or null when it matches a person in the circle. */
  matchLine: number | null
  /** The name of whom it matches (for the list the user chooses in). */
  matchName: string
  /**
   * The proposed choice: merge when email or phone match, or when only the name matches and
   * neither email nor phone contradict it; add as a new person when they do.
   */
  choice: DuplicateChoice
}

export interface ImportPlan {
  /** People that match no one, in file order. */
  fresh: PersonDraft[]
  duplicates: PlannedDuplicate[]
  /** Everything found wrong in the file, by line (rows kept out and values dropped). */
  issues: ImportIssue[]
  customFields: {
    /** Custom fields the import will create (type text), named like the file's columns. */
    create: string[]
    /** Columns beyond the circle's limit of custom fields: their values are not imported. */
    dropped: string[]
  }
}

/** Line → choice, for the duplicates whose proposed choice the user changed. */
export type DuplicateChoices = ReadonlyMap<number, DuplicateChoice>

export interface RunImportOptions {
  /** Member id of who imports: assessments in the file by no known member are theirs. */
  by?: string
  /** Share of the work written so far (0..1), after every chunk. */
  onProgress?: (fraction: number) => void
  /** Aborting cancels the import and removes everything it wrote. */
  signal?: AbortSignal
  /** People per transaction (default 2000). */
  chunkSize?: number
  now?: number
}

export interface ImportOutcome {
  /** 'cancelled' and 'failed' mean nothing of the import is left in the circle. */
  status: 'done' | 'cancelled' | 'failed'
  added: number
  merged: number
  skipped: number
  /** People the circle refused (see issues). */
  failed: number
  /** Problems found while writing (rows the circle refused). */
  issues: ImportIssue[]
  /** What went wrong when the status is 'failed'. */
  error?: string
}

export const DEFAULT_CHUNK = 2000

/** Drafts checked between two turns of the event loop when planning in slices. */
const PLAN_SLICE = 5000

/** Checks the drafts against the circle and finds duplicates. Pure: writes nothing. */
export function planImport(
  session: CircleSession,
  drafts: readonly PersonDraft[],
  issues: readonly ImportIssue[] = [],
): ImportPlan {
  const steps = planSteps(session, drafts, issues)
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/**
 * `planImport` for large files: the same plan, made in slices with a turn of the event loop
 * between them. Resolves to null when the signal aborts.
 */
export async function planImportInSlices(
  session: CircleSession,
  drafts: readonly PersonDraft[],
  issues: readonly ImportIssue[] = [],
  options: { signal?: AbortSignal; onProgress?: (fraction: number) => void } = {},
): Promise<ImportPlan | null> {
  const steps = planSteps(session, drafts, issues)
  for (;;) {
    if (options.signal?.aborted) return null
    const step = steps.next()
    if (step.done) return step.value
    report(options.onProgress, step.value)
    await nextTask()
  }
}

/** The planning, pausing (yielding the share done) after every slice. */
function* planSteps(
  session: CircleSession,
  drafts: readonly PersonDraft[],
  issues: readonly ImportIssue[],
): Generator<number, ImportPlan, undefined> {
  const found: ImportIssue[] = [...issues]
  const checker = new DraftChecker(new CustomFieldIndex(session), found)
  const usable: PersonDraft[] = []
  // Checking the drafts, then finding the duplicates among them: about 2:1 in time.
  const total = Math.max(1, drafts.length * 1.5)
  for (let i = 0; i < drafts.length; i++) {
    const checked = checker.check(drafts[i]!)
    if (checked) usable.push(checked)
    if ((i + 1) % PLAN_SLICE === 0) yield (i + 1) / total
  }
  const capacity = Math.max(0, CUSTOM_FIELDS_MAX - session.customFields.size)
  const names = [...checker.newFields.values()]

  // The people already in the circle are indexed at once; the drafts one slice at a time.
  const finder = new DuplicateFinder(session.people.getSnapshot())
  yield drafts.length / total
  const byLine = new Map<number, PersonDraft>()
  const fresh: PersonDraft[] = []
  const duplicates: PlannedDuplicate[] = []
  for (let i = 0; i < usable.length; i++) {
    const draft = usable[i]!
    const match = finder.match(draft)
    if (!match) {
      fresh.push(draft)
    } else {
      const other =
        match.matchId !== null
          ? session.people.get(match.matchId)
          : byLine.get(match.matchLine ?? Number.NaN)
      duplicates.push({
        draft,
        by: match.by,
        matchId: match.matchId,
        matchLine: match.matchLine,
        matchName: other?.name ?? '',
        choice: proposedChoice(draft, match.by, other),
      })
    }
    if (!byLine.has(draft.line)) byLine.set(draft.line, draft)
    if ((i + 1) % PLAN_SLICE === 0) yield (drafts.length + (i + 1) / 2) / total
  }
  return {
    fresh,
    duplicates,
    issues: found.sort((a, b) => a.line - b.line),
    customFields: { create: names.slice(0, capacity), dropped: names.slice(capacity) },
  }
}

type Contact = Pick<PersonDraft, 'name' | 'email' | 'phone'>

function proposedChoice(draft: Contact, by: PlannedDuplicate['by'], other?: Contact) {
  if (by !== 'name' || !other) return 'merge'
  const differ = (a: string, b: string) => a !== '' && b !== '' && a !== b
  if (differ(emailKey(draft.email), emailKey(other.email))) return 'add'
  if (differ(phoneKey(draft.phone), phoneKey(other.phone))) return 'add'
  return 'merge'
}

// ---- running a plan ------------------------------------------------------------------------

export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

export const report = (onProgress: RunImportOptions['onProgress'], fraction: number): void => {
  try {
    onProgress?.(Math.min(1, Math.max(0, fraction)))
  } catch {
    // A failing progress display must not stop (or half-stop) the import.
  }
}

export const issueCode = (code: string): ImportIssue['code'] =>
  code === 'tooLong' || code === 'tooMany' ? 'tooLong' : 'badValue'
