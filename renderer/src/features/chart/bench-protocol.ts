/** What the chart bench page (bench-page.tsx) gives bench/chart.ts through `window.chartBench`. */

export interface ChartRenderOptions {
  people: number
  units: number
  /** Fresh circles rendered one after the other. */
  runs: number
  /** New assessments per circle, each timed. */
  updates: number
}

export interface ChartRenderResult {
  n: number
  /** Person cells in the grid after the first render. */
  cells: number
  /** First render of the view with its layout (the history plot comes in a deferred render). */
  render_ms: number[]
  /** Until the page was idle again after the first render (history and plot included). */
  render_settled_ms: number[]
  /** The same cells made with plain DOM calls, with layout. */
  floor_ms: number[]
  /** One new assessment until the grid and counts show it, with layout. */
  update_ms: number[]
  /** One new assessment until the page was idle again (history and plot included). */
  update_settled_ms: number[]
  /** DOM elements under the view after the first render. */
  dom_nodes: number
}

declare global {
  interface Window {
    chartBench?: { run(options: ChartRenderOptions): Promise<ChartRenderResult> }
  }
}
