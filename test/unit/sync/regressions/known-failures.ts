/**
 * Fuzz seeds that fail because of a product bug not yet fixed. sync-fuzz-seeds.test.ts pins
 * each one (expecting exactly this failure) and the main fuzz loop skips it. When the bug is
 * fixed, the pinned test says so: then move the seed to PINNED_SEEDS as a plain pinned test.
 */
export interface KnownFailure {
  bug: string
  /** What the failure message must match (so that a different failure is not excused). */
  failure: RegExp
}

const RELAY_PENDING: KnownFailure = {
  bug:
    'shared/sync/replicator.ts: an update from peer X that releases pending structs (held ' +
    'from another peer) is relayed to everyone but X, so X never gets them in a partial mesh',
  failure:
    /failed at final: p\d people\/meta\/members\/rotations differ from p0[\s\S]*state vector/,
}

export const KNOWN_FAILING_SEEDS: Readonly<Record<number, KnownFailure>> = {
  // Spanning-tree heal; p3 ends up missing 5 of p0's structs (and holding later ones pending).
  // Passes with the relay fixed. (With the harness's earlier 60-step mix, seeds 111 and 598
  // showed the same bug.) Minimal repro: replicator-bugs.test.ts.
  655: RELAY_PENDING,
}
