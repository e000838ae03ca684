/**
 * A recorded-style editing trace: one member writing a long text keystroke by keystroke.
 *
 * The published traces (automerge-perf's editing trace of a LaTeX paper, used as crdt-benchmarks'
 * B4) could not be obtained here: no npm package ships them, and nothing else can be fetched.
 * So this trace is made by a seeded model of a typist instead, shaped like that one: about
 * 260,000 single-character operations, about 30 % of them deletions, ending in a text of about
 * 100,000 characters in paragraphs. The typist writes words at the cursor, corrects typos with
 * backspace, ends paragraphs, and now and then goes back to an earlier place to insert or
 * delete before returning to the end. The same seed gives the same trace on every run, in Node
 * and in the browser.
 */
import * as prng from 'lib0/prng'

/** One edit: at `pos` (a character offset) delete `del` characters, then insert `ins`. */
export type TraceOp = readonly [pos: number, del: number, ins: string]

export interface Trace {
  ops: TraceOp[]
  finalText: string
}

const WORDS = (
  'the of and to in a is that for it as with was on be by this are from at or an which ' +
  'members union meeting workers tenants rent landlord boiler repair petition majority strike ' +
  'organizing committee leader shift campaign demand council agreement vote proposal notes ' +
  'action decision assembly building floor contract wage safety heating deposit eviction ' +
  'conversation follow issue plan power structure test escalation list people contact'
).split(' ')

/** A string in chunks of at most 512 characters: single-character edits stay cheap. */
export class Rope {
  private chunks: string[] = ['']
  length = 0

  private locate(pos: number): [number, number] {
    let i = 0
    while (i < this.chunks.length - 1 && pos > this.chunks[i]!.length)
      pos -= this.chunks[i++]!.length
    return [i, pos]
  }

  insert(pos: number, s: string): void {
    const [i, at] = this.locate(pos)
    const c = this.chunks[i]!
    const next = c.slice(0, at) + s + c.slice(at)
    if (next.length > 512) this.chunks.splice(i, 1, next.slice(0, 256), next.slice(256))
    else this.chunks[i] = next
    this.length += s.length
  }

  delete(pos: number, n: number): void {
    for (let k = 0; k < n; k++) {
      let [i, at] = this.locate(pos)
      while (at >= this.chunks[i]!.length && i < this.chunks.length - 1) {
        i++
        at = 0
      }
      const c = this.chunks[i]!
      if (at >= c.length) return
      this.chunks[i] = c.slice(0, at) + c.slice(at + 1)
      if (this.chunks[i] === '' && this.chunks.length > 1) this.chunks.splice(i, 1)
      this.length--
    }
  }

  charAt(pos: number): string {
    let [i, at] = this.locate(pos)
    while (at >= this.chunks[i]!.length && i < this.chunks.length - 1) {
      i++
      at = 0
    }
    return this.chunks[i]![at] ?? ''
  }

  toString(): string {
    return this.chunks.join('')
  }
}

/** The start of the word at `pos` (where a writer puts the cursor to revise). */
function wordStart(text: Rope, pos: number): number {
  let p = pos
  for (let k = 0; k < 30 && p > 0; k++, p--) {
    const c = text.charAt(p - 1)
    if (c === ' ' || c === '\n') return p
  }
  return pos
}

/** Builds the trace (the same for the same seed and length). */
export function makeTrace(seed = 4, targetOps = 260_000): Trace {
  const gen = prng.create(seed)
  const ops: TraceOp[] = []
  const text = new Rope()
  let cursor = 0
  const insert = (s: string) => {
    for (const ch of s) {
      ops.push([cursor, 0, ch])
      text.insert(cursor, ch)
      cursor++
    }
  }
  const backspace = (n: number) => {
    for (let i = 0; i < n && cursor > 0; i++) {
      cursor--
      ops.push([cursor, 1, ''])
      text.delete(cursor, 1)
    }
  }
  const forwardDelete = (n: number) => {
    for (let i = 0; i < n && cursor < text.length; i++) {
      ops.push([cursor, 1, ''])
      text.delete(cursor, 1)
    }
  }
  let wordsInParagraph = 0
  while (ops.length < targetOps) {
    const r = prng.real53(gen)
    if (r < 0.7) {
      insert(`${prng.oneOf(gen, WORDS)} `)
      wordsInParagraph++
      if (wordsInParagraph > 8 && prng.real53(gen) < 0.07) {
        backspace(1)
        insert('.\n')
        wordsInParagraph = 0
      }
    } else if (r < 0.94) {
      // A typo noticed: rub out a few characters (or a few words) and go on.
      backspace(prng.int32(gen, 1, 12))
    } else {
      // A revision elsewhere: go back, insert or delete there, return to the end.
      cursor = wordStart(text, prng.int32(gen, 0, text.length))
      const how = prng.real53(gen)
      if (how < 0.5) insert(`${prng.oneOf(gen, WORDS)} `)
      else if (how < 0.75) forwardDelete(prng.int32(gen, 1, 20))
      else backspace(prng.int32(gen, 1, 20))
      cursor = text.length
    }
  }
  return { ops, finalText: text.toString() }
}

/** Applies a trace to a plain string (the reference result). */
export function replay(ops: readonly TraceOp[]): string {
  const text = new Rope()
  for (const [pos, del, ins] of ops) {
    if (del > 0) text.delete(pos, del)
    if (ins !== '') text.insert(pos, ins)
  }
  return text.toString()
}
