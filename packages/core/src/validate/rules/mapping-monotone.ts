import type { Issue } from "../../issues/issue.js";
import { issue } from "../_issue.js";
import type { MappingContext } from "../_mapping-context.js";
import { firstRecords } from "../_mapping-context.js";
import { mappingIntervalsReversed } from "./mapping-levels-reversed.js";
import { intervalText } from "../../reference/interval-text.js";

interface Placed {
  readonly record: number;
  readonly level: string;
  readonly subjectRank: number;
  readonly min: number;
  readonly max: number;
}

/** Conflicting pairs up to which the exact greedy cover runs; beyond, the linear-time blame below. */
export const MONOTONE_PAIR_BUDGET = 2000;

/** Fenwick tree over object ranks 0..size-1: counts, prefix sums in O(log size). */
class Counts {
  private readonly tree: Int32Array;
  constructor(size: number) {
    this.tree = new Int32Array(size + 1);
  }
  add(rank: number): void {
    for (let i = rank + 1; i < this.tree.length; i += i & -i) this.tree[i]!++;
  }
  /** How many added ranks are < rank. */
  below(rank: number): number {
    let n = 0;
    for (let i = rank; i > 0; i -= i & -i) n += this.tree[i]!;
    return n;
  }
}

/**
 * For each placed record (in subject order): how many less severe records it maps wholly below
 * (`asLater`), and how many more severe records map wholly below it (`asEarlier`). O(n log m).
 */
function conflictCounts(placed: readonly Placed[], size: number): { asLater: number[]; asEarlier: number[]; pairs: number } {
  const asLater = new Array<number>(placed.length).fill(0);
  const asEarlier = new Array<number>(placed.length).fill(0);
  // Earlier records with min > max(b): earlier count minus those with min <= max(b).
  const mins = new Counts(size);
  placed.forEach((b, k) => {
    asLater[k] = k - mins.below(b.max + 1);
    mins.add(b.min);
  });
  // Later records with max < min(a).
  const maxes = new Counts(size);
  for (let k = placed.length - 1; k >= 0; k--) {
    asEarlier[k] = maxes.below(placed[k]!.min);
    maxes.add(placed[k]!.max);
  }
  return { asLater, asEarlier, pairs: asLater.reduce((n, c) => n + c, 0) };
}

/** The exact greedy cover of the conflicting pairs (few of them: see MONOTONE_PAIR_BUDGET). */
function greedyCover(ctx: MappingContext, placed: readonly Placed[]): Issue[] {
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
    out.push(issue("mapping_not_monotone", ["records", blamed.record, "object"], { level: blamed.level, interval: intervalText(r.object!), conflicts: partners.map((p) => p.level) }));
    open = open.filter(([x, y]) => x !== blamed && y !== blamed);
  }
  return out;
}

/**
 * Many conflicts (a reversed or scrambled mapping): blame, in O(n log n), the smaller of the two
 * sides — the records mapped above some more severe one, or those mapped below some less severe
 * one — each with its conflict count and the partner it is furthest from.
 */
function linearBlame(ctx: MappingContext, placed: readonly Placed[], counts: ReturnType<typeof conflictCounts>): Issue[] {
  const earlier = placed.flatMap((p, k) => (counts.asEarlier[k]! > 0 ? [k] : []));
  const later = placed.flatMap((p, k) => (counts.asLater[k]! > 0 ? [k] : []));
  const blameEarlier = earlier.length <= later.length;
  // The worst partner of each record: the most severe... least max after it, or the greatest min before it.
  const worst = new Array<number>(placed.length).fill(-1);
  if (blameEarlier) {
    let best = -1;
    for (let k = placed.length - 1; k >= 0; k--) {
      worst[k] = best;
      if (best < 0 || placed[k]!.max < placed[best]!.max) best = k;
    }
  } else {
    let best = -1;
    placed.forEach((p, k) => {
      worst[k] = best;
      if (best < 0 || p.min > placed[best]!.min) best = k;
    });
  }
  return (blameEarlier ? earlier : later).map((k) => {
    const p = placed[k]!;
    const r = ctx.mapping.records[p.record]!;
    const partner = placed[worst[k]!]!;
    const count = blameEarlier ? counts.asEarlier[k]! : counts.asLater[k]!;
    return issue("mapping_not_monotone", ["records", p.record, "object"], { level: p.level, interval: intervalText(r.object!), conflicts: [partner.level], count });
  });
}

/**
 * `mapping_not_monotone`: a more severe subject level never maps wholly below a less severe one
 * (for subject ranks a < b: max(b) ≥ min(a) on the object scale). Needs both scales; uses the first
 * record of each subject level that has a readable, non-inverted interval.
 *
 * No cascade: one misplaced record conflicts with many others, so the conflicting pairs are
 * covered greedily — the record in most conflicts is reported (with the levels it conflicts
 * with), its pairs removed, and so on. One wrong record gives one issue. The pairs are counted
 * first in O(n log n); beyond {@link MONOTONE_PAIR_BUDGET} of them (a reversed mapping of
 * thousands of levels) the blame is linear instead: the smaller side of the conflicts, each
 * record with its count and worst partner.
 */
export function mappingMonotone(ctx: MappingContext): Issue[] {
  const { subject, object } = ctx;
  if (!subject || !object) return [];
  // A wholly reversed mapping is one finding with its fix (mapping_levels_reversed), not one per record.
  if (mappingIntervalsReversed(ctx)) return [];
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
  const size = placed.reduce((m, p) => Math.max(m, p.max + 1, p.min + 1), 1);
  const counts = conflictCounts(placed, size);
  if (counts.pairs === 0) return [];
  return counts.pairs <= MONOTONE_PAIR_BUDGET ? greedyCover(ctx, placed) : linearBlame(ctx, placed, counts);
}
