import DOMPurify from 'dompurify'
import { safeExternalUrl } from '@shared/util/links'

/**
 * Pasted HTML before ProseMirror parses it: no scripts, styles, frames or forms, no event
 * handlers, and links only to http, https and mailto (anything else loses its address).
 * ProseMirror then keeps only what the notes' schema knows.
 */
export function sanitizePastedHtml(html: string): string {
  const clean = DOMPurify.sanitize(html, {
    FORBID_TAGS: ['style', 'script', 'iframe', 'object', 'embed', 'form', 'input', 'img', 'svg'],
    FORBID_ATTR: ['style', 'srcset'],
    ALLOW_DATA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  })
  for (const a of clean.querySelectorAll('a'))
    if (safeExternalUrl(a.getAttribute('href')) === null) a.removeAttribute('href')
  const box = document.createElement('div')
  box.append(clean)
  return box.innerHTML
}
