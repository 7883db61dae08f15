import type { Issue } from "../../issues/issue.js";
import { issue } from "../_issue.js";
import type { ScaleContext } from "../_scale-context.js";

/**
 * `level_definition_missing` (info): a level without a `definition` (allowed since format 1.1,
 * for sources that define a level by its label only). Noted so the encoder knows it was seen;
 * `render` says "not defined by the issuer" there.
 */
export function levelDefinitions(ctx: ScaleContext): Issue[] {
  const out: Issue[] = [];
  ctx.scale.levels.forEach((level, i) => {
    if (level.definition === undefined) out.push(issue("level_definition_missing", ["levels", i], { level: level.code }));
  });
  return out;
}
