import { test } from '@playwright/test'
import { CircleIndex } from '../../renderer/src/data/local-db'
import { EncryptedDocPersistence } from '../../renderer/src/data/encrypted-persistence'
test('alias', () => { console.log(typeof CircleIndex, typeof EncryptedDocPersistence) })
