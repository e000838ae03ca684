import { describe, expect, it } from 'vitest'
import { decodeText } from '@shared/interop/encoding'
import { MAX_IMPORT_BYTES } from '@shared/interop/types'
import { fixtureBytes } from './helpers'

const utf8 = (text: string): number[] => [...new TextEncoder().encode(text)]
const utf16le = (text: string): number[] =>
  [...text].flatMap((ch) => {
    const code = ch.charCodeAt(0)
    return [code & 0xff, code >> 8]
  })

describe('decodeText', () => {
  it('reads UTF-8 and strips its byte-order mark', () => {
    const result = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Name\nMüller')]))
    expect(result).toEqual({ ok: true, text: 'Name\nMüller', encoding: 'utf-8' })
    expect(decodeText(new Uint8Array(utf8('Ayşe 🌻')))).toMatchObject({ text: 'Ayşe 🌻' })
  })

  it('reads UTF-16 with a byte-order mark, little- and big-endian', () => {
    const le = decodeText(new Uint8Array([0xff, 0xfe, ...utf16le('Größe')]))
    expect(le).toEqual({ ok: true, text: 'Größe', encoding: 'utf-16le' })
    const beBytes = utf16le('Größe').map((_, i, all) => all[i ^ 1]!)
    const be = decodeText(new Uint8Array([0xfe, 0xff, ...beBytes]))
    expect(be).toEqual({ ok: true, text: 'Größe', encoding: 'utf-16be' })
  })

  it('recognises UTF-16 without a byte-order mark', () => {
    const result = decodeText(new Uint8Array(utf16le('Name,Email\r\nJürgen,j@example.org\r\n')))
    expect(result).toMatchObject({ ok: true, encoding: 'utf-16le' })
    expect(result.ok && result.text.startsWith('Name,Email\r\nJürgen')).toBe(true)
  })

  it('falls back to Windows-1252 for files that are not UTF-8', () => {
    const muller = decodeText(new Uint8Array([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72]))
    expect(muller).toEqual({ ok: true, text: 'Müller', encoding: 'windows-1252' })
    const file = decodeText(fixtureBytes('cp1252-export.csv'))
    expect(file.ok && file.encoding).toBe('windows-1252')
    expect(file.ok && file.text).toContain('Jörg Müller;Straße 5, Köln;Größe: 1,80 m – 3€')
    expect(file.ok && file.text).toContain('Renée Façade')
  })

  it('refuses a file over the size limit without decoding it', () => {
    const huge = new Uint8Array(MAX_IMPORT_BYTES + 1)
    expect(decodeText(huge)).toEqual({
      ok: false,
      refusal: { code: 'tooLarge', limit: MAX_IMPORT_BYTES },
    })
  })

  it('refuses binary files', () => {
    const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]
    expect(decodeText(new Uint8Array(png))).toEqual({ ok: false, refusal: { code: 'binary' } })
    let seed = 7
    const junk = Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) % 256))
    expect(decodeText(new Uint8Array(junk))).toMatchObject({ refusal: { code: 'binary' } })
    const nul = decodeText(new Uint8Array([...utf8('Name\nAda'), 0, ...utf8('more text')]))
    expect(nul).toMatchObject({ refusal: { code: 'binary' } })
  })

  it('tolerates a stray control character but not many', () => {
    const text = 'a'.repeat(500)
    expect(decodeText(new Uint8Array(utf8(`${text}\u0007${text}`))).ok).toBe(true)
    const noisy = Array.from({ length: 50 }, () => 'abcdefghij\u0001').join('')
    expect(decodeText(new Uint8Array(utf8(noisy)))).toMatchObject({ refusal: { code: 'binary' } })
  })

  it('refuses empty and blank files', () => {
    for (const bytes of [[], utf8('  \r\n\t\n'), [0xef, 0xbb, 0xbf]]) {
      expect(decodeText(new Uint8Array(bytes))).toEqual({ ok: false, refusal: { code: 'empty' } })
    }
  })
})
