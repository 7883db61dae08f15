import type { Issue } from "../../issues/issue.js";
import { toPointer } from "../../issues/issue.js";
import type { MappingRecord } from "../../model/mapping.js";
import { issue } from "../_issue.js";
import type { MappingContext } from "../_mapping-context.js";

/** True when the exact record's single object level lies inside the other record's interval. */
function sameObjectLevel(ctx: MappingContext, exact: MappingRecord, other: MappingRecord): string | undefined {
  if (!exact.object || !other.object) return undefined;
  const level = exact.object.min;
  const rank = ctx.object?.levelRank;
  if (rank) {
    const r = rank.get(level);
    const lo = rank.get(other.object.min);
    const hi = rank.get(other.object.max);
    if (r !== undefined && lo !== undefined && hi !== undefined) return lo <= r && r <= hi ? level : undefined;
  }
  return level === other.object.min || level === other.object.max ? level : undefined;
}

const BROAD_OR_RELATED = new Set(["broadMatch", "relatedMatch"]);

/**
 * One record per subject level ("every subject level is mapped, or explicitly noMatch"):
 * - `mapping_record_duplicate`: a second record for the same subject code — or, when one of the
 *   two is an exactMatch and the other a broadMatch / relatedMatch covering the same object level,
 *   `mapping_exact_conflict` instead (an exact match cannot also be broad or related);
 * - with the subject scale: `unknown_level_reference` for a subject code that is neither a level
 *   nor a sentinel; `mapping_sentinel_matched` for a sentinel mapped with anything but noMatch;
 *   `mapping_record_missing` per level without a record (at `/records`) — unless some record
 *   names an unknown level: that is most likely the missing level misspelt, and one issue.
 */
export function mappingRecords(ctx: MappingContext): Issue[] {
  const out: Issue[] = [];
  const records = ctx.mapping.records;
  const first = new Map<string, number>();
  let unknownSubject = false;
  records.forEach((r, i) => {
    const at = ["records", i];
    const j = first.get(r.subject);
    if (j === undefined) {
      first.set(r.subject, i);
      const subject = ctx.subject;
      if (!subject) return;
      if (subject.sentinels.has(r.subject) && !subject.levelRank.has(r.subject)) {
        if (r.relation !== "noMatch") out.push(issue("mapping_sentinel_matched", [...at, "relation"], { code: r.subject }));
      } else if (!subject.levelRank.has(r.subject)) {
        unknownSubject = true;
        out.push(issue("unknown_level_reference", [...at, "subject"], { code: r.subject, scale: subject.scale.id, known: [...subject.levelCodes] }));
      }
      return;
    }
    const earlier = records[j]!;
    const pair = r.relation === "exactMatch" ? ([r, earlier] as const) : earlier.relation === "exactMatch" ? ([earlier, r] as const) : undefined;
    const conflict = pair && BROAD_OR_RELATED.has(pair[1].relation) ? sameObjectLevel(ctx, pair[0], pair[1]) : undefined;
    if (pair && conflict !== undefined) {
      out.push(issue("mapping_exact_conflict", at, { level: r.subject, object: conflict, relation: pair[1].relation, other: toPointer(["records", j]) }));
    } else {
      out.push(issue("mapping_record_duplicate", [...at, "subject"], { level: r.subject, first: toPointer(["records", j]) }));
    }
  });
  if (unknownSubject) return out;
  for (const level of ctx.subject?.levelCodes ?? []) {
    if (!first.has(level)) out.push(issue("mapping_record_missing", ["records"], { level }));
  }
  return out;
}
