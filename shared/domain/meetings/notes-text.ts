import * as Y from 'yjs'
import { safeExternalUrl } from '../../util/links'
import { NOTE_NODES } from './notes'

/**
 * Meeting notes (a Y.XmlFragment as y-prosemirror stores the TipTap document) as plain text
 * (for search) and as Markdown (for export). Pure over Yjs types: nothing here renders HTML,
 * and every piece of user text that goes into Markdown is escaped.
 */

/** What the notes refer to by id: people and action/decision records, resolved by the caller. */
export interface NotesContext {
  /** The name of a mentioned person ('' when unknown: the node's own label is used). */
  personName(id: string): string
  /** An action item's line, e.g. "Book the hall (@Ana, due 2025-06-01)", and whether it is done. */
  action(id: string): { text: string; done: boolean } | null
  decision(id: string): string | null
}

const BLOCK_SEP = '\n'

/** Characters with a meaning anywhere in a Markdown line. */
const INLINE_SPECIAL = /[\\`*_[\]<>|~&]/g
/** Starts of a line Markdown would read as a heading, list, quote or rule. */
const LINE_START = /^(\s*)([#+\-=])/
/** A line starting like an ordered list item ("1." or "1)"): the mark after the digits is escaped. */
const ORDERED_START = /^(\s*\d+)([.)])/

/** Escapes user text for Markdown so it reads as the same text, never as markup or HTML. */
export function escapeMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      line
        .replace(INLINE_SPECIAL, '\\$&')
        .replace(LINE_START, '$1\\$2')
        .replace(ORDERED_START, '$1\\$2'),
    )
    .join('\n')
}

/** Escapes one line of user text (newlines become spaces). */
export const escapeLine = (text: string) => escapeMarkdown(text.replace(/\s*\n\s*/g, ' '))

const attr = (el: Y.XmlElement, name: string): string => {
  const v: unknown = el.getAttribute(name)
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : ''
}

const mentionName = (el: Y.XmlElement, ctx: NotesContext) =>
  ctx.personName(attr(el, 'id')) || attr(el, 'label')

// ---- plain text --------------------------------------------------------------------------

/** The words of the notes: text, mentions as @Name, action items and decisions by their text. */
export function notesPlainText(fragment: Y.XmlFragment, ctx: NotesContext): string {
  const out: string[] = []
  const walk = (node: Y.XmlFragment | Y.XmlElement) => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlText) out.push(textOf(child))
      else if (child instanceof Y.XmlElement) {
        if (child.nodeName === NOTE_NODES.mention) out.push(` @${mentionName(child, ctx)} `)
        else if (child.nodeName === NOTE_NODES.actionItem)
          out.push(`\n${ctx.action(attr(child, 'id'))?.text ?? ''}\n`)
        else if (child.nodeName === NOTE_NODES.decision)
          out.push(`\n${ctx.decision(attr(child, 'id')) ?? ''}\n`)
        else {
          walk(child)
          out.push(BLOCK_SEP)
        }
      }
    }
  }
  walk(fragment)
  return out
    .join('')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n')
    .trim()
}

function textOf(t: Y.XmlText): string {
  let s = ''
  for (const op of t.toDelta() as { insert: unknown }[])
    if (typeof op.insert === 'string') s += op.insert
  return s
}

// ---- Markdown ----------------------------------------------------------------------------

type Attrs = Record<string, unknown> | undefined

/** One run of formatted text as Markdown (bold, italic, strike, code, links). */
function run(insert: string, attributes: Attrs): string {
  if (insert === '') return ''
  const a = attributes ?? {}
  const code = 'code' in a
  let s = code ? codeSpan(insert) : escapeMarkdown(insert).replace(/\n/g, '\\\n')
  if (!code) {
    if ('strike' in a) s = `~~${s}~~`
    if ('italic' in a) s = `*${s}*`
    if ('bold' in a) s = `**${s}**`
  }
  const link = Object.entries(a).find(([k]) => k === 'link' || k.startsWith('link--'))
  if (link) {
    const href = safeExternalUrl((link[1] as { href?: unknown } | null)?.href)
    if (href !== null) s = `[${s}](${href.replace(/[()\s<>]/g, encodeURIComponent)})`
  }
  return s
}

function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((m) => m.length))
  const fence = '`'.repeat(longest + 1)
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${text.replace(/\n/g, ' ')}${pad}${fence}`
}

function runs(t: Y.XmlText): string {
  let s = ''
  for (const op of t.toDelta() as { insert: unknown; attributes?: Attrs }[])
    if (typeof op.insert === 'string') s += run(op.insert, op.attributes)
  return s
}

/** The inline content of a block (text runs, mentions, hard breaks). */
function inline(el: Y.XmlElement | Y.XmlFragment, ctx: NotesContext): string {
  let s = ''
  for (const child of el.toArray()) {
    if (child instanceof Y.XmlText) s += runs(child)
    else if (child instanceof Y.XmlElement) {
      if (child.nodeName === NOTE_NODES.mention) s += `@${escapeLine(mentionName(child, ctx))}`
      else if (child.nodeName === 'hardBreak') s += '\\\n'
      else if (child.nodeName === NOTE_NODES.actionItem || child.nodeName === NOTE_NODES.decision)
        s += recordLine(child, ctx)
      else s += inline(child, ctx)
    }
  }
  return s
}

function recordLine(el: Y.XmlElement, ctx: NotesContext): string {
  const id = attr(el, 'id')
  if (el.nodeName === NOTE_NODES.actionItem) {
    const a = ctx.action(id)
    return a ? `[${a.done ? 'x' : ' '}] ${escapeLine(a.text)}` : ''
  }
  const d = ctx.decision(id)
  return d === null ? '' : `**${escapeLine(d)}**`
}

const indent = (text: string, prefix: string, first: string) =>
  text
    .split('\n')
    .map((line, i) => (i === 0 ? first + line : line === '' ? '' : prefix + line))
    .join('\n')

/** A block node and what it holds as Markdown (no trailing blank line). */
function block(el: Y.XmlElement, ctx: NotesContext): string {
  switch (el.nodeName) {
    case 'paragraph':
      return inline(el, ctx)
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(attr(el, 'level')) || 1))
      return `${'#'.repeat(level)} ${inline(el, ctx).replace(/\\\n/g, ' ')}`
    }
    case 'bulletList':
    case 'orderedList':
    case 'taskList':
      return el
        .toArray()
        .filter((c): c is Y.XmlElement => c instanceof Y.XmlElement)
        .map((item, i) => {
          const checked =
            attr(item, 'checked') === 'true' || (item.getAttribute('checked') as unknown) === true
          const marker =
            el.nodeName === 'orderedList'
              ? `${i + 1}. `
              : el.nodeName === 'taskList'
                ? `- [${checked ? 'x' : ' '}] `
                : '- '
          return indent(blocks(item, ctx, '\n'), ' '.repeat(marker.length), marker)
        })
        .join('\n')
    case 'blockquote':
      return indent(blocks(el, ctx), '> ', '> ').replace(/\n\n/g, '\n>\n')
    case 'codeBlock': {
      const text = el
        .toArray()
        .map((c) => (c instanceof Y.XmlText ? textOf(c) : ''))
        .join('')
      const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((m) => m.length))
      const fence = '`'.repeat(longest + 1)
      return `${fence}\n${text}\n${fence}`
    }
    case 'horizontalRule':
      return '---'
    case NOTE_NODES.actionItem:
      return `- ${recordLine(el, ctx)}`
    case NOTE_NODES.decision:
      return recordLine(el, ctx)
    default:
      return el.toArray().some((c) => c instanceof Y.XmlElement && isBlock(c))
        ? blocks(el, ctx)
        : inline(el, ctx)
  }
}

const INLINE_NODES = new Set<string>([NOTE_NODES.mention, 'hardBreak'])
const isBlock = (el: Y.XmlElement) => !INLINE_NODES.has(el.nodeName)

function blocks(node: Y.XmlElement | Y.XmlFragment, ctx: NotesContext, sep = '\n\n'): string {
  return node
    .toArray()
    .map((c) => (c instanceof Y.XmlElement ? block(c, ctx) : c instanceof Y.XmlText ? runs(c) : ''))
    .filter((s) => s.trim() !== '')
    .join(sep)
}

/** The notes as Markdown: headings, lists, task lists, links, mentions as @Name, records. */
export function notesMarkdown(fragment: Y.XmlFragment, ctx: NotesContext): string {
  return blocks(fragment, ctx)
}
