import type { Issue } from "../../issues/issue.js";
import type { ScaleContext } from "../_scale-context.js";
import { checkLevel } from "../_scale-context.js";

/**
 * `unknown_level_reference`: the significance threshold names a level of the scale (not a
 * sentinel: "significant" means "at least this level", which needs a rank).
 */
export function significanceLevelExists(ctx: ScaleContext): Issue[] {
  const s = ctx.scale.significance;
  return s ? checkLevel(ctx, s.level, ["significance", "level"]) : [];
}
