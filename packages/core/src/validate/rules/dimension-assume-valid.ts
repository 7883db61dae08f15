import { checkFact } from "../../classify/facts.js";
import type { Issue } from "../../issues/issue.js";
import { issue } from "../_issue.js";
import type { ScaleContext } from "../_scale-context.js";

/**
 * `dimension_assume_invalid`: the value a dimension assumes when a fact is not given must be a
 * fact the dimension accepts (its options, a single one unless `multiple`; a quantity in range).
 */
export function dimensionAssumeValid(ctx: ScaleContext): Issue[] {
  const out: Issue[] = [];
  ctx.scale.dimensions.forEach((dim, i) => {
    if (dim.assume === undefined) return;
    const problems: Issue[] = [];
    if (typeof checkFact(dim, dim.assume, problems) === "object") return;
    out.push(issue("dimension_assume_invalid", ["dimensions", i, "assume"], { dimension: dim.code, value: JSON.stringify(dim.assume) }));
  });
  return out;
}
