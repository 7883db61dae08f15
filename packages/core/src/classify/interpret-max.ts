/**
 * Max, interpreted: each dimension rates to a level on its own (per option, or by bands of a
 * quantity); the most severe rating wins (the first listed on a tie). A missing fact leaves the
 * level undetermined unless a rating already reached the scale's most severe level.
 */
import type { ExactDecimal } from "../decimal/exact.js";
import { exactOf, formatExact } from "../decimal/exact.js";
import type { MaxMethod } from "../model/method.js";
import type { EvalContext } from "./context.js";
import { UNDETERMINED } from "./outcome.js";

/** Evaluates a max method. */
export function interpretMax(method: MaxMethod, ctx: EvalContext, at: string): number {
  const { sink } = ctx;
  let best = -1;
  let bestDimension = "";
  let undecided = false;
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
      sink.missing(dimension);
      sink.step("trace_max_missing", { dimension });
      undecided = true;
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
        if (!Object.prototype.hasOwnProperty.call(rating.levels, option)) {
          sink.step("trace_max_unrated", { dimension, fact: option });
          continue;
        }
        const level = rating.levels[option]!;
        sink.step("trace_max_rating", { dimension, fact: option, level });
        consider(ctx.levelRank(level), level, `${at}/ratings/${r}/levels/${option.replace(/~/g, "~0").replace(/\//g, "~1")}`);
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
  return finishMax(ctx, best, bestDimension, undecided, bad);
}

/** The max method's verdict once every rating is read (shared with the compiled classifier). */
export function finishMax(ctx: Pick<EvalContext, "sink" | "scale">, best: number, bestDimension: string, undecided: boolean, bad: boolean): number {
  const { sink } = ctx;
  const top = ctx.scale.levels.length - 1;
  if (bad) {
    sink.step("trace_undecided");
    return UNDETERMINED;
  }
  if (best >= 0 && (best === top || !undecided)) {
    sink.step("trace_max_winner", { dimension: bestDimension, level: ctx.scale.levels[best]!.code });
    return best;
  }
  if (best >= 0) {
    sink.step("trace_at_least", { level: ctx.scale.levels[best]!.code });
    return UNDETERMINED;
  }
  if (!undecided) sink.issue("classify_no_level", "warning", "", { method: "max" });
  sink.step("trace_undecided");
  return UNDETERMINED;
}
