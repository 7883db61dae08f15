import type { Issue } from "../../issues/issue.js";
import { issue } from "../_issue.js";
import type { ScaleContext } from "../_scale-context.js";

/**
 * `level_color_duplicate` (warning): two levels with the same hex colour (case-insensitive)
 * cannot be told apart on a chart or a dashboard.
 */
export function levelColorsDistinct(ctx: ScaleContext): Issue[] {
  const seen = new Map<string, string>();
  const out: Issue[] = [];
  ctx.scale.levels.forEach((level, i) => {
    const hex = level.color?.hex?.toUpperCase();
    if (hex === undefined) return;
    const other = seen.get(hex);
    if (other !== undefined) out.push(issue("level_color_duplicate", ["levels", i, "color", "hex"], { level: level.code, other, hex }));
    else seen.set(hex, level.code);
  });
  return out;
}
