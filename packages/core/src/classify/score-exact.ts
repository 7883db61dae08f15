/**
 * A weighted score, evaluated exactly with decimals (the interpreter, and the compiled
 * classifier's fallback when scaled integers could overflow or a quantity is scored).
 * Σ weight × value, normalised, clamped, rounded once (docs/scores.md), then cut-points.
 */
import type { ExactDecimal } from "../decimal/exact.js";
import { ZERO, compareRatio, exactOf, formatExact, formatFixed, formatRatio, roundRatio } from "../decimal/exact.js";
import { escapePointerToken } from "../issues/issue.js";
import type { IssueParams } from "../issues/issue.js";
import type { ScoreComponent, ScoreMethod } from "../model/method.js";
import type { Dimension } from "../model/scale.js";
import type { EvalContext } from "./context.js";
import { optionsParam } from "./context.js";
import { SCORE_ONLY, UNDETERMINED, cannotDecide } from "./outcome.js";

const ONE = exactOf(1);

/**
 * The range [lo, hi] of one component's contribution, for a min–max normalisation without
 * `from`: Σ wᵢ·min(valuesᵢ) … Σ wᵢ·max(valuesᵢ) (bounds swapped for a negative weight); a summed
 * multiple choice reaches down to Σ of the negative values and up to Σ of the positive ones; a
 * quantity uses its dimension's min and max times `factor`. Null when it cannot be derived.
 */
export function contributionRange(c: ScoreComponent, dim: Dimension): [ExactDecimal, ExactDecimal] | null {
  let lo: ExactDecimal;
  let hi: ExactDecimal;
  if (dim.type === "quantity") {
    if (dim.min === undefined || dim.max === undefined) return null;
    const f = exactOf(c.factor ?? 1);
    // A negative factor swaps them: the weighted pair is put in order below.
    lo = exactOf(dim.min).times(f);
    hi = exactOf(dim.max).times(f);
  } else {
    const values = Object.values(c.values ?? {}).map(exactOf);
    if (values.length === 0) return null;
    lo = values.reduce((a, b) => (b.lt(a) ? b : a));
    hi = values.reduce((a, b) => (b.gt(a) ? b : a));
    if (c.aggregate === "sum" && "multiple" in dim && dim.multiple === true) {
      const neg = values.filter((v) => v.lt(0)).reduce((a, b) => a.plus(b), ZERO);
      const pos = values.filter((v) => v.gt(0)).reduce((a, b) => a.plus(b), ZERO);
      if (neg.lt(lo)) lo = neg;
      if (pos.gt(hi)) hi = pos;
    }
  }
  const w = exactOf(c.weight);
  const a = lo.times(w);
  const b = hi.times(w);
  return a.gt(b) ? [b, a] : [a, b];
}

