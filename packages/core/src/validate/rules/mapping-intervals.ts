import type { Issue } from "../../issues/issue.js";
import { issue } from "../_issue.js";
import type { MappingContext } from "../_mapping-context.js";
import { checkLevel } from "../_scale-context.js";

/**
 * With the object scale: each interval's `min` and `max` name levels of it
 * (`unknown_level_reference`; a sentinel is not a level), and `min` is not more severe than
 * `max` (`mapping_interval_inverted`).
 */
export function mappingIntervals(ctx: MappingContext): Issue[] {
  const object = ctx.object;
  if (!object) return [];
  const out: Issue[] = [];
  ctx.mapping.records.forEach((r, i) => {
    if (!r.object) return;
    const at = ["records", i, "object"];
    const unknown = [...checkLevel(object, r.object.min, [...at, "min"]), ...(r.object.max !== r.object.min ? checkLevel(object, r.object.max, [...at, "max"]) : [])];
    out.push(...unknown);
    const lo = object.levelRank.get(r.object.min);
    const hi = object.levelRank.get(r.object.max);
    if (lo !== undefined && hi !== undefined && lo > hi) out.push(issue("mapping_interval_inverted", at, { min: r.object.min, max: r.object.max }));
  });
  return out;
}
