import type { Issue } from "../../issues/issue.js";
import { issue } from "../_issue.js";
import type { ScaleContext } from "../_scale-context.js";
import { simpleMethods } from "../_scale-context.js";

/**
 * `max_option_unrated` (warning): a per-option rating rates every option of its dimension; an
 * unrated option gives an incident no level from that dimension, which is rarely intended. One
 * issue per rating, listing the unrated options.
 */
export function maxOptionsRated(ctx: ScaleContext): Issue[] {
  const out: Issue[] = [];
  for (const { method, path } of simpleMethods(ctx.scale)) {
    if (method.kind !== "max") continue;
    method.ratings.forEach((rating, i) => {
      if (!("levels" in rating)) return;
      const ranks = ctx.optionRank.get(rating.dimension);
      if (!ranks) return;
      const missing = [...ranks.keys()].filter((o) => !Object.hasOwn(rating.levels, o));
      if (missing.length > 0) out.push(issue("max_option_unrated", [...path, "ratings", i, "levels"], { dimension: rating.dimension, missing }));
    });
  }
  return out;
}