/** Evaluates a score method exactly; sets `ctx.score` (when not yet set) and returns the outcome. */
export function interpretScore(method: ScoreMethod, ctx: EvalContext, at: string): number {
  const { sink } = ctx;
  let raw = ZERO;
  let weights = ZERO;
  for (let i = 0; i < method.components.length; i++) {
    const c = method.components[i]!;
    const dimension = c.dimension;
    const dim = ctx.dimension(dimension);
    if (dim === undefined) {
      return cannotScore(ctx, "classify_dimension_unknown", { dimension, expected: c.values !== undefined ? "ordinal" : "quantity", at: `${at}/components/${i}/dimension` });
    }
    const weight = exactOf(c.weight);
    weights = weights.plus(weight);
    const fact = ctx.fact(dimension);
    let value: ExactDecimal;
    if (fact === undefined) {
      value = exactOf(c.missing ?? 0);
      const contribution = weight.times(value);
      sink.issue("fact_missing_default", "info", `/${escapePointerToken(dimension)}`, { dimension, value: formatExact(value) });
      sink.step("trace_score_component_missing", { dimension, value: formatExact(value), weight: formatExact(weight), contribution: formatExact(contribution) });
      raw = raw.plus(contribution);
      continue;
    }
    let factParam;
    if (fact.kind === "quantity") {
      value = fact.value.times(exactOf(c.factor ?? 1));
      factParam = fact.text;
    } else {
      const ordinal = dim as Dimension & { type: "ordinal" };
      let acc: ExactDecimal | null = null;
      for (const k of fact.indices) {
        const option = ordinal.options[k]!.code;
        if (c.values === undefined || !Object.hasOwn(c.values, option)) {
          return cannotScore(ctx, "classify_score_value_missing", { dimension, option, at: `${at}/components/${i}/values` });
        }
        const v = exactOf(c.values[option]!);
        acc = acc === null ? v : c.aggregate === "sum" ? acc.plus(v) : v.gt(acc) ? v : acc;
      }
      value = acc ?? ZERO;
      factParam = optionsParam(ordinal, fact.indices);
    }
    const contribution = weight.times(value);
    sink.step("trace_score_component", { dimension, fact: factParam, value: formatExact(value), weight: formatExact(weight), contribution: formatExact(contribution) });
    raw = raw.plus(contribution);
  }
  sink.step("trace_score_raw", { raw: formatExact(raw) });

  // The score as the exact ratio num / den.
  let num = raw;
  let den = ONE;
  const norm = method.normalisation;
  if (norm.kind === "weighted-mean") {
    if (weights.eq(0)) return cannotScore(ctx, "classify_score_undefined", { at: `${at}/normalisation` });
    den = weights;
    sink.step("trace_score_weighted_mean", { raw: formatExact(raw), weights: formatExact(weights), normalised: formatRatio(num, den) });
  } else if (norm.kind === "min-max") {
    let lo: ExactDecimal;
    let hi: ExactDecimal;
    if (norm.from !== undefined) {
      lo = exactOf(norm.from.min);
      hi = exactOf(norm.from.max);
    } else {
      lo = ZERO;
      hi = ZERO;
      for (let i = 0; i < method.components.length; i++) {
        const c = method.components[i]!;
        const range = contributionRange(c, ctx.dimension(c.dimension)!);
        if (range === null) {
          return cannotScore(ctx, "classify_score_range_unknown", { dimension: c.dimension, at: `${at}/normalisation` });
        }
        lo = lo.plus(range[0]);
        hi = hi.plus(range[1]);
      }
    }
    if (hi.eq(lo)) return cannotScore(ctx, "classify_score_undefined", { at: `${at}/normalisation` });
    const toMin = exactOf(norm.to.min);
    const toMax = exactOf(norm.to.max);
    num = toMin.times(hi.minus(lo)).plus(raw.minus(lo).times(toMax.minus(toMin)));
    den = hi.minus(lo);
    sink.step("trace_score_min_max", {
      raw: formatExact(raw),
      fromMin: formatExact(lo),
      fromMax: formatExact(hi),
      toMin: formatExact(toMin),
      toMax: formatExact(toMax),
      normalised: formatRatio(num, den),
    });
  }
  if (method.clamp !== undefined) {
    const min = exactOf(method.clamp.min);
    const max = exactOf(method.clamp.max);
    const bound = compareRatio(num, den, min) < 0 ? min : compareRatio(num, den, max) > 0 ? max : null;
    if (bound !== null) {
      sink.step("trace_score_clamped", { min: formatExact(min), max: formatExact(max), before: formatRatio(num, den), after: formatExact(bound) });
      num = bound;
      den = ONE;
    }
  }
  const rounded = roundRatio(num, den, method.rounding);
  const score = formatFixed(rounded, method.rounding.decimals);
  sink.step("trace_score_rounded", { score, decimals: method.rounding.decimals, mode: method.rounding.mode });
  ctx.score ??= score;
  if (method.cutPoints === undefined) {
    sink.step("trace_score_no_cut_points", { score });
    return SCORE_ONLY;
  }
  let best = -1;
  let bestAt = "";
  let bestLevel = "";
  let lowest: ExactDecimal | null = null;
  for (let i = 0; i < method.cutPoints.length; i++) {
    const cut = method.cutPoints[i]!;
    const atLeast = exactOf(cut.atLeast);
    if (lowest === null || atLeast.lt(lowest)) lowest = atLeast;
    if (rounded.lt(atLeast)) continue;
    const rank = ctx.levelRank(cut.level);
    if (rank < 0) {
      return cannotScore(ctx, "classify_level_unknown", { level: cut.level, at: `${at}/cutPoints/${i}/level` });
    }
    if (rank > best) {
      best = rank;
      bestAt = formatExact(atLeast);
      bestLevel = cut.level;
    }
  }
  if (best < 0) {
    sink.step("trace_score_below_cut_points", { score, lowest: formatExact(lowest ?? ZERO) });
    sink.issue("classify_no_level", "warning", "", { method: "score" });
    return UNDETERMINED;
  }
  sink.step("trace_score_cut_point", { score, atLeast: bestAt, level: bestLevel });
  return best;
}

/** A score the method as written cannot give: the error, then "cannot be decided". */
function cannotScore(ctx: EvalContext, code: string, params: IssueParams): number {
  ctx.sink.issue(code, "error", "", params);
  return cannotDecide(ctx, ctx.sink);
}
