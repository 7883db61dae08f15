import type { Issue } from "../../issues/issue.js";
import { issue } from "../_issue.js";
import type { MappingContext } from "../_mapping-context.js";

/** `mapping_exact_low_confidence` (info): an exactMatch held with confidence below 0.5 is a contradiction in terms; closeMatch may be meant. */
export function mappingConfidence(ctx: MappingContext): Issue[] {
  const out: Issue[] = [];
  ctx.mapping.records.forEach((r, i) => {
    if (r.relation === "exactMatch" && r.confidence < 0.5) out.push(issue("mapping_exact_low_confidence", ["records", i, "confidence"], { confidence: r.confidence }));
  });
  return out;
}
