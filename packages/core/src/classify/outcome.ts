/**
 * What evaluating a method returns, as one number so the compiled and batch paths allocate
 * nothing: a level rank (≥ 0) or one of the negative codes below.
 */
import type { ClassifyStatus } from "./result.js";

/** A fact is missing, no rule applies, or the method is incomplete. */
export const UNDETERMINED = -1;
/** A score without cut-points. */
export const SCORE_ONLY = -2;
/** Judgement: an analyst decides. */
export const ANALYST_DECIDES = -3;

/** The status an outcome stands for. */
export function statusOf(outcome: number): ClassifyStatus {
  if (outcome >= 0) return "determined";
  if (outcome === SCORE_ONLY) return "score-only";
  if (outcome === ANALYST_DECIDES) return "analyst-decides";
  return "undetermined";
}

/** Among undecided components, which status a composite reports: undetermined, then analyst-decides, then score-only. */
export function worseUndecided(a: number, b: number): number {
  const weight = (o: number) => (o === UNDETERMINED ? 3 : o === ANALYST_DECIDES ? 2 : o === SCORE_ONLY ? 1 : 0);
  return weight(b) > weight(a) ? b : a;
}

/** Comparison operators as symbols (the same in every language). */
export const OPERATOR_SYMBOLS = { gt: ">", gte: "\u2265", lt: "<", lte: "\u2264", eq: "=" } as const;

/**
 * Where an evaluator leaves the levels still possible when it returns {@link UNDETERMINED}: ranks
 * `lo`..`hi`; `lo` -1 when "no level" is possible too, `hi` -1 when no level is possible at all.
 */
export interface Span {
  lo: number;
  hi: number;
}

/** Records the levels still possible and returns {@link UNDETERMINED}. */
export function undetermined(span: Span, lo = -1, hi = -1): number {
  span.lo = lo;
  span.hi = hi;
  return UNDETERMINED;
}

/**
 * The closing step of an undecided method: the levels still possible ("at least", "between",
 * "at most, or no level"), or just "cannot be decided" when no level is possible.
 */
export function traceRange(sink: { step(kind: string, params?: Record<string, string>): void }, levels: readonly { readonly code: string }[], lo: number, hi: number): void {
  if (hi < 0) sink.step("trace_undecided");
  else if (lo < 0) sink.step("trace_at_most_or_none", { highest: levels[hi]!.code });
  else if (hi === levels.length - 1) sink.step("trace_at_least", { level: levels[lo]!.code });
  else sink.step("trace_between", { lowest: levels[lo]!.code, highest: levels[hi]!.code });
}
