/**
 * How far a long operation has got, the one shape every progress callback of sevscale receives
 * (the audit here; validating files, building, checking and mirroring registries in
 * @sevscale/node). A callback is called after each unit is done; it never changes results.
 */

/** What a long operation is doing: reading files, checking them, writing them, fetching them over the network. */
export type ProgressPhase = "read" | "check" | "write" | "fetch";

/** How far a long operation has got in its current phase. */
export interface Progress {
  readonly phase: ProgressPhase;
  /** Units done so far in this phase (files, entries, combinations): never decreases, and ends at `total`. */
  readonly done: number;
  /** Units in the phase, when known in advance. */
  readonly total?: number;
}
