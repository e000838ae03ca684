/**
 * Keyboard movement in the chart grid (no DOM here, so it is unit-tested). The grid has one
 * row per unit; a unit's cells wrap onto visual lines of `columns` cells each.
 *
 *  - ArrowLeft / ArrowRight: the previous / next person, on to the neighbouring unit at the ends
 *  - ArrowUp / ArrowDown: the cell above / below, across units, keeping the column
 *  - Home / End: the first / last person of the unit; with Ctrl, of the whole chart
 *  - PageUp / PageDown: the previous / next unit, keeping the column
 *
 * Units without people are skipped.
 */
export interface GridPos {
  row: number
  index: number
}

const nextFilled = (lengths: readonly number[], row: number, step: 1 | -1): number => {
  for (let r = row + step; r >= 0 && r < lengths.length; r += step) if (lengths[r]! > 0) return r
  return -1
}

/** Where `key` moves from `from`; `from` itself at an edge; null for keys that do not move. */
export function moveInGrid(
  lengths: readonly number[],
  from: GridPos,
  key: string,
  columns: number,
  ctrl = false,
): GridPos | null {
  const cols = Math.max(1, Math.floor(columns))
  const len = lengths[from.row] ?? 0
  if (len === 0) {
    const first = nextFilled(lengths, -1, 1)
    return first < 0 ? null : { row: first, index: 0 }
  }
  const index = Math.min(Math.max(0, from.index), len - 1)
  const col = index % cols
  const line = Math.floor(index / cols)
  const lastLine = (n: number) => Math.floor((n - 1) / cols)
  const stay = { row: from.row, index }
  switch (key) {
    case 'ArrowRight': {
      if (index + 1 < len) return { row: from.row, index: index + 1 }
      const r = nextFilled(lengths, from.row, 1)
      return r < 0 ? stay : { row: r, index: 0 }
    }
    case 'ArrowLeft': {
      if (index > 0) return { row: from.row, index: index - 1 }
      const r = nextFilled(lengths, from.row, -1)
      return r < 0 ? stay : { row: r, index: lengths[r]! - 1 }
    }
    case 'ArrowDown': {
      if (line < lastLine(len)) return { row: from.row, index: Math.min(index + cols, len - 1) }
      const r = nextFilled(lengths, from.row, 1)
      return r < 0 ? stay : { row: r, index: Math.min(col, lengths[r]! - 1) }
    }
    case 'ArrowUp': {
      if (line > 0) return { row: from.row, index: index - cols }
      const r = nextFilled(lengths, from.row, -1)
      if (r < 0) return stay
      const n = lengths[r]!
      return { row: r, index: Math.min(lastLine(n) * cols + col, n - 1) }
    }
    case 'PageDown':
    case 'PageUp': {
      const r = nextFilled(lengths, from.row, key === 'PageDown' ? 1 : -1)
      return r < 0 ? stay : { row: r, index: Math.min(col, lengths[r]! - 1) }
    }
    case 'Home': {
      if (!ctrl) return { row: from.row, index: 0 }
      return { row: nextFilled(lengths, -1, 1), index: 0 }
    }
    case 'End': {
      if (!ctrl) return { row: from.row, index: len - 1 }
      const r = nextFilled(lengths, lengths.length, -1)
      return { row: r, index: lengths[r]! - 1 }
    }
    default:
      return null
  }
}
