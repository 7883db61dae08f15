import type { Issue } from "../../issues/issue.js";
import type { ScoreMethod } from "../../model/method.js";
import { compareDecimal } from "../../decimal/compare.js";
import type { Path } from "../_issue.js";
import { issue } from "../_issue.js";
import type { ScaleContext } from "../_scale-context.js";
import { simpleMethods } from "../_scale-context.js";

type Range = { readonly min: number | string; readonly max: number | string };

/**
 * `score_range_invalid`: the min–max normalisation's `from` and `to` ranges have min < max (an
 * empty `from` range would divide by zero; an inverted one turns the score upside down), and a
 * `clamp` has min ≤ max.
 */
export function scoreRangesValid(ctx: ScaleContext): Issue[] {
  const out: Issue[] = [];
  const check = (r: Range | undefined, path: Path, allowEqual: boolean) => {
    if (!r) return;
    const c = compareDecimal(r.min, r.max);
    if (c === 1 || (c === 0 && !allowEqual)) out.push(issue("score_range_invalid", path, { min: String(r.min), max: String(r.max) }));
  };
  for (const { method, path } of simpleMethods(ctx.scale)) {
    if (method.kind !== "score") continue;
    const n: ScoreMethod["normalisation"] = method.normalisation;
    if (n.kind === "min-max") {
      check(n.from, [...path, "normalisation", "from"], false);
      check(n.to, [...path, "normalisation", "to"], false);
    }
    check(method.clamp, [...path, "clamp"], true);
  }
  return out;
}
