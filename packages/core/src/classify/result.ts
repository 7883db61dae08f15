/** What classification returns: a level (or why there is none), an exact score, a trace and issues. */
import type { Issue, IssueParams } from "../issues/issue.js";

/**
 * How a classification ended:
 * - `determined`: the method derived a level;
 * - `score-only`: a score without cut-points: the score is known, the level cannot be derived;
 * - `analyst-decides`: the method is judgement (or a composite still waits on one);
 * - `undetermined`: a fact the method needs is missing, no rule applies, or the scale's method is
 *   incomplete (see the issues);
 * - `invalid-facts`: the facts do not fit the scale's dimensions (see the issues).
 */
export type ClassifyStatus = "determined" | "score-only" | "analyst-decides" | "undetermined" | "invalid-facts";

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

/** The result of classifying one incident's facts on a scale. */
export interface ClassifyResult {
  /** The level (code and rank, 0 = least severe), or null when none was derived. */
  readonly level: { readonly code: string; readonly rank: number } | null;
  /** The exact score, rounded by the scale's rule, with exactly `rounding.decimals` decimals. */
  readonly score?: string;
  readonly trace: readonly TraceStep[];
  readonly issues: readonly Issue[];
  readonly decidedBy: DecidedBy;
  readonly status: ClassifyStatus;
}
