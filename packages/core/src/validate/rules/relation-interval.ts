import type { Issue } from "../../issues/issue.js";
import { issue } from "../_issue.js";
import type { MappingContext } from "../_mapping-context.js";

/**
 * `relation_interval_mismatch`: the relation agrees with the object interval — exactMatch spans
 * exactly one object level (min equals max), noMatch has no `object`, and every other relation
 * has one. Needs no scale: it compares codes.
 */
export function relationIntervalAgrees(ctx: MappingContext): Issue[] {
  const out: Issue[] = [];
  ctx.mapping.records.forEach((r, i) => {
    const o = r.object;
    const bad = r.relation === "noMatch" ? o !== undefined : o === undefined || (r.relation === "exactMatch" && o.min !== o.max);
    if (bad) out.push(issue("relation_interval_mismatch", o ? ["records", i, "object"] : ["records", i], { relation: r.relation, ...(o ? { min: o.min, max: o.max } : {}) }));
  });
  return out;
}
