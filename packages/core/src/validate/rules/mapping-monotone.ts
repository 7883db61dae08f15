import type { Issue } from "../../issues/issue.js";
import { issue } from "../_issue.js";
import type { MappingContext } from "../_mapping-context.js";
import { firstRecords } from "../_mapping-context.js";

interface Placed {
  readonly record: number;
  readonly level: string;
  readonly subjectRank: number;
  readonly min: number;
  readonly max: number;
}

/**
 * `mapping_not_monotone`: a more severe subject level never maps wholly below a less severe one
 * (for subject ranks a < b: max(b) ≥ min(a) on the object scale). Needs both scales; uses the first
 * record of each subject level that has a readable, non-inverted interval.
 *
 * No cascade: one misplaced record conflicts with many others, so the conflicting pairs are
 * covered greedily — the record in most conflicts is reported (with the levels it conflicts
 * with), its pairs removed, and so on. One wrong record gives one issue.
 */
export function mappingMonotone(ctx: MappingContext): Issue[] {
  const { subject, object } = ctx;
  if (!subject || !object) return [];
  const placed: Placed[] = [];
  for (const [level, i] of firstRecords(ctx.mapping)) {
    const r = ctx.mapping.records[i]!;
    const subjectRank = subject.levelRank.get(level);
    const min = r.object && object.levelRank.get(r.object.min);
    const max = r.object && object.levelRank.get(r.object.max);
    if (subjectRank === undefined || min === undefined || max === undefined || min > max) continue;
    placed.push({ record: i, level, subjectRank, min, max });
  }
  placed.sort((a, b) => a.subjectRank - b.subjectRank);
  const pairs: [Placed, Placed][] = [];
  for (let a = 0; a < placed.length; a++) {
    for (let b = a + 1; b < placed.length; b++) {
      if (placed[b]!.max < placed[a]!.min) pairs.push([placed[a]!, placed[b]!]);
    }
  }
  const out: Issue[] = [];
  let open = pairs;
  while (open.length > 0) {
    const degree = new Map<Placed, number>();
    for (const [x, y] of open) {
      degree.set(x, (degree.get(x) ?? 0) + 1);
      degree.set(y, (degree.get(y) ?? 0) + 1);
    }
    // Most conflicts first; ties go to the less severe subject level (a stable, documented choice).
    const blamed = [...degree].sort((p, q) => q[1] - p[1] || p[0].subjectRank - q[0].subjectRank)[0]![0];
    const partners = open.filter(([x, y]) => x === blamed || y === blamed).map(([x, y]) => (x === blamed ? y : x));
    const r = ctx.mapping.records[blamed.record]!;
    out.push(issue("mapping_not_monotone", ["records", blamed.record, "object"], { level: blamed.level, min: r.object!.min, max: r.object!.max, conflicts: partners.map((p) => p.level) }));
    open = open.filter(([x, y]) => x !== blamed && y !== blamed);
  }
  return out;
}
