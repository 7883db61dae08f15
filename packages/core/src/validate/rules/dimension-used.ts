import type { Issue } from "../../issues/issue.js";
import type { SimpleMethod } from "../../model/method.js";
import { conditionDimensions } from "../_conditions.js";
import { issue } from "../_issue.js";
import type { ScaleContext } from "../_scale-context.js";
import { simpleMethods } from "../_scale-context.js";

function usedBy(method: SimpleMethod): string[] {
  switch (method.kind) {
    case "rules":
      return method.rules.flatMap((r) => conditionDimensions(r.when));
    case "score":
      return method.components.map((c) => c.dimension);
    case "matrix":
      return method.axes.map((a) => a.dimension);
    case "max":
      return method.ratings.map((r) => r.dimension);
    case "judgement":
      return [];
  }
}

/**
 * `dimension_unused` (info): a dimension that no method refers to never affects the level. That
 * is fine for a judgement scale (the dimensions guide the analyst), but often means a method
 * forgot it, so it is reported as information.
 */
export function dimensionUsed(ctx: ScaleContext): Issue[] {
  const used = new Set(simpleMethods(ctx.scale).flatMap(({ method }) => usedBy(method)));
  const out: Issue[] = [];
  ctx.scale.dimensions.forEach((d, i) => {
    if (!used.has(d.code)) out.push(issue("dimension_unused", ["dimensions", i], { dimension: d.code }));
  });
  return out;
}
