import { CANVAS, STANCES, stanceBand, toCanvas, type StanceBand } from './grid'
import type { Stakeholder, StakeholderLink } from './power-map'

/** Text the SVG shows, already translated by the caller. */
export interface SvgText {
  title: string
  stances: Record<StanceBand, string>
  quadrants: { highAgainst: string; highFor: string; lowAgainst: string; lowFor: string }
  power: string
  nameOf: (s: Stakeholder) => string
}

const COLOURS: Record<StanceBand, string> = {
  opponent: '#a4262c',
  leaningAgainst: '#c2662d',
  undecided: '#6b6760',
  leaningFor: '#2f7d5b',
  champion: '#1f5c4a',
}

/** Escapes text for XML (names come from people and peers: never markup). */
const esc = (s: string) =>
  [...s]
    .filter((c) => c >= ' ' || c === '\n' || c === '\t')
    .join('')
    .replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * The map as a standalone SVG document (for export and printing): the grid, the quadrants,
 * the relationships and the stakeholders, from the stored grid coordinates.
 */
export function mapToSvg(
  stakeholders: readonly Stakeholder[],
  links: readonly StakeholderLink[],
  text: SvgText,
): string {
  const pad = 60
  const w = CANVAS.right - CANVAS.left
  const h = CANVAS.bottom - CANVAS.top
  const x0 = CANVAS.left - pad
  const y0 = CANVAS.top - pad
  const colW = w / STANCES.length
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${x0} ${y0} ${w + 2 * pad} ${h + 2 * pad}" width="${w + 2 * pad}" height="${h + 2 * pad}" font-family="system-ui, sans-serif">`,
    `<title>${esc(text.title)}</title>`,
    `<rect x="${x0}" y="${y0}" width="${w + 2 * pad}" height="${h + 2 * pad}" fill="#ffffff"/>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="#555"/></marker></defs>`,
  ]
  STANCES.forEach((s, i) => {
    const x = CANVAS.left + i * colW
    out.push(
      `<rect x="${x}" y="${CANVAS.top}" width="${colW}" height="${h}" fill="${COLOURS[s]}" fill-opacity="0.06" stroke="#d8d4cc"/>`,
      `<text x="${x + colW / 2}" y="${CANVAS.top - 14}" text-anchor="middle" font-size="16" fill="#333">${esc(text.stances[s])}</text>`,
    )
  })
  out.push(
    `<line x1="${CANVAS.left}" y1="${h / 2}" x2="${CANVAS.right}" y2="${h / 2}" stroke="#999" stroke-dasharray="6 4"/>`,
    `<text x="${CANVAS.left + 8}" y="${CANVAS.top + 20}" font-size="13" fill="#888">${esc(text.quadrants.highAgainst)}</text>`,
    `<text x="${CANVAS.right - 8}" y="${CANVAS.top + 20}" font-size="13" fill="#888" text-anchor="end">${esc(text.quadrants.highFor)}</text>`,
    `<text x="${CANVAS.left + 8}" y="${CANVAS.bottom - 8}" font-size="13" fill="#888">${esc(text.quadrants.lowAgainst)}</text>`,
    `<text x="${CANVAS.right - 8}" y="${CANVAS.bottom - 8}" font-size="13" fill="#888" text-anchor="end">${esc(text.quadrants.lowFor)}</text>`,
    `<text transform="translate(${CANVAS.left - 20} ${h / 2}) rotate(-90)" text-anchor="middle" font-size="14" fill="#333">${esc(text.power)}</text>`,
  )
  const at = new Map(stakeholders.map((s) => [s.id, toCanvas(s)]))
  for (const l of links) {
    const a = at.get(l.fromId)
    const b = at.get(l.toId)
    if (!a || !b) continue
    const both = l.direction === 'both' ? ' marker-start="url(#arrow)"' : ''
    out.push(
      `<line x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" stroke="#555" stroke-width="${l.strength}" marker-end="url(#arrow)"${both}/>`,
    )
  }
  for (const s of stakeholders) {
    const p = at.get(s.id)!
    const c = COLOURS[stanceBand(s.stance)]
    out.push(
      `<g><circle cx="${p.x}" cy="${p.y}" r="7" fill="${c}"/><text x="${p.x}" y="${p.y + 20}" text-anchor="middle" font-size="12" fill="#111">${esc(text.nameOf(s))}</text></g>`,
    )
  }
  out.push('</svg>')
  return out.join('\n')
}
