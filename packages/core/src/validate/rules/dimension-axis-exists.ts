import type { Issue } from "../../issues/issue.js";
import { issue } from "../_issue.js";
import type { ScaleContext } from "../_scale-context.js";

/** `unknown_axis_reference`: a dimension's `axis` names one of the scale's declared `axes`. */
export function dimensionAxisExists(ctx: ScaleContext): Issue[] {
  const out: Issue[] = [];
  ctx.scale.dimensions.forEach((dim, i) => {
    if (dim.axis !== undefined && !ctx.axes.has(dim.axis)) {
      out.push(issue("unknown_axis_reference", ["dimensions", i, "axis"], { code: dim.axis, known: [...ctx.axes] }));
    }
  });
  return out;
}
