import type { Issue } from "../../issues/issue.js";
import { toPointer } from "../../issues/issue.js";
import { issue } from "../_issue.js";
import type { ScaleContext } from "../_scale-context.js";
import { duplicatesBy } from "../_scale-context.js";

/**
 * `level_code_duplicate`: every level has its own code. Levels are referred to by code (rules,
 * cut-points, mappings, `<id>@<version>#<code>`), so two levels sharing one make every such
 * reference ambiguous. Reported at the second level's code.
 */
export function levelCodesUnique(ctx: ScaleContext): Issue[] {
  return duplicatesBy(ctx.scale.levels, (l) => l.code, (i) => ["levels", i, "code"]).map((d) =>
    issue("level_code_duplicate", d.path, { code: d.key, first: toPointer(d.first) }),
  );
}
