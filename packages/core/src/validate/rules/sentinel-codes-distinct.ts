import type { Issue } from "../../issues/issue.js";
import { toPointer } from "../../issues/issue.js";
import { issue } from "../_issue.js";
import type { ScaleContext } from "../_scale-context.js";
import { duplicatesBy } from "../_scale-context.js";

/**
 * `sentinel_conflicts_level`, `sentinel_code_duplicate`: a sentinel ("unknown", "out of scope")
 * stands outside the order, so its code must differ from every level code (else an incident
 * "at" that code would be both ranked and unranked) and from the other sentinels.
 */
export function sentinelCodesDistinct(ctx: ScaleContext): Issue[] {
  const sentinels = ctx.scale.sentinels ?? [];
  const out: Issue[] = [];
  sentinels.forEach((s, i) => {
    if (ctx.levelRank.has(s.code)) out.push(issue("sentinel_conflicts_level", ["sentinels", i, "code"], { code: s.code }));
  });
  for (const d of duplicatesBy(sentinels, (s) => s.code, (i) => ["sentinels", i, "code"])) {
    out.push(issue("sentinel_code_duplicate", d.path, { code: d.key, first: toPointer(d.first) }));
  }
  return out;
}
