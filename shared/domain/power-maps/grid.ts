import { POWER_MAX, POWER_MIN, STANCE_MAX, STANCE_MIN, type Stakeholder } from './power-map'

/** The five stances, from against to for, as columns of the grid. */
export const STANCES = [
  'opponent',
  'leaningAgainst',
  'undecided',
  'leaningFor',
  'champion',
] as const
export type StanceBand = (typeof STANCES)[number]

/**
 * The band a stance value falls in: -100…-60 opponent, -59…-21 leaning against, -20…20
 * undecided, 21…59 leaning for, 60…100 champion (symmetric around undecided).
 */
export function stanceBand(stance: number): StanceBand {
  const s = clampStance(stance)
  if (s <= -60) return 'opponent'
  if (s < -20) return 'leaningAgainst'
  if (s <= 20) return 'undecided'
  if (s < 60) return 'leaningFor'
  return 'champion'
}

/** The middle stance value of a band (where the table view puts a stakeholder). */
export function bandCentre(band: StanceBand): number {
  return (STANCES.indexOf(band) - 2) * 40
}

/** Three levels of power, for the table view and for screen-reader text. */
export const POWER_LEVELS = ['low', 'medium', 'high'] as const
export type PowerLevel = (typeof POWER_LEVELS)[number]

export function powerLevel(power: number): PowerLevel {
  return power >= 67 ? 'high' : power >= 34 ? 'medium' : 'low'
}

/** The quadrant a stakeholder is in: power high or low, stance for or against (or neither). */
export type Quadrant = 'highAgainst' | 'highFor' | 'lowAgainst' | 'lowFor'

export function quadrantOf(s: Pick<Stakeholder, 'power' | 'stance'>): Quadrant | null {
  if (s.stance === 0) return null
  const high = s.power >= 50
  return s.stance < 0 ? (high ? 'highAgainst' : 'lowAgainst') : high ? 'highFor' : 'lowFor'
}

export const clampPower = (p: number) =>
  Math.round(Math.min(POWER_MAX, Math.max(POWER_MIN, Number.isFinite(p) ? p : 0)))
export const clampStance = (s: number) =>
  Math.round(Math.min(STANCE_MAX, Math.max(STANCE_MIN, Number.isFinite(s) ? s : 0)))

/**
 * The canvas's coordinate system: one grid unit is `UNIT` canvas units. Stance runs left
 * (opponent) to right (champion), power bottom (low) to top (high). Only the grid
 * coordinates are stored; these are for drawing.
 */
export const UNIT = 4
export const CANVAS = {
  left: STANCE_MIN * UNIT,
  right: STANCE_MAX * UNIT,
  top: 0,
  bottom: (POWER_MAX - POWER_MIN) * UNIT,
}

export function toCanvas(p: Pick<Stakeholder, 'power' | 'stance'>): { x: number; y: number } {
  return { x: p.stance * UNIT, y: (POWER_MAX - p.power) * UNIT }
}

export function fromCanvas(x: number, y: number): { power: number; stance: number } {
  return { power: clampPower(POWER_MAX - y / UNIT), stance: clampStance(x / UNIT) }
}
