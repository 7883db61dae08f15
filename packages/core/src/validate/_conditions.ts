/** Helpers over rule conditions shared by the rules-method checks (internal). */
import type { Issue } from "../issues/issue.js";
import type { Condition, Threshold } from "../model/condition.js";
import type { Path } from "./_issue.js";
import type { ScaleContext } from "./_scale-context.js";
import { checkDimension, checkOption } from "./_scale-context.js";

/** Dimension codes a threshold refers to (through `percentOf`). */
export function thresholdDimensions(t: Threshold): string[] {
  if ("percentOf" in t) return [t.percentOf.dimension];
  if ("smallerOf" in t) return t.smallerOf.flatMap(thresholdDimensions);
  if ("largerOf" in t) return t.largerOf.flatMap(thresholdDimensions);
  return [];
}

/** Every dimension code a condition refers to. */
export function conditionDimensions(c: Condition): string[] {
  if ("all" in c) return c.all.flatMap(conditionDimensions);
  if ("any" in c) return c.any.flatMap(conditionDimensions);
  if ("not" in c) return conditionDimensions(c.not);
  if ("compare" in c) return [c.dimension, ...thresholdDimensions(c.threshold)];
  if ("dimension" in c) return [c.dimension];
  return [];
}

function checkThreshold(ctx: ScaleContext, t: Threshold, path: Path, out: Issue[]): void {
  if ("percentOf" in t) checkDimension(ctx, t.percentOf.dimension, [...path, "percentOf", "dimension"], out, { type: "quantity", property: "percentOf" });
  else if ("smallerOf" in t) t.smallerOf.forEach((x, i) => checkThreshold(ctx, x, [...path, "smallerOf", i], out));
  else if ("largerOf" in t) t.largerOf.forEach((x, i) => checkThreshold(ctx, x, [...path, "largerOf", i], out));
}

/**
 * Checks a condition's references: dimensions exist and have the type the test needs (`in`,
 * `atLeast`, `atMost` on ordinal dimensions; `compare` and `percentOf` on quantities), and the
 * options named exist. An unknown dimension is one issue; its options are then not checked.
 */
export function checkConditionReferences(ctx: ScaleContext, c: Condition, path: Path, out: Issue[]): void {
  if ("all" in c) c.all.forEach((x, i) => checkConditionReferences(ctx, x, [...path, "all", i], out));
  else if ("any" in c) c.any.forEach((x, i) => checkConditionReferences(ctx, x, [...path, "any", i], out));
  else if ("not" in c) checkConditionReferences(ctx, c.not, [...path, "not"], out);
  else if ("in" in c) {
    const dim = checkDimension(ctx, c.dimension, [...path, "dimension"], out, { type: "ordinal", property: "in" });
    if (dim?.type === "ordinal") c.in.forEach((o, i) => checkOption(ctx, dim, o, [...path, "in", i], out));
  } else if ("atLeast" in c) {
    const dim = checkDimension(ctx, c.dimension, [...path, "dimension"], out, { type: "ordinal", property: "atLeast" });
    if (dim?.type === "ordinal") checkOption(ctx, dim, c.atLeast, [...path, "atLeast"], out);
  } else if ("atMost" in c) {
    const dim = checkDimension(ctx, c.dimension, [...path, "dimension"], out, { type: "ordinal", property: "atMost" });
    if (dim?.type === "ordinal") checkOption(ctx, dim, c.atMost, [...path, "atMost"], out);
  } else if ("compare" in c) {
    checkDimension(ctx, c.dimension, [...path, "dimension"], out, { type: "quantity", property: "compare" });
    checkThreshold(ctx, c.threshold, [...path, "threshold"], out);
  }
}

/**
 * A canonical text of a condition: keys sorted, `in` sets and the members of `all` / `any`
 * sorted (their order does not change the meaning), decimals written as strings. Two conditions
 * with the same canonical text hold for exactly the same incidents.
 */
