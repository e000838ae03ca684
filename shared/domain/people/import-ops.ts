/** What a plan and the user's duplicate choices come to: people to add and merges. */
import { setOwn } from '../../interop/draft'
import type { PersonDraft } from '../../interop/types'
import { PERSON_LIMITS } from './person'
import type { DuplicateChoices, ImportPlan } from './import-plan'

export interface AddOp {
  kind: 'add'
  /** The plan's draft until another row merges into it, then a copy of its own. */
  draft: PersonDraft
  owned: boolean
  personId: string | null
}

/** Rows of the file merged into a person already in the circle. */
export interface MergeOp {
  kind: 'merge'
  draft: PersonDraft
  owned: boolean
  personId: string
}

export type Op = AddOp | MergeOp

export interface Resolved {
  ops: Op[]
  merged: number
  skipped: number
  /** Source id → the op (or existing person id) that stands for it, for relationships. */
  sources: Map<string, Op | string>
}

/** A copy of the draft whose lists and records may be changed by merging. */
const cloneDraft = (d: PersonDraft): PersonDraft => {
  const custom: Record<string, string> = {}
  for (const key of Object.keys(d.custom)) setOwn(custom, key, d.custom[key] ?? '')
  return {
    ...d,
    unitPath: [...d.unitPath],
    tags: [...d.tags],
    languages: [...d.languages],
    assessments: [...d.assessments],
    relationships: [...d.relationships],
    custom,
  }
}

export const union = (a: readonly string[], b: readonly string[], max: number): string[] => {
  const seen = new Set(a.map((x) => x.trim()).filter((x) => x !== ''))
  for (const x of b) {
    if (seen.size >= max) break
    const trimmed = x.trim()
    if (trimmed !== '') seen.add(trimmed)
  }
  return [...seen]
}

/** Fills the empty fields of `into` from `from`, and joins their lists. */
function fold(into: PersonDraft, from: PersonDraft): void {
  for (const key of ['email', 'phone', 'address', 'role', 'notes'] as const) {
    if (into[key].trim() === '') into[key] = from[key]
  }
  if (into.unitPath.length === 0) into.unitPath = [...from.unitPath]
  if (into.stage === 'none') into.stage = from.stage
  into.leader ||= from.leader
  if (into.lastContactAt === 0) into.lastContactAt = from.lastContactAt
  if (into.assessment === 0) into.assessment = from.assessment
  into.tags = union(into.tags, from.tags, PERSON_LIMITS.tags)
  into.languages = union(into.languages, from.languages, PERSON_LIMITS.languages)
  for (const key of Object.keys(from.custom)) {
    if (!Object.hasOwn(into.custom, key)) setOwn(into.custom, key, from.custom[key] ?? '')
  }
  into.assessments.push(...from.assessments)
  into.relationships.push(...from.relationships)
}

function foldInto(op: Op, draft: PersonDraft): void {
  if (!op.owned) {
    op.draft = cloneDraft(op.draft)
    op.owned = true
  }
  fold(op.draft, draft)
}

/** Applies the choices: which rows become new people, which merge into whom, which are left. */
export function resolveOps(plan: ImportPlan, choices: DuplicateChoices): Resolved {
  const duplicates = new Map(plan.duplicates.map((d) => [d.draft.line, d]))
  const drafts = [...plan.fresh, ...plan.duplicates.map((d) => d.draft)].sort(
    (a, b) => a.line - b.line,
  )
  const ops: Op[] = []
  const sources = new Map<string, Op | string>()
  const byLine = new Map<number, Op | string>()
  const mergeOps = new Map<string, MergeOp>()
  let merged = 0
  let skipped = 0
  const remember = (draft: PersonDraft, target: Op | string) => {
    if (!byLine.has(draft.line)) byLine.set(draft.line, target)
    if (draft.sourceId !== '' && !sources.has(draft.sourceId)) sources.set(draft.sourceId, target)
  }
  for (const draft of drafts) {
    const duplicate = duplicates.get(draft.line)
    const choice = duplicate ? (choices.get(draft.line) ?? duplicate.choice) : 'add'
    const target = duplicate
      ? (duplicate.matchId ?? byLine.get(duplicate.matchLine ?? Number.NaN))
      : undefined
    if (choice === 'skip') {
      skipped++
      if (target !== undefined) remember(draft, target)
      continue
    }
    if (choice === 'merge' && target !== undefined) {
      merged++
      let op: Op
      if (typeof target !== 'string') {
        op = target
        foldInto(op, draft)
      } else if (mergeOps.has(target)) {
        op = mergeOps.get(target)!
        foldInto(op, draft)
      } else {
        op = { kind: 'merge', draft, owned: false, personId: target }
        mergeOps.set(target, op)
        ops.push(op)
      }
      remember(draft, op)
      continue
    }
    const op: AddOp = { kind: 'add', draft, owned: false, personId: null }
    ops.push(op)
    remember(draft, op)
  }
  return { ops, merged, skipped, sources }
}
