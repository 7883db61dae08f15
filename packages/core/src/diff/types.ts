/**
 * Types of the document diff: what changed between two versions of a scale or mapping, the semver
 * bump each change requires (docs/versioning.md), and the tracking checks on the version fields.
 */
import type { Issue, IssueParams } from "../issues/issue.js";
import type { Mapping } from "../model/mapping.js";
import type { Scale } from "../model/scale.js";

/** A semver bump a change requires. */
export type Bump = "major" | "minor" | "patch";

/** The bump a diff requires overall: the largest of its changes' bumps, or "none" without changes. */
export type RequiredBump = Bump | "none";

/**
 * The bump two version fields declare: "none" when they are equal in precedence, "invalid" when
 * either is not a semantic version or the new one is lower.
 */
export type DeclaredBump = Bump | "none" | "invalid";

/** Every kind of change the diff reports; docs/versioning.md gives each one's bump and why. */
export type ChangeKind =
  // identity: a new edition under another id
  | "id-changed"
  // levels
  | "level-added"
  | "level-inserted"
  | "level-removed"
  | "level-renamed"
  | "level-reordered"
  | "level-split"
  | "level-merged"
  | "level-band-changed"
  | "notification-added"
  | "notification-removed"
  | "notification-changed"
  | "sentinel-added"
  | "sentinel-removed"
  | "sentinel-changed"
  | "significance-added"
  | "significance-removed"
  | "significance-changed"
  | "direction-changed"
  // dimensions and options
  | "dimension-added"
  | "dimension-removed"
  | "dimension-type-changed"
  | "dimension-unit-changed"
  | "dimension-range-changed"
  | "dimension-multiple-changed"
  | "dimension-axis-changed"
  | "option-added"
  | "option-inserted"
  | "option-removed"
  | "option-renamed"
  | "option-reordered"
  // method
  | "method-changed"
  // mappings
  | "subject-changed"
  | "object-changed"
  | "subject-range-changed"
  | "object-range-changed"
  | "record-added"
  | "record-removed"
  | "record-interval-changed"
  | "record-relation-changed"
  | "record-confidence-changed"
  | "record-justification-changed"
  // metadata
  | "language-added"
  | "language-removed"
  | "default-language-changed"
  | "license-changed"
  | "text-changed"
  | "color-changed"
  | "sources-changed"
  | "publisher-changed"
  | "contributors-changed"
  | "metadata-added"
  | "metadata-removed"
  | "metadata-changed";

/** One change between two versions of a document. */
export interface Change {
  /**
   * RFC 6901 JSON Pointer: into the new document, except for things removed, which point into
   * the old document.
   */
  readonly pointer: string;
  readonly kind: ChangeKind;
  /** The bump this change requires. */
  readonly bump: Bump;
  /** The message code; `renderMessage(change, locale)` gives the sentence in a language. */
  readonly code: string;
  readonly params: IssueParams;
}

/** An incident whose level differs between the two versions. */
export interface DiffExample {
  /** The incident's facts as the old version describes them (dimension code → value). */
  readonly facts: Record<string, unknown>;
  /** What the old version's classifier returned (a level code, a score for scales without cut-points, or null). */
  readonly oldLevel: string | null;
  /** What the new version's classifier returned. */
  readonly newLevel: string | null;
}

/** The outcome of comparing two versions of a document. */
export interface DiffResult {
  readonly kind: "scale" | "mapping";
  /** The smallest bump the changes allow. */
  readonly required: RequiredBump;
  /** The bump the version fields declare. */
  readonly declared: DeclaredBump;
  readonly changes: readonly Change[];
  /** The first incident found whose level differs, when a method change can change one. */
  readonly example?: DiffExample;
  /** Tracking checks (version, id, revision history, supersedes, bump) and notes on the comparison. */
  readonly issues: readonly Issue[];
  /**
   * Set when the new document is a new edition of the old one under another id (its `supersedes`
   * names the old id): levels are then compared by rank and meaning, and the two ids' version
   * numbers are not compared (no bump applies across ids; `declared` and `required` are for information).
   */
  readonly edition?: { readonly from: string; readonly to: string };
}

/**
 * Builds a classifier for a scale: given an incident's facts, it returns a comparable string — the
 * level code, or (for score methods without cut-points) the rounded score — or null when no level
 * can be decided. The default wiring is the core classifier (see docs/versioning.md).
 */
export type LevelOracle = (scale: Scale) => (facts: Record<string, unknown>) => string | null;

/** Options of {@link diffDocuments}. */
export interface DiffOptions {
  /**
   * Classifier factory used to decide whether a method change can change an incident's level.
   * Default: the core's compiled classifier; `null`: none (a method change then counts as major).
   */
  readonly levelOf?: LevelOracle | null;
  /** How many incidents to draw when the facts space is larger than `exhaustiveLimit` (default 20 000). */
  readonly sampleSize?: number;
  /** Seed of the sampling PRNG (default fixed, so results are reproducible). */
  readonly seed?: number;
  /** The largest facts space enumerated exhaustively (default 100 000). */
  readonly exhaustiveLimit?: number;
  /**
   * Work budget of a method comparison, in method nodes evaluated (default 20 000 000): each
   * incident costs the node count of both methods; when reached, `diff_method_budget` says how
   * many incidents were checked of how many.
   */
  readonly workBudget?: number;
  /**
   * The two documents' mappings onto the reference scale, when known: for a new edition, each
   * level kept is then compared by its reference band too (`level-band-changed`).
   */
  readonly mappings?: { readonly old?: Mapping; readonly new?: Mapping };
}
