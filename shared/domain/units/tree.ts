import type { Unit } from './unit'

export interface UnitNode {
  unit: Unit
  depth: number
  /** Names from the top of the tree down to this unit. */
  path: string[]
}

/**
 * The units as a tree, flattened depth-first in name order. A unit whose parent is missing
 * (deleted on another peer) or part of a cycle (two peers moved units under each other at
 * once) is shown at the top level, so no unit is ever lost from view.
 */
export function flattenUnits(units: readonly Unit[]): UnitNode[] {
  const byId = new Map(units.map((u) => [u.id, u]))
  const children = new Map<string, Unit[]>()
  const topLevel: Unit[] = []
  for (const u of units) {
    if (u.parentId === '' || !byId.has(u.parentId) || inCycle(u, byId)) topLevel.push(u)
    else {
      const list = children.get(u.parentId) ?? []
      list.push(u)
      children.set(u.parentId, list)
    }
  }
  const out: UnitNode[] = []
  const visit = (u: Unit, depth: number, path: string[]) => {
    const here = [...path, u.name]
    out.push({ unit: u, depth, path: here })
    for (const c of children.get(u.id) ?? []) visit(c, depth + 1, here)
  }
  // `units` comes sorted by name from the collection; children keep that order.
  for (const u of topLevel) visit(u, 0, [])
  return out
}

function inCycle(u: Unit, byId: Map<string, Unit>): boolean {
  const seen = new Set<string>([u.id])
  let p = byId.get(u.parentId)
  while (p) {
    if (seen.has(p.id)) return true
    seen.add(p.id)
    if (p.parentId === '') return false
    p = byId.get(p.parentId)
  }
  return false
}

/** Ids of a unit and all units below it. */
export function unitWithDescendants(nodes: readonly UnitNode[], unitId: string): Set<string> {
  const out = new Set<string>()
  const start = nodes.findIndex((n) => n.unit.id === unitId)
  if (start < 0) return out
  const depth = nodes[start]!.depth
  out.add(unitId)
  for (let i = start + 1; i < nodes.length && nodes[i]!.depth > depth; i++)
    out.add(nodes[i]!.unit.id)
  return out
}

/** "Harbour › Night shift" for showing a unit with its place in the tree. */
export const unitLabel = (node: UnitNode | undefined) => (node ? node.path.join(' › ') : '')
