import { describe, expect, it } from 'vitest'
import { makeTrace, replay, Rope } from '../../../bench/trace'

describe('the editing trace of the editor benchmark', () => {
  it('is the same for the same seed, has at least 100,000 keystrokes and replays to its text', () => {
    const a = makeTrace(4, 120_000)
    const b = makeTrace(4, 120_000)
    expect(a.ops.length).toBeGreaterThanOrEqual(120_000)
    expect(a.ops).toEqual(b.ops)
    expect(replay(a.ops)).toBe(a.finalText)
    // Single-character keystrokes, some of them deletions, in paragraphs.
    expect(a.ops.every(([, del, ins]) => del + ins.length === 1)).toBe(true)
    const deletions = a.ops.filter(([, del]) => del > 0).length
    expect(deletions / a.ops.length).toBeGreaterThan(0.2)
    expect(a.finalText.split('\n').length).toBeGreaterThan(100)
    expect(makeTrace(5, 1_000).ops).not.toEqual(makeTrace(4, 1_000).ops)
  })

  it('keeps a rope equal to the plain string it stands for', () => {
    const rope = new Rope()
    let plain = ''
    for (let i = 0; i < 3_000; i++) {
      const pos = (i * 7919) % (plain.length + 1)
      if (i % 3 === 2 && plain.length > 0) {
        const at = Math.min(pos, plain.length - 1)
        rope.delete(at, 1)
        plain = plain.slice(0, at) + plain.slice(at + 1)
      } else {
        const ch = String.fromCharCode(97 + (i % 26))
        rope.insert(pos, ch)
        plain = plain.slice(0, pos) + ch + plain.slice(pos)
      }
      expect(rope.length).toBe(plain.length)
    }
    expect(rope.toString()).toBe(plain)
    expect(rope.charAt(10)).toBe(plain[10])
  })
})
