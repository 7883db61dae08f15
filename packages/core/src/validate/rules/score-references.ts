import type { Issue } from "../../issues/issue.js";
import { issue } from "../_issue.js";
import type { ScaleContext } from "../_scale-context.js";
import { checkDimension, checkLevel, checkOption, simpleMethods } from "../_scale-context.js";

/**
 * References in a score method: each component's dimension exists; `values` (a value per option)
 * belongs to ordinal dimensions and names their options; `factor` belongs to quantities
 * (`dimension_type_mismatch` otherwise); each cut-point names a level (not a sentinel: cut-points
 * rank levels).
 */
export function scoreReferences(ctx: ScaleContext): Issue[] {
  const out: Issue[] = [];
  for (const { method, path } of simpleMethods(ctx.scale)) {
    if (method.kind !== "score") continue;
    method.components.forEach((c, i) => {
      const at = [...path, "components", i];
      const dim = checkDimension(ctx, c.dimension, [...at, "dimension"], out);
      if (!dim) return;
      if (c.values !== undefined) {
        if (dim.type !== "ordinal") {
          out.push(issue("dimension_type_mismatch", [...at, "values"], { dimension: c.dimension, actual: dim.type, expected: "ordinal", property: "values" }));
        } else {
          const known = ctx.optionRank.get(dim.code);
          // The path is built only for an unknown option.
          for (const option of Object.keys(c.values)) if (!known?.has(option)) checkOption(ctx, dim, option, [...at, "values", option], out);
        }
      }
      if (c.factor !== undefined && dim.type !== "quantity") {
        out.push(issue("dimension_type_mismatch", [...at, "factor"], { dimension: c.dimension, actual: dim.type, expected: "quantity", property: "factor" }));
      }
    });
    (method.cutPoints ?? []).forEach((cp, i) => out.push(...checkLevel(ctx, cp.level, [...path, "cutPoints", i, "level"])));
  }
  return out;
}