export function canonicalCondition(c: Condition): string {
  if ("all" in c) return `all(${c.all.map(canonicalCondition).sort().join(",")})`;
  if ("any" in c) return `any(${c.any.map(canonicalCondition).sort().join(",")})`;
  if ("not" in c) return `not(${canonicalCondition(c.not)})`;
  if ("in" in c) return `in(${JSON.stringify(c.dimension)},${JSON.stringify([...new Set(c.in)].sort())})`;
  if ("atLeast" in c) return `atLeast(${JSON.stringify(c.dimension)},${JSON.stringify(c.atLeast)})`;
  if ("atMost" in c) return `atMost(${JSON.stringify(c.dimension)},${JSON.stringify(c.atMost)})`;
  if ("compare" in c) return `compare(${JSON.stringify(c.dimension)},${c.compare},${canonicalThreshold(c.threshold)})`;
  return "always";
}

function canonicalThreshold(t: Threshold): string {
  if ("value" in t) return `value(${String(t.value)})`;
  if ("smallerOf" in t) return `smallerOf(${t.smallerOf.map(canonicalThreshold).sort().join(",")})`;
  if ("largerOf" in t) return `largerOf(${t.largerOf.map(canonicalThreshold).sort().join(",")})`;
  return `percentOf(${JSON.stringify(t.percentOf.dimension)},${String(t.percentOf.percent)})`;
}

/** True when the condition is `{ always: true }`. */
export function isAlways(c: Condition): boolean {
  return "always" in c;
}

/**
 * Options of a single-choice ordinal dimension a direct test allows, or undefined when the test
 * does not constrain one such dimension (multiple-choice dimensions are left alone: "at least X"
 * and "at most Y" can both hold when several options are selected).
 */
function allowedOptions(ctx: ScaleContext, c: Condition): { dimension: string; allowed: Set<string> } | undefined {
  if (!("dimension" in c) || "compare" in c || "is" in c) return undefined;
  const found = ctx.dimensions.get(c.dimension);
  const ranks = ctx.optionRank.get(c.dimension);
  if (!found || found.dimension.type !== "ordinal" || found.dimension.multiple === true || !ranks) return undefined;
  const all = [...ranks.keys()];
  if ("in" in c) return c.in.every((o) => ranks.has(o)) ? { dimension: c.dimension, allowed: new Set(c.in) } : undefined;
  const bound = "atLeast" in c ? c.atLeast : c.atMost;
  const r = ranks.get(bound);
  if (r === undefined) return undefined;
  return { dimension: c.dimension, allowed: new Set(all.filter((o) => ("atLeast" in c ? ranks.get(o)! >= r : ranks.get(o)! <= r))) };
}

/**
 * Where a condition is unsatisfiable, if it decidably is: the path of the innermost part that
 * can never hold. Decided cases only:
 * - `{ not: { always: true } }`;
 * - `any` whose members are all unsatisfiable; `all` with an unsatisfiable member;
 * - `all` containing both X and `{ not: X }` (same canonical text);
 * - `all` whose direct `in` / `atLeast` / `atMost` tests on one single-choice ordinal dimension
 *   leave no option (e.g. `in [a]` and `in [b]`, or `atLeast high` and `atMost low`).
 * Tests that name unknown dimensions or options are not analysed (they are reported elsewhere).
 */
export function unsatisfiableAt(ctx: ScaleContext, c: Condition, path: Path): Path | undefined {
  if ("not" in c) return isAlways(c.not) ? path : undefined;
  if ("any" in c) return c.any.every((x, i) => unsatisfiableAt(ctx, x, [...path, "any", i]) !== undefined) ? path : undefined;
  if (!("all" in c)) return undefined;
  for (let i = 0; i < c.all.length; i++) {
    const inner = unsatisfiableAt(ctx, c.all[i]!, [...path, "all", i]);
    if (inner) return inner;
  }
  const texts = new Set(c.all.map(canonicalCondition));
  if (c.all.some((x) => "not" in x && texts.has(canonicalCondition(x.not)))) return path;
  const byDimension = new Map<string, Set<string>>();
  for (const x of c.all) {
    const a = allowedOptions(ctx, x);
    if (!a) continue;
    const prev = byDimension.get(a.dimension);
    byDimension.set(a.dimension, prev ? new Set([...prev].filter((o) => a.allowed.has(o))) : a.allowed);
  }
  for (const allowed of byDimension.values()) if (allowed.size === 0) return path;
  return undefined;
}
