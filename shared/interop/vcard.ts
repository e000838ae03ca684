/** vCard import and export: see vcard-read.ts and vcard-write.ts. */
export { readVCards } from './vcard-read'
export { escapeText, foldLine, toVCards, type VCardVersion } from './vcard-write'
