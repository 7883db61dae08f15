import type { Issue } from "../../issues/issue.js";
import { isNegativeDecimal } from "../../decimal/compare.js";
import { issue } from "../_issue.js";
import type { ScaleContext } from "../_scale-context.js";
import { simpleMethods } from "../_scale-context.js";

/**
 * `score_weight_negative`: component weights are zero or more. A negative weight would make a
 * more severe option lower the score, and breaks the min–max normalisation derived from values.
 */
export function scoreWeightsNonNegative(ctx: ScaleContext): Issue[] {
  const out: Issue[] = [];
  for (const { method, path } of simpleMethods(ctx.scale)) {
    if (method.kind !== "score") continue;
    method.components.forEach((c, i) => {
      if (isNegativeDecimal(c.weight) === true) out.push(issue("score_weight_negative", [...path, "components", i, "weight"], { dimension: c.dimension, weight: String(c.weight) }));
    });
  }
  return out;
}
