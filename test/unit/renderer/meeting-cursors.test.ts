import { describe, expect, it } from 'vitest'
import { showCursorOf } from '../../../renderer/src/features/meetings/notes/cursors'

const member = { id: 'member-aaaaaaaa', name: 'Ben', colour: '#1d4ed8' }
const position = {
  type: { client: 1, clock: 2 },
  tname: null,
  item: { client: 3, clock: 4 },
  assoc: 0,
}

/** Which peers' cursors the notes show: a peer's awareness state can hold anything. */
describe('meeting notes cursors', () => {
  it('shows a member with a well-formed cursor, or no cursor yet; never our own', () => {
    expect(showCursorOf(1, 2, { member, cursor: { anchor: position, head: position } })).toBe(true)
    expect(showCursorOf(1, 2, { member, cursor: null })).toBe(true)
    expect(showCursorOf(1, 1, { member, cursor: { anchor: position, head: position } })).toBe(false)
  })

  it('ignores peers without valid member info or with malformed cursors', () => {
    const cursor = { anchor: position, head: position }
    for (const state of [
      null,
      'x',
      { cursor },
      { member: { ...member, colour: 'red; background: url(x)' }, cursor },
      { member: { ...member, name: '' }, cursor },
      { member, cursor: 'x' },
      { member, cursor: { anchor: position } },
      { member, cursor: { anchor: position, head: { type: 'x' } } },
      {
        member,
        cursor: { anchor: position, head: { ...position, item: { client: -1, clock: 0 } } },
      },
      { member, cursor: { anchor: position, head: { ...position, tname: 'x'.repeat(500) } } },
    ])
      expect(showCursorOf(1, 2, state)).toBe(false)
  })
})
