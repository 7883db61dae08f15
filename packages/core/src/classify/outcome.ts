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
