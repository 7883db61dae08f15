/**
 * Max, interpreted: each dimension rates to a level on its own (per option, or by bands of a
 * quantity); the most severe rating wins (the first listed on a tie). A missing fact leaves the
 * level undetermined unless a rating already reached the scale's most severe level.
 */
import type { ExactDecimal } from "../decimal/exact.js";
import { exactOf, formatExact } from "../decimal/exact.js";
import { escapePointerToken } from "../issues/issue.js";
import type { MaxMethod } from "../model/method.js";
import type { EvalContext } from "./context.js";
import type { Span } from "./outcome.js";
import { cannotDecide, traceRange, undetermined } from "./outcome.js";
import type { OrdinalDimension, QuantityDimension, Scale } from "../model/scale.js";
import type { Sink } from "./sink.js";

/** Evaluates a max method. */
export function interpretMax(method: MaxMethod, ctx: EvalContext, at: string): number {
  const { sink } = ctx;
  let best = -1;
  let bestDimension = "";
  const missing: MissingRating[] = [];
  let bad = false;
  for (let r = 0; r < method.ratings.length; r++) {
    const rating = method.ratings[r]!;
    const dimension = rating.dimension;
    const dim = ctx.dimension(dimension);
    const expected = "levels" in rating ? "ordinal" : "quantity";
    if (dim?.type !== expected) {
      sink.issue("classify_dimension_unknown", "error", "", { dimension, expected, at: `${at}/ratings/${r}/dimension` });
      bad = true;
      continue;
    }
    const fact = ctx.fact(dimension);
    if (fact === undefined) {
      sink.step("trace_max_missing", { dimension });
      // The dimension's type is the one the rating expects (checked above).
      const rankOf = (code: string) => ctx.levelRank(code);
      const [lo, hi] = "levels" in rating ? optionsSpan(dim as OrdinalDimension, rating.levels, rankOf) : bandsSpan(dim as QuantityDimension, rating.bands, rankOf);
      missing.push({ dimension, lo, hi });
      continue;
    }
    const consider = (rank: number, level: string, where: string): void => {
      if (rank < 0) {
        sink.issue("classify_level_unknown", "error", "", { level, at: where });
        bad = true;
      } else if (rank > best) {
        best = rank;
        bestDimension = dimension;
      }
    };
    if ("levels" in rating && fact.kind === "options" && dim.type === "ordinal") {
      for (const k of fact.indices) {
        const option = dim.options[k]!.code;
        if (!Object.hasOwn(rating.levels, option)) {
          sink.step("trace_max_unrated", { dimension, fact: option });
          continue;
        }
        const level = rating.levels[option]!;
        sink.step("trace_max_rating", { dimension, fact: option, level });
        consider(ctx.levelRank(level), level, `${at}/ratings/${r}/levels/${escapePointerToken(option)}`);
      }
    } else if ("bands" in rating && fact.kind === "quantity") {
      let band = -1;
      let bandAt: ExactDecimal | null = null;
      let lowest: ExactDecimal | null = null;
      for (let b = 0; b < rating.bands.length; b++) {
        const atLeast = exactOf(rating.bands[b]!.atLeast);
        if (lowest === null || atLeast.lt(lowest)) lowest = atLeast;
        if (fact.value.gte(atLeast) && (bandAt === null || atLeast.gt(bandAt))) {
          band = b;
          bandAt = atLeast;
        }
      }
      if (band < 0 || bandAt === null) {
        sink.step("trace_max_below_bands", { dimension, fact: fact.text, lowest: formatExact(lowest!) });
        continue;
      }
      const level = rating.bands[band]!.level;
      sink.step("trace_max_band", { dimension, fact: fact.text, atLeast: formatExact(bandAt), level });
      consider(ctx.levelRank(level), level, `${at}/ratings/${r}/bands/${band}/level`);
    }
  }
  return finishMax(ctx, ctx.scale, ctx.sink, best, bestDimension, missing, bad);
}

/** A rating whose fact is missing, with the levels it could still give (lo -1: possibly none; hi -1: none). */
export interface MissingRating {
  readonly dimension: string;
  readonly lo: number;
  readonly hi: number;
}

/** The levels a per-option rating could give for a missing fact: [lowest, highest], lowest -1 when an option is unrated. */
export function optionsSpan(dim: OrdinalDimension, levels: Readonly<Record<string, string>>, rankOf: (code: string) => number): [number, number] {
  let lo = Infinity;
  let hi = -1;
  for (const o of dim.options) {
    const r = Object.hasOwn(levels, o.code) ? rankOf(levels[o.code]!) : -1;
    if (r < lo) lo = r;
    if (r > hi) hi = r;
  }
  return [lo === Infinity ? -1 : lo, hi];
}

/** The levels a banded rating could give for a missing quantity within its dimension's range. */
export function bandsSpan(dim: QuantityDimension, bands: readonly { readonly atLeast: number | string; readonly level: string }[], rankOf: (code: string) => number): [number, number] {
  const min = dim.min === undefined ? null : exactOf(dim.min);
  const max = dim.max === undefined ? null : exactOf(dim.max);
  let lowest: ExactDecimal | null = null;
  let lo = Infinity;
  let hi = -1;
  for (const b of bands) {
    const atLeast = exactOf(b.atLeast);
    if (lowest === null || atLeast.lt(lowest)) lowest = atLeast;
    if (max !== null && atLeast.gt(max)) continue;
    const r = rankOf(b.level);
    if (r < lo) lo = r;
    if (r > hi) hi = r;
  }
  if (min === null || lowest === null || min.lt(lowest)) lo = -1;
  return [lo === Infinity ? -1 : lo, hi];
}

/**
 * The max method's verdict once every rating is read (shared with the compiled classifier): the
 * most severe rating when no missing fact could raise it, else the range still possible and the
 * missing facts that could change it.
 */
export function finishMax(span: Span, scale: Scale, sink: Sink, best: number, bestDimension: string, missing: readonly MissingRating[], bad: boolean): number {
  const levels = scale.levels;
  if (bad) return cannotDecide(span, sink);
  let lo = best;
  let hi = best;
  let winner = bestDimension;
  for (const m of missing) {
    if (m.lo > lo) {
      lo = m.lo;
      winner = m.dimension;
    }
    if (m.hi > hi) hi = m.hi;
  }
  if (lo >= 0 && lo === hi) {
    sink.step("trace_max_winner", { dimension: winner, level: levels[lo]!.code });
    return lo;
  }
  if (hi < 0) {
    sink.issue("classify_no_level", "warning", "", { method: "max" });
    return cannotDecide(span, sink);
  }
  // A missing rating matters when it could give more than the others guarantee.
  for (let i = 0; i < missing.length; i++) {
    let floor = best;
    for (let j = 0; j < missing.length; j++) if (j !== i && missing[j]!.lo > floor) floor = missing[j]!.lo;
    if (missing[i]!.hi > floor) sink.missing(missing[i]!.dimension);
  }
  traceRange(sink, levels, lo, hi);
  return undetermined(span, lo, hi);
}
