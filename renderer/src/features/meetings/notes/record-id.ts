const ID = /^[A-Za-z0-9_-]{8,64}$/

/** The record id of a node, or '' for anything else (a hostile paste or peer). */
export const recordId = (v: unknown): string => (typeof v === 'string' && ID.test(v) ? v : '')
