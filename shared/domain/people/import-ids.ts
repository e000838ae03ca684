/**
 * Ids for the records of an import, in the same form as `newId` (22 url-safe characters from
 * 22 random bytes), drawn from one buffer of random bytes refilled every 2,000 ids: asking the
 * system for 22 bytes at a time is most of the cost of writing 100,000 people in Node.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'
const ID_LENGTH = 22
/** getRandomValues fills at most 65,536 bytes at once. */
const BATCH = 2000

export class IdSource {
  private readonly bytes = new Uint8Array(ID_LENGTH * BATCH)
  private next = BATCH

  id(): string {
    if (this.next === BATCH) {
      globalThis.crypto.getRandomValues(this.bytes)
      this.next = 0
    }
    const start = this.next++ * ID_LENGTH
    let id = ''
    for (let i = start; i < start + ID_LENGTH; i++) id += ALPHABET[this.bytes[i]! & 63]
    return id
  }
}
