import type { Issue } from "../../issues/issue.js";
import { compareDecimal } from "../../decimal/compare.js";
import { issue } from "../_issue.js";
import type { ScaleContext } from "../_scale-context.js";

/** `quantity_range_inverted`: a quantity dimension's `min` is not above its `max` (compared exactly). */
export function quantityRangeOrdered(ctx: ScaleContext): Issue[] {
  const out: Issue[] = [];
  ctx.scale.dimensions.forEach((dim, i) => {
    if (dim.type !== "quantity" || dim.min === undefined || dim.max === undefined) return;
    if (compareDecimal(dim.min, dim.max) === 1) out.push(issue("quantity_range_inverted", ["dimensions", i], { dimension: dim.code, min: String(dim.min), max: String(dim.max) }));
  });
  return out;
}
