import type { Issue } from "../../issues/issue.js";
import { issue } from "../_issue.js";
import type { ScaleContext } from "../_scale-context.js";
import { simpleMethods } from "../_scale-context.js";

/**
 * `score_value_missing` (warning): every option of an ordinal dimension used by a score
 * component has a value in `values`; an option without one would silently score as "missing".
 * One issue per component, listing the options without a value.
 */
export function scoreValuesComplete(ctx: ScaleContext): Issue[] {
  const out: Issue[] = [];
  for (const { method, path } of simpleMethods(ctx.scale)) {
    if (method.kind !== "score") continue;
    method.components.forEach((c, i) => {
      const found = ctx.dimensions.get(c.dimension);
      if (!found || found.dimension.type !== "ordinal") return;
      const values = c.values ?? {};
      const missing = found.dimension.options.map((o) => o.code).filter((o) => !Object.hasOwn(values, o));
      if (missing.length > 0) out.push(issue("score_value_missing", [...path, "components", i], { dimension: c.dimension, missing: [...new Set(missing)] }));
    });
  }
  return out;
}
