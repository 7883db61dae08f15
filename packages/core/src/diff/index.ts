/** Versioning: the diff of two versions of a scale or mapping and the semver bump it requires (docs/versioning.md). */
export type {
  Bump,
  Change,
  ChangeKind,
  DeclaredBump,
  DiffExample,
  DiffOptions,
  DiffResult,
  LevelOracle,
  RequiredBump,
} from "./types.js";
export { diffDocuments } from "./diff-documents.js";
export { bumpSatisfies, declaredBump, maxBump, requiredBump, requiredVersion } from "./bump.js";
export { DEFAULT_EXHAUSTIVE_LIMIT, DEFAULT_SAMPLE_SIZE, DEFAULT_SEED } from "./method-impact.js";
export { DIFF_MESSAGES } from "./messages.js";
