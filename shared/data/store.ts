/**
 * A readable store in the shape React's `useSyncExternalStore` wants: a stable `subscribe`
 * and a `getSnapshot` that returns the same object until something changed.
 */
export interface ReadStore<T> {
  subscribe(onChange: () => void): () => void
  getSnapshot(): T
}

/** A set of listeners, called synchronously and isolated from each other's exceptions. */
export class Listeners<A extends unknown[] = []> {
  private readonly set = new Set<(...args: A) => void>()
  add(listener: (...args: A) => void): () => void {
    this.set.add(listener)
    return () => {
      this.set.delete(listener)
    }
  }
  emit(...args: A): void {
    for (const l of [...this.set]) {
      try {
        l(...args)
      } catch (err) {
        // One broken listener must not stop the others from hearing about the change.
        queueMicrotask(() => {
          throw err
        })
      }
    }
  }
  get size(): number {
    return this.set.size
  }
}

/** A store holding one value, for state that is not in a Y.Doc. */
export class ValueStore<T> implements ReadStore<T> {
  private readonly listeners = new Listeners()
  constructor(private value: T) {}
  subscribe = (onChange: () => void) => this.listeners.add(onChange)
  getSnapshot = () => this.value
  set(value: T): void {
    if (Object.is(value, this.value)) return
    this.value = value
    this.listeners.emit()
  }
}
