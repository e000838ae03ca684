/** What the power map bench page (bench-page.tsx) returns to bench/powermap.ts. */
export interface PowerMapRun {
  render_ms: number
  /** Intervals between animation frames while the node is dragged (one move per frame). */
  frames_ms: number[]
  /** Ours: the drop was stored in the session (bare: always false). */
  moved: boolean
}

export type PowerMapKind = 'ours' | 'bare'

declare global {
  interface Window {
    runPowerMap: (
      kind: PowerMapKind,
      n: number,
      links: number,
      moves: number,
    ) => Promise<PowerMapRun>
    benchReady?: boolean
  }
}
