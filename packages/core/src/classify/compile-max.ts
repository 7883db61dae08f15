/**
 * Max, compiled: each option's rating is a precomputed rank (per-option Int32Array); quantity
 * bands are pre-parsed exact decimals.
 */
import type { ExactDecimal } from "../decimal/exact.js";
import { exactOf, formatExact } from "../decimal/exact.js";
import type { MaxMethod } from "../model/method.js";
import { escapePointerToken } from "../issues/issue.js";
import { UNDETERMINED } from "./outcome.js";
import { finishMax } from "./interpret-max.js";
import type { CompiledScale, Evaluator } from "./vector.js";
import { rankOf } from "./vector.js";

const UNRATED = -1;
const UNKNOWN_LEVEL = -2;

interface Band {
  readonly atLeast: ExactDecimal;
  readonly text: string;
  readonly level: string;
  readonly rank: number;
  readonly at: string;
}

type Rating =
  | { readonly kind: "levels"; readonly dimension: string; readonly d: number; readonly rank: Int32Array; readonly level: readonly (string | undefined)[]; readonly at: readonly string[] }
  | {
      readonly kind: "bands";
      readonly dimension: string;
      readonly d: number;
      readonly bands: readonly Band[];
      readonly lowest: string;
    };

/** Compiles a max method; null when the interpreter should do it (a rating names no dimension of its type). */
export function compileMax(cs: CompiledScale, method: MaxMethod, at: string): Evaluator | null {
  const ratings: Rating[] = [];
  for (let r = 0; r < method.ratings.length; r++) {
    const rating = method.ratings[r]!;
    const d = cs.dimIndex.get(rating.dimension);
    const dim = d === undefined ? undefined : cs.dims[d];
    if ("levels" in rating) {
      if (d === undefined || dim?.type !== "ordinal") return null;
      const levels = rating.levels;
      const level = dim.options.map((o) => (Object.prototype.hasOwnProperty.call(levels, o.code) ? levels[o.code] : undefined));
      const rank = Int32Array.from(level, (l) => {
        if (l === undefined) return UNRATED;
        const k = rankOf(cs, l);
        return k < 0 ? UNKNOWN_LEVEL : k;
      });
      ratings.push({ kind: "levels", dimension: rating.dimension, d, rank, level, at: dim.options.map((o) => `${at}/ratings/${r}/levels/${escapePointerToken(o.code)}`) });
    } else {
      if (d === undefined || dim?.type !== "quantity") return null;
      const bands = rating.bands.map((b, i) => {
        const atLeast = exactOf(b.atLeast);
        return { atLeast, text: formatExact(atLeast), level: b.level, rank: rankOf(cs, b.level), at: `${at}/ratings/${r}/bands/${i}/level` };
      });
      const lowest = bands.reduce((a, b) => (b.atLeast.lt(a.atLeast) ? b : a));
      ratings.push({ kind: "bands", dimension: rating.dimension, d, bands, lowest: lowest.text });
    }
  }
  const levels = cs.scale.levels;
  const top = levels.length - 1;
  const finishCtx = { scale: cs.scale };

  return (v, s) => {
    let best = -1;
    let bestDimension = "";
    let undecided = false;
    let bad = false;
    for (const rating of ratings) {
      const d = rating.d;
      if (rating.kind === "levels") {
        const one = v.one[d]!;
        if (one === -1) {
          if (s !== null) {
            s.missing(rating.dimension);
            s.step("trace_max_missing", { dimension: rating.dimension });
          }
          undecided = true;
          continue;
        }
        if (s === null && one >= 0) {
          const k = rating.rank[one]!;
          if (k === UNKNOWN_LEVEL) bad = true;
          else if (k > best) best = k;
          continue;
        }
        const dim = cs.dims[d]!;
        // One selected option needs no list.
        const several = one >= 0 ? null : v.many[d]!;
        const count = several === null ? 1 : several.length;
        for (let j = 0; j < count; j++) {
          const o = several === null ? one : several[j]!;
          const option = dim.type === "ordinal" ? dim.options[o]!.code : "";
          const k = rating.rank[o]!;
          if (k === UNRATED) {
            s?.step("trace_max_unrated", { dimension: rating.dimension, fact: option });
            continue;
          }
          s?.step("trace_max_rating", { dimension: rating.dimension, fact: option, level: rating.level[o]! });
          if (k === UNKNOWN_LEVEL) {
            s?.issue("classify_level_unknown", "error", "", { level: rating.level[o]!, at: rating.at[o]! });
            bad = true;
          } else if (k > best) {
            best = k;
            bestDimension = rating.dimension;
          }
        }
      } else {
        const q = v.qty[d];
        if (q === null || q === undefined) {
          if (s !== null) {
            s.missing(rating.dimension);
            s.step("trace_max_missing", { dimension: rating.dimension });
          }
          undecided = true;
          continue;
        }
        let band: Band | null = null;
        for (const b of rating.bands) if (q.gte(b.atLeast) && (band === null || b.atLeast.gt(band.atLeast))) band = b;
        if (band === null) {
          s?.step("trace_max_below_bands", { dimension: rating.dimension, fact: v.qtyText[d]!, lowest: rating.lowest });
          continue;
        }
        s?.step("trace_max_band", { dimension: rating.dimension, fact: v.qtyText[d]!, atLeast: band.text, level: band.level });
        if (band.rank < 0) {
          s?.issue("classify_level_unknown", "error", "", { level: band.level, at: band.at });
          bad = true;
        } else if (band.rank > best) {
          best = band.rank;
          bestDimension = rating.dimension;
        }
      }
    }
    if (s !== null) return finishMax({ sink: s, scale: finishCtx.scale }, best, bestDimension, undecided, bad);
    if (bad) return UNDETERMINED;
    if (best >= 0 && (best === top || !undecided)) return best;
    return UNDETERMINED;
  };
}
