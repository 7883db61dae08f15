/**
 * Rules for methods that validate structurally but can never give a level (or never for some
 * incidents): each names the defect and the fix. One small function per rule.
 */
import { formatExact, toExact } from "../../decimal/exact.js";
import type { ExactDecimal } from "../../decimal/exact.js";
import type { Issue } from "../../issues/issue.js";
import type { ScoreMethod } from "../../model/method.js";
import { FORBIDDEN_KEYS } from "../../parse/check-keys.js";
import { compareDecimal } from "../../decimal/compare.js";
import { issue } from "../_issue.js";
import type { ScaleContext } from "../_scale-context.js";
import { simpleMethods } from "../_scale-context.js";
import { scoreRange } from "./score-cut-points.js";

/**
 * `score_weights_all_zero` (error): a weighted mean whose weights are all zero divides by zero, so
 * no incident ever gets a score, let alone a level.
 */
export function scoreWeightsNotAllZero(ctx: ScaleContext): Issue[] {
  const out: Issue[] = [];
  for (const { method, path } of simpleMethods(ctx.scale)) {
    if (method.kind !== "score" || method.normalisation.kind !== "weighted-mean") continue;
    if (method.components.every((c) => compareDecimal(c.weight, 0) === 0)) out.push(issue("score_weights_all_zero", [...path, "components"], {}));
  }
  return out;
}

/** Σ wᵢ·min(valuesᵢ) and Σ wᵢ·max(valuesᵢ), or the first component whose values give no bound. */
function derivedRange(ctx: ScaleContext, method: ScoreMethod): { min: ExactDecimal; max: ExactDecimal } | { unbounded: string } | undefined {
  let min = toExact(0)!;
  let max = toExact(0)!;
  for (const c of method.components) {
    const w = toExact(c.weight);
    if (w === null) return undefined;
    const dim = ctx.dimensions.get(c.dimension)?.dimension;
    if (dim === undefined) return undefined; // reported by scoreReferences
    let lo: ExactDecimal | null;
    let hi: ExactDecimal | null;
    if (dim.type !== "quantity") {
      const values = Object.values(c.values ?? {}).map((v) => toExact(v));
      if (values.length === 0 || values.some((v) => v === null)) return undefined;
      lo = values.reduce((a, b) => (b!.lt(a!) ? b : a))!;
      hi = values.reduce((a, b) => (b!.gt(a!) ? b : a))!;
    } else {
      if (dim.min === undefined || dim.max === undefined) return { unbounded: c.dimension };
      const f = toExact(c.factor ?? 1);
      lo = toExact(dim.min);
      hi = toExact(dim.max);
      if (f === null || lo === null || hi === null) return undefined;
      [lo, hi] = f.lt(0) ? [hi.times(f), lo.times(f)] : [lo.times(f), hi.times(f)];
    }
    const [a, b] = w.lt(0) ? [hi.times(w), lo.times(w)] : [lo.times(w), hi.times(w)];
    min = min.plus(a);
    max = max.plus(b);
  }
  return { min, max };
}

/**
 * `score_range_underivable` (error): a min–max normalisation without `from` derives its range from
 * the components, which a quantity without both `min` and `max` cannot give, and a derived range
 * of zero width (`score_range_invalid`) leaves nothing to rescale. Either way no score is ever
 * computed. The fix: state `from`.
 */
export function scoreRangeDerivable(ctx: ScaleContext): Issue[] {
  const out: Issue[] = [];
  for (const { method, path } of simpleMethods(ctx.scale)) {
    if (method.kind !== "score" || method.normalisation.kind !== "min-max" || method.normalisation.from !== undefined) continue;
    const range = derivedRange(ctx, method);
    if (range === undefined) continue;
    const at = [...path, "normalisation"];
    if ("unbounded" in range) out.push(issue("score_range_underivable", at, { dimension: range.unbounded }));
    else if (!range.min.lt(range.max)) out.push(issue("score_range_invalid", at, { min: formatExact(range.min), max: formatExact(range.max) }));
  }
  return out;
}

/**
 * `cut_point_gap_below` (warning): the first cut-point lies above the lowest score the method can
 * give (its clamp, else its min–max `to`), so the lower scores give no level at all.
 */
export function cutPointsFromLowest(ctx: ScaleContext): Issue[] {
  const out: Issue[] = [];
  for (const { method, path } of simpleMethods(ctx.scale)) {
    if (method.kind !== "score" || !method.cutPoints) continue;
    const range = scoreRange(method);
    const first = method.cutPoints[0];
    if (!range || !first) continue;
    if (compareDecimal(first.atLeast, range.min) === 1) {
      out.push(issue("cut_point_gap_below", [...path, "cutPoints", 0, "atLeast"], { atLeast: String(first.atLeast), min: String(range.min), level: first.level }));
    }
  }
  return out;
}

/**
 * `bands_gap_below` (warning): the first band of a quantity rating starts above the quantity's
 * lowest value (its `min`, else any value at all), so smaller quantities rate to no level.
 */
export function bandsFromLowest(ctx: ScaleContext): Issue[] {
  const out: Issue[] = [];
  for (const { method, path } of simpleMethods(ctx.scale)) {
    if (method.kind !== "max") continue;
    method.ratings.forEach((rating, i) => {
      if (!("bands" in rating)) return;
      const dim = ctx.dimensions.get(rating.dimension)?.dimension;
      const first = rating.bands[0];
      if (dim?.type !== "quantity" || !first) return;
      const lowest = dim.min;
      if (lowest === undefined || compareDecimal(first.atLeast, lowest) === 1) {
        out.push(issue("bands_gap_below", [...path, "ratings", i, "bands", 0, "atLeast"], { dimension: rating.dimension, atLeast: String(first.atLeast), min: lowest === undefined ? "-∞" : String(lowest) }));
      }
    });
  }
  return out;
}

/**
 * `dimension_code_reserved` (error): a dimension code the facts reader refuses as a key
 * (`__proto__`, `constructor`, `prototype`): no facts could ever name it.
 */
export function dimensionCodesUsable(ctx: ScaleContext): Issue[] {
  const out: Issue[] = [];
  ctx.scale.dimensions.forEach((d, i) => {
    if (FORBIDDEN_KEYS.includes(d.code)) out.push(issue("dimension_code_reserved", ["dimensions", i, "code"], { code: d.code }));
  });
  return out;
}
