import type { Issue } from "../../issues/issue.js";
import { toPointer } from "../../issues/issue.js";
import { issue } from "../_issue.js";
import type { ScaleContext } from "../_scale-context.js";
import { duplicatesBy } from "../_scale-context.js";

/** `axis_code_duplicate`: parallel axes of assessment are referred to by code, so codes are unique. */
export function axisCodesUnique(ctx: ScaleContext): Issue[] {
  return duplicatesBy(ctx.scale.axes ?? [], (a) => a.code, (i) => ["axes", i, "code"]).map((d) =>
    issue("axis_code_duplicate", d.path, { code: d.key, first: toPointer(d.first) }),
  );
}
