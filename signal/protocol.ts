import type { DropReason } from './stats'

/**
 * The y-webrtc signaling protocol, JSON text over WebSocket:
 *   { type: 'subscribe', topics: string[] }   { type: 'unsubscribe', topics: string[] }
 *   { type: 'publish', topic: string, ... }   forwarded unchanged, plus `clients`, to every
 *                                             subscriber of `topic`, the sender included
 *   { type: 'ping' }                          answered with { type: 'pong' }
 */
export type ClientMessage =
  | { type: 'subscribe' | 'unsubscribe'; topics: unknown[] }
  | { type: 'publish'; topic: string; message: Record<string, unknown> }
  | { type: 'ping' }

export const PONG = JSON.stringify({ type: 'pong' })

export function isTopic(value: unknown, maxLength: number): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= maxLength
}

/** Parses one text frame. Returns the reason instead when the message is to be dropped. */
export function parseMessage(text: string, maxTopicLength: number): ClientMessage | DropReason {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return 'malformed'
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'invalid'
  const message = value as Record<string, unknown>
  switch (message.type) {
    case 'subscribe':
    case 'unsubscribe':
      return Array.isArray(message.topics)
        ? { type: message.type, topics: message.topics }
        : 'invalid'
    case 'publish':
      return isTopic(message.topic, maxTopicLength)
        ? { type: 'publish', topic: message.topic, message }
        : typeof message.topic === 'string'
          ? 'topic'
          : 'invalid'
    case 'ping':
      return { type: 'ping' }
    default:
      return 'invalid'
  }
}

/**
 * The forwarded form of a publish: the sender's fields unchanged, with `clients` set to the
 * number of subscribers, as y-webrtc's server does. Null when it cannot be serialised (a
 * pathologically nested payload overflows JSON.stringify's stack).
 */
export function encodePublish(message: Record<string, unknown>, clients: number): string | null {
  try {
    return JSON.stringify({ ...message, clients })
  } catch {
    return null
  }
}
