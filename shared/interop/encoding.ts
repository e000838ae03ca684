/**
 * Turns the bytes of an import file into text: byte-order marks first, then strict UTF-8,
 * then Windows-1252 (what Excel on Windows writes, a superset of Latin-1). Files that are too
 * large, empty, or not text at all are refused before anything else looks at them.
 */
import { MAX_IMPORT_BYTES, type ImportRefusal } from './types'

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

export type DecodeResult =
  { ok: true; text: string; encoding: TextEncodingName } | { ok: false; refusal: ImportRefusal }

/** Share of C0 control characters (other than tab, CR, LF) above which a file is binary. */
const MAX_CONTROL_SHARE = 0.01

export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length > MAX_IMPORT_BYTES) {
    return { ok: false, refusal: { code: 'tooLarge', limit: MAX_IMPORT_BYTES } }
  }
  let decoded: { text: string; encoding: TextEncodingName }
  try {
    decoded = decode(bytes)
  } catch {
    return { ok: false, refusal: { code: 'binary' } }
  }
  if (decoded.text.trim() === '') return { ok: false, refusal: { code: 'empty' } }
  if (looksBinary(decoded.text)) return { ok: false, refusal: { code: 'binary' } }
  return { ok: true, ...decoded }
}

function decode(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const [b0, b1, b2] = bytes
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return { text: run('utf-8', bytes.subarray(3)), encoding: 'utf-8' }
  }
  if (b0 === 0xff && b1 === 0xfe) {
    return { text: run('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' }
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return { text: run('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' }
  }
  const utf16 = guessUtf16(bytes)
  if (utf16 !== null) return { text: run(utf16, bytes), encoding: utf16 }
  try {
    return { text: run('utf-8', bytes, true), encoding: 'utf-8' }
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' }
  }
}

const run = (label: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array, fatal = false): string =>
  new TextDecoder(label, { fatal, ignoreBOM: true }).decode(bytes)

/** Windows-1252 characters of bytes 0x80-0x9F; the rest of the code page is Latin-1. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
]

/**
 * Decoded by hand: Node's TextDecoder('windows-1252') decodes as Latin-1 (0x80 is not '€'),
 * while browsers follow the Encoding Standard. This gives the same text in both.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = []
  const codes = new Uint16Array(8192)
  for (let start = 0; start < bytes.length; start += codes.length) {
    const slice = bytes.subarray(start, start + codes.length)
    for (let i = 0; i < slice.length; i++) {
      const byte = slice[i]!
      codes[i] = byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH[byte - 0x80]! : byte
    }
    parts.push(String.fromCharCode(...codes.subarray(0, slice.length)))
  }
  return parts.join('')
}

/**
 * UTF-16 without a byte-order mark: text in Latin script has a zero in every other byte. Looks
 * at the start of the file only; binary files rarely show the pattern, and the control-character
 * check after decoding catches those that do.
 */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = Math.min(bytes.length, 4096) & ~1
  if (sample < 4) return null
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++
    if (bytes[i + 1] === 0) oddZeros++
  }
  const pairs = sample / 2
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.05) return 'utf-16le'
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.05) return 'utf-16be'
  return null
}

function looksBinary(text: string): boolean {
  const allowed = Math.floor(text.length * MAX_CONTROL_SHARE)
  let controls = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) continue
    if (code === 0) return true
    controls++
    if (controls > allowed) return true
  }
  return false
}
