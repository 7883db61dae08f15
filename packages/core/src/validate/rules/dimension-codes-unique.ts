import type { Issue } from "../../issues/issue.js";
import { toPointer } from "../../issues/issue.js";
import { issue } from "../_issue.js";
import type { ScaleContext } from "../_scale-context.js";
import { duplicatesBy } from "../_scale-context.js";

/**
 * `dimension_code_duplicate`, `option_code_duplicate`: dimension codes are unique in the scale
 * and option codes unique within their dimension, because incident facts and the method refer to
 * them by code.
 */
export function dimensionCodesUnique(ctx: ScaleContext): Issue[] {
  const out: Issue[] = [];
  const dims = ctx.scale.dimensions;
  for (const d of duplicatesBy(dims, (dim) => dim.code, (i) => ["dimensions", i, "code"])) {
    out.push(issue("dimension_code_duplicate", d.path, { code: d.key, first: toPointer(d.first) }));
  }
  dims.forEach((dim, i) => {
    if (dim.type !== "ordinal") return;
    for (const d of duplicatesBy(dim.options, (o) => o.code, (j) => ["dimensions", i, "options", j, "code"])) {
      out.push(issue("option_code_duplicate", d.path, { code: d.key, dimension: dim.code, first: toPointer(d.first) }));
    }
  });
  return out;
}
