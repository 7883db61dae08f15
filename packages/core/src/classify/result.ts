/** What classification returns: a level (or why there is none), an exact score, a trace and issues. */
import type { Issue, IssueParams } from "../issues/issue.js";
/** Human text by language tag. */
type LangMap = Readonly<Record<string, string>>;

/**
 * How a classification ended:
 * - `determined`: the method derived a level;
 * - `score-only`: a score without cut-points: the score is known, the level cannot be derived;
 * - `analyst-decides`: the method is judgement (or a composite still waits on one);
 * - `undetermined`: a fact the method needs is missing, no rule applies, or the scale's method is
 *   incomplete (see the issues);
 * - `invalid-facts`: the facts do not fit the scale's dimensions (see the issues);
 * - `sentinel`: the method ended in one of the scale's declared sentinels ("out of scope", "not
 *   categorised"): a result outside the levels, given in `sentinel` (format 1.1).
 */
export type ClassifyStatus = "determined" | "score-only" | "analyst-decides" | "undetermined" | "invalid-facts" | "sentinel";

/** A declared sentinel a method ended in: its code and what it stands for. */
export interface SentinelOutcome {
  readonly code: string;
  readonly meaning: "unknown" | "not-assessed" | "out-of-scope" | "other";
}

/** The kind of the scale's method, which decided (or failed to decide) the level. */
export type DecidedBy = "rules" | "score" | "matrix" | "max" | "judgement" | "composite";

/**
 * One step of the explanation: data (a catalogue code and parameters), rendered in en or es by
 * {@link renderTraceStep}. `depth` 1 marks a reason under the step before it (a rule's tests);
 * `component` names the composite component the step belongs to.
 */
export interface TraceStep {
  readonly kind: string;
  readonly params: IssueParams;
  readonly depth?: number;
  readonly component?: string;
}

/** A level by code and rank (0 = least severe). */
export interface RankedLevel {
  readonly code: string;
  readonly rank: number;
}

/**
 * The levels still possible when the facts do not decide one: every completion of the missing
 * facts gives a level from `atLeast` to `atMost` (by rank), or, when `atLeast` is null, possibly
 * no level at all.
 */
export interface LevelRange {
  readonly atLeast: RankedLevel | null;
  readonly atMost: RankedLevel;
}

/** A missing fact that could still change the result, with the question to ask (the dimension's label). */
export interface MissingFact {
  readonly dimension: string;
  readonly question: LangMap;
}

/** The result of classifying one incident's facts on a scale. */
export interface ClassifyResult {
  /** The level (code and rank, 0 = least severe), or null when none was derived. */
  readonly level: { readonly code: string; readonly rank: number } | null;
  /** With status `sentinel`: the declared sentinel the method ended in (never a level). */
  readonly sentinel?: SentinelOutcome;
  /** The exact score, rounded by the scale's rule, with exactly `rounding.decimals` decimals. */
  readonly score?: string;
  readonly trace: readonly TraceStep[];
  readonly issues: readonly Issue[];
  readonly decidedBy: DecidedBy;
  readonly status: ClassifyStatus;
  /**
   * When no single level is determined (undetermined, or waiting on an analyst): the levels still
   * possible; `atLeast` is null when no level (or a sentinel) is possible too.
   */
  readonly range?: LevelRange;
  /**
   * Every missing fact that could still change the result, in the order the method reads them
   * (absent when none could). Each also has a `fact_missing` issue.
   */
  readonly missing?: readonly MissingFact[];
}
