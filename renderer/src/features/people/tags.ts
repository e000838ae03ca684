/** "a, b ,c" → ["a", "b", "c"] (empty entries dropped). */
export const parseTags = (text: string): string[] =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)

export const formatTags = (tags: readonly string[]): string => tags.join(', ')
