/**
 * The colours of the assessments in the chart: a diverging blue–red scale that stays apart for
 * the common colour-vision deficiencies. Colour is never the only cue (cells also show the
 * number); every text colour has a contrast of at least 4.5:1 on its background (WCAG AA),
 * which test/unit/shared/chart.test.ts checks.
 */
export interface Swatch {
  background: string
  text: string
}

export const ASSESSMENT_COLOURS: Readonly<Record<0 | 1 | 2 | 3 | 4 | 5, Swatch>> = {
  0: { background: '#ffffff', text: '#1d1b18' },
  1: { background: '#08519c', text: '#ffffff' },
  2: { background: '#9ecae1', text: '#1d1b18' },
  3: { background: '#f0e442', text: '#1d1b18' },
  4: { background: '#f4a582', text: '#1d1b18' },
  5: { background: '#b2182b', text: '#ffffff' },
}

export const swatchOf = (assessment: number): Swatch =>
  ASSESSMENT_COLOURS[(assessment >= 0 && assessment <= 5 ? assessment : 0) as 0]

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const x = luminance(a)
  const y = luminance(b)
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05)
}
