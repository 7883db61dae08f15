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
/** The first sentinel outcome: the scale's sentinel j ("out of scope", "not categorised") is `SENTINEL - j`. */
export const SENTINEL = -16;
/**
 * Where sentinels sit among the results a rules method compares ("keys"): level ranks below,
 * sentinel j at `SENTINEL_KEY + (count - 1 - j)` above every level, so that under `most-severe` a
 * sentinel that holds wins over any level (it says the scale does not apply), and the one
 * declared first wins over the others.
 */
export const SENTINEL_KEY = 1 << 24;

/** The outcome of the scale's sentinel `j`. */
export function sentinelOutcome(j: number): number {
  return SENTINEL - j;
}

/** The index of the sentinel an outcome stands for, -1 when it is not a sentinel. */
export function sentinelOf(outcome: number): number {
  return outcome <= SENTINEL ? SENTINEL - outcome : -1;
}

/**
 * The key of a result code in a rules method: a level's rank, a sentinel's key (see
 * {@link SENTINEL_KEY}), or -1 when the scale declares neither. The first of a code wins.
 */
export function resultKey(levels: readonly { readonly code: string }[], sentinels: readonly { readonly code: string }[] | undefined, code: string): number {
  const rank = levels.findIndex((l) => l.code === code);
  if (rank >= 0) return rank;
  const j = sentinels === undefined ? -1 : sentinels.findIndex((x) => x.code === code);
  return j < 0 ? -1 : SENTINEL_KEY + (sentinels!.length - 1 - j);
}

/** The outcome a rules key stands for: the level rank, or the sentinel's outcome. */
export function outcomeOfKey(key: number, sentinelCount: number): number {
  return key >= SENTINEL_KEY ? sentinelOutcome(sentinelCount - 1 - (key - SENTINEL_KEY)) : key;
}

/** The status an outcome stands for. */
export function statusOf(outcome: number): ClassifyStatus {
  if (outcome >= 0) return "determined";
  if (outcome === SCORE_ONLY) return "score-only";
  if (outcome === ANALYST_DECIDES) return "analyst-decides";
  if (outcome <= SENTINEL) return "sentinel";
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
 * `lo`..`hi`; `lo` -1 when "no level" is possible too ({@link MAYBE_SENTINEL} when that "no level"
 * may be one of the scale's sentinels), `hi` -1 when no level is possible at all.
 */
export interface Span {
  lo: number;
  hi: number;
}

/** `Span.lo` when a sentinel outcome is still possible (and so no level). */
export const MAYBE_SENTINEL = -2;

/** Records the levels still possible and returns {@link UNDETERMINED}. */
export function undetermined(span: Span, lo = -1, hi = -1): number {
  span.lo = lo;
  span.hi = hi;
  return UNDETERMINED;
}

/** The closing step of a method that can give no level ("cannot be decided"); returns {@link UNDETERMINED}. */
export function cannotDecide(span: Span, sink: { step(kind: string): void }): number {
  sink.step("trace_undecided");
  return undetermined(span);
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
