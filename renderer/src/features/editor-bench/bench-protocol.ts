/** What the editor bench page (bench-page.ts) returns to bench/editor-trace.ts. */

/**
 * raw: a bare Y.Text; binding: ProseMirror with y-prosemirror's ySyncPlugin, its view off the
 * page; attached: the same with the view in the page (every keystroke also lays it out).
 */
export type TraceKind = 'raw' | 'binding' | 'attached'

export interface TraceRun {
  kind: TraceKind
  ms: number
  ops: number
  /** The document's text after the trace equals the trace's own final text. */
  correct: boolean
  final_chars: number
}

export interface KeystrokeSetup {
  chars: number
  paragraphs: number
  setup_ms: number
}

declare global {
  interface Window {
    benchReady?: boolean
    /** The whole trace, or its first `limit` operations. */
    runTrace: (kind: TraceKind, limit?: number) => Promise<TraceRun>
    /** Opens the notes editor on a note of `chars` characters and focuses it mid-note. */
    setupKeystrokes: (chars: number) => Promise<KeystrokeSetup>
    /** Milliseconds per keystroke since setupKeystrokes (keydown to the updated, laid-out editor). */
    keystrokeTimes: () => number[]
    /** The note's text length now (to check that the keystrokes arrived). */
    noteLength: () => number
  }
}
