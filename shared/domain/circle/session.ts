import * as Y from 'yjs'
import { Collection } from '../../data/collection'
import { runMigrations, type MigrationOutcome } from '../../data/migrations'
import { ORIGIN, write } from '../../data/origins'
import { peopleCollection } from '../people/person'
import { peopleInvariants } from '../people/invariants'
import { membersCollection } from '../members/member'
import { CircleMetaStore } from './meta'
import { circleMigrations } from './migrations'

/**
 * An open circle: its Y.Doc and the typed collections over it. Created once the stored state
 * has been loaded into the doc, so that migrations see everything this device knows.
 */
export class CircleSession {
  readonly meta: CircleMetaStore
  readonly people: Collection<typeof peopleCollection.shape>
  readonly members: Collection<typeof membersCollection.shape>
  readonly migration: MigrationOutcome

  constructor(
    readonly id: string,
    readonly doc: Y.Doc,
  ) {
    this.migration = runMigrations(doc, circleMigrations)
    this.meta = new CircleMetaStore(doc)
    this.people = new Collection(doc, peopleCollection)
    this.members = new Collection(doc, membersCollection)
    if (!this.readOnly && this.people.orphanIds().length > 0) {
      write(doc, ORIGIN.maintenance, () => this.people.sweepOrphans())
    }
  }

  /** True when a newer Rhizome wrote this circle: this version shows it but does not write. */
  get readOnly(): boolean {
    return this.migration.newer
  }

  /** Every domain invariant of the circle; empty when all hold. */
  invariants(): string[] {
    return [...peopleInvariants(this.people)]
  }

  destroy(): void {
    this.people.destroy()
    this.members.destroy()
    this.meta.destroy()
  }
}
