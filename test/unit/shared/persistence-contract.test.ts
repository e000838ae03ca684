import { describe, it } from 'vitest'
import { persistenceContract } from '@shared/persistence/contract'
import { MemoryPersistence } from '@shared/persistence/memory'

describe('persistence contract: in memory', () => {
  const store = new MemoryPersistence()
  persistenceContract.forEach((c, i) => it(c.name, () => c.run(() => store, `doc-${i}`)))
})
