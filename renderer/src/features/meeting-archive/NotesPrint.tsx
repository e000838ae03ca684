import { useEffect, useState, type ReactNode } from 'react'
import * as Y from 'yjs'
import { NOTE_NODES } from '@shared/domain/meetings/notes'
import type { NotesContext } from '@shared/domain/meetings/notes-text'

/**
 * Meeting notes as React elements for the printable page: headings, paragraphs, lists, task
 * lists, quotes, code, marks; mentions as @Name; action items and decisions by their records.
 * Built from the Yjs nodes as text, never as HTML, so nothing a peer wrote can run or inject.
 */
export function NotesPrint({ notes, ctx }: { notes: Y.XmlFragment; ctx: NotesContext }) {
  const [, setVersion] = useState(0)
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1)
    notes.observeDeep(bump)
    return () => notes.unobserveDeep(bump)
  }, [notes])
  return <div className="notes-print">{children(notes, ctx)}</div>
}

type Attrs = Record<string, unknown> | undefined

function children(node: Y.XmlFragment | Y.XmlElement, ctx: NotesContext): ReactNode[] {
  return node.toArray().map((c, i) => {
    if (c instanceof Y.XmlText) return <TextRuns key={i} text={c} />
    if (c instanceof Y.XmlElement) return <Node key={i} el={c} ctx={ctx} />
    return null
  })
}

function TextRuns({ text }: { text: Y.XmlText }) {
  const ops = text.toDelta() as { insert: unknown; attributes?: Attrs }[]
  return (
    <>
      {ops.map((op, i) => {
        if (typeof op.insert !== 'string') return null
        const a = op.attributes ?? {}
        let node: ReactNode = op.insert
        if ('code' in a) node = <code>{node}</code>
        if ('strike' in a) node = <s>{node}</s>
        if ('italic' in a) node = <em>{node}</em>
        if ('bold' in a) node = <strong>{node}</strong>
        const link = Object.entries(a).find(([k]) => k === 'link' || k.startsWith('link--'))
        const href = (link?.[1] as { href?: unknown } | undefined)?.href
        // Printed, a link shows its address; it is not a live link.
        if (typeof href === 'string' && href !== op.insert)
          node = (
            <>
              {node}
              {` (${href})`}
            </>
          )
        return <span key={i}>{node}</span>
      })}
    </>
  )
}

const attr = (el: Y.XmlElement, name: string) => {
  const v: unknown = el.getAttribute(name)
  return typeof v === 'string'
    ? v
    : typeof v === 'number' || typeof v === 'boolean'
      ? String(v)
      : ''
}

function Node({ el, ctx }: { el: Y.XmlElement; ctx: NotesContext }) {
  const kids = () => children(el, ctx)
  switch (el.nodeName) {
    case 'paragraph':
      return <p>{kids()}</p>
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(attr(el, 'level')) || 1))
      // Below the page's own headings (h3 title, h4 sections).
      const Tag = (['h5', 'h5', 'h6', 'h6', 'h6', 'h6'] as const)[level - 1]!
      return <Tag>{kids()}</Tag>
    }
    case 'bulletList':
      return <ul>{kids()}</ul>
    case 'orderedList':
      return <ol>{kids()}</ol>
    case 'taskList':
      return <ul className="task-list">{kids()}</ul>
    case 'listItem':
      return <li>{kids()}</li>
    case 'taskItem':
      return (
        <li>
          <span aria-hidden="true">{attr(el, 'checked') === 'true' ? '☑ ' : '☐ '}</span>
          {kids()}
        </li>
      )
    case 'blockquote':
      return <blockquote>{kids()}</blockquote>
    case 'codeBlock':
      return (
        <pre>
          <code>{kids()}</code>
        </pre>
      )
    case 'horizontalRule':
      return <hr />
    case 'hardBreak':
      return <br />
    case NOTE_NODES.mention:
      return (
        <span className="mention">{`@${ctx.personName(attr(el, 'id')) || attr(el, 'label')}`}</span>
      )
    case NOTE_NODES.actionItem: {
      const a = ctx.action(attr(el, 'id'))
      return a ? (
        <p className="print-record">
          <span aria-hidden="true">{a.done ? '☑ ' : '☐ '}</span>
          {a.text}
        </p>
      ) : null
    }
    case NOTE_NODES.decision: {
      const d = ctx.decision(attr(el, 'id'))
      return d === null ? null : (
        <p className="print-record">
          <strong>{d}</strong>
        </p>
      )
    }
    default:
      return <div>{kids()}</div>
  }
}
