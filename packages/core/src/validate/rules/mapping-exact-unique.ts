import type { Issue } from "../../issues/issue.js";
import { issue } from "../_issue.js";
import type { MappingContext } from "../_mapping-context.js";

/**
 * `mapping_exact_not_unique` (warning): two different subject levels are both an exactMatch of
 * the same object level. exactMatch is transitive (SKOS), so that would say the two subject
 * levels are the same; one of them is more likely a closeMatch. Reported at the later record.
 */
export function mappingExactUnique(ctx: MappingContext): Issue[] {
  const out: Issue[] = [];
  const byObject = new Map<string, string>();
  ctx.mapping.records.forEach((r, i) => {
    if (r.relation !== "exactMatch" || !r.object || r.object.min !== r.object.max) return;
    const other = byObject.get(r.object.min);
    if (other === undefined) byObject.set(r.object.min, r.subject);
    else if (other !== r.subject) out.push(issue("mapping_exact_not_unique", ["records", i], { level: r.subject, other, object: r.object.min }));
  });
  return out;
}
