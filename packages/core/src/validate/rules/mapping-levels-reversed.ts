import type { Issue } from "../../issues/issue.js";
import { issue } from "../_issue.js";
import type { MappingContext } from "../_mapping-context.js";
import { firstRecords } from "../_mapping-context.js";

/**
 * True when, taken least to most severe, every subject level (at least three) maps wholly below
 * the one before it: the subject scale's levels are most likely listed most severe first.
 * Uses the first record of each subject level with a readable, non-inverted interval.
 */
export function mappingIntervalsReversed(ctx: MappingContext): boolean {
  const { subject, object } = ctx;
  if (!subject || !object) return false;
  const placed: { rank: number; min: number; max: number }[] = [];
  for (const [level, i] of firstRecords(ctx.mapping)) {
    const r = ctx.mapping.records[i]!;
    const rank = subject.levelRank.get(level);
    const min = r.object && object.levelRank.get(r.object.min);
    const max = r.object && object.levelRank.get(r.object.max);
    if (rank === undefined || min === undefined || max === undefined || min > max) continue;
    placed.push({ rank, min, max });
  }
  if (placed.length < 3) return false;
  placed.sort((a, b) => a.rank - b.rank);
  for (let k = 1; k < placed.length; k++) if (placed[k]!.max >= placed[k - 1]!.min) return false;
  return true;
}

/**
 * `mapping_levels_reversed` (error): every more severe subject level maps wholly below the one
 * before it, so the subject scale most likely lists its levels most severe first. Reported once,
 * with the fix, instead of a `mapping_not_monotone` error per record (which then stays silent).
 */
export function mappingLevelsReversed(ctx: MappingContext): Issue[] {
  if (!mappingIntervalsReversed(ctx)) return [];
  const levels = ctx.subject!.levelCodes;
  return [issue("mapping_levels_reversed", ["records"], { scale: ctx.subject!.scale.id, first: levels[0]!, last: levels[levels.length - 1]! })];
}
