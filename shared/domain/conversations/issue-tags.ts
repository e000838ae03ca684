import type { Conversation } from './conversation'

export interface IssueTag {
  /** The spelling used most often (ties: the first in text order). */
  tag: string
  /** In how many conversations it was raised. */
  count: number
}

const keyOf = (tag: string) => tag.trim().toLocaleLowerCase()

/**
 * The circle's issue vocabulary: the distinct issue tags raised in its conversations, with how
 * often, most raised first. "Rent" and "rent" are one issue.
 */
export function issueVocabulary(conversations: readonly Conversation[]): IssueTag[] {
  const byKey = new Map<string, { count: number; spellings: Map<string, number> }>()
  for (const c of conversations) {
    const seen = new Set<string>()
    for (const raw of c.issues) {
      const k = keyOf(raw)
      if (k === '' || seen.has(k)) continue
      seen.add(k)
      let entry = byKey.get(k)
      if (!entry) byKey.set(k, (entry = { count: 0, spellings: new Map() }))
      entry.count++
      const tag = raw.trim()
      entry.spellings.set(tag, (entry.spellings.get(tag) ?? 0) + 1)
    }
  }
  const out: IssueTag[] = []
  for (const { count, spellings } of byKey.values()) {
    const [tag] = [...spellings].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))[0]!
    out.push({ tag, count })
  }
  return out.sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag))
}

/**
 * Suggestions for an issue being typed: tags containing the text (those starting with it
 * first, each group most raised first), leaving out the ones already chosen.
 */
export function suggestIssues(
  vocabulary: readonly IssueTag[],
  typed: string,
  chosen: readonly string[],
  limit = 8,
): IssueTag[] {
  const q = keyOf(typed)
  const taken = new Set(chosen.map(keyOf))
  const open = vocabulary.filter((v) => !taken.has(keyOf(v.tag)))
  if (q === '') return open.slice(0, limit)
  const starts = open.filter((v) => keyOf(v.tag).startsWith(q))
  const contains = open.filter((v) => !keyOf(v.tag).startsWith(q) && keyOf(v.tag).includes(q))
  return [...starts, ...contains].slice(0, limit)
}

/** Adds a typed tag to a list unless the list already holds it in any spelling. */
export function addIssue(list: readonly string[], typed: string): string[] {
  const tag = typed.trim()
  if (tag === '' || list.some((t) => keyOf(t) === keyOf(tag))) return [...list]
  return [...list, tag]
}
