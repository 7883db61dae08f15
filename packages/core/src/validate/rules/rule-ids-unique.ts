import type { Issue } from "../../issues/issue.js";
import { toPointer } from "../../issues/issue.js";
import { issue } from "../_issue.js";
import type { ScaleContext } from "../_scale-context.js";
import { duplicates, simpleMethods } from "../_scale-context.js";

/** `rule_id_duplicate`: rule ids, when given, are unique within their method (a classification trace names the rule that fired by id). */
export function ruleIdsUnique(ctx: ScaleContext): Issue[] {
  const out: Issue[] = [];
  for (const { method, path } of simpleMethods(ctx.scale)) {
    if (method.kind !== "rules") continue;
    const ids = method.rules.flatMap((r, i) => (r.id === undefined ? [] : [{ key: r.id, path: [...path, "rules", i, "id"] }]));
    for (const d of duplicates(ids)) out.push(issue("rule_id_duplicate", d.path, { id: d.key, first: toPointer(d.first) }));
  }
  return out;
}
