import { ValueStore } from '@shared/data/store'

export interface Announcement {
  id: number
  text: string
  tone: 'info' | 'error'
}

/** Short messages shown in a live region (screen readers read them) until dismissed. */
export class Announcer extends ValueStore<Announcement[]> {
  private next = 1
  constructor() {
    super([])
  }
  say(text: string, tone: Announcement['tone'] = 'info'): void {
    const item = { id: this.next++, text, tone }
    this.set([...this.getSnapshot().slice(-2), item])
    if (tone === 'info') setTimeout(() => this.dismiss(item.id), 6000)
  }
  /** Forgets every message (on lock: they may name members or people). */
  clear(): void {
    this.set([])
  }

  dismiss(id: number): void {
    this.set(this.getSnapshot().filter((a) => a.id !== id))
  }
}
