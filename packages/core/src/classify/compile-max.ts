/**
 * Max, compiled: each option's rating is a precomputed rank (per-option Int32Array); quantity
 * bands are pre-parsed exact decimals.
 */
import type { ExactDecimal } from "../decimal/exact.js";
import { exactOf, formatExact } from "../decimal/exact.js";
import type { MaxMethod } from "../model/method.js";
import { escapePointerToken } from "../issues/issue.js";
import type { IssueParams } from "../issues/issue.js";
import { undetermined } from "./outcome.js";
import type { MissingRating } from "./interpret-max.js";
import { bandsSpan, finishMax, optionsSpan } from "./interpret-max.js";
import type { CompiledScale, Evaluator } from "./vector.js";
import { rankOf } from "./vector.js";

const UNRATED = -1;
const NO_MISSING: readonly MissingRating[] = Object.freeze([]);
const UNKNOWN_LEVEL = -2;

interface Band {
  readonly atLeast: ExactDecimal;
  readonly text: string;
  readonly level: string;
  readonly rank: number;
  readonly at: string;
}

type Rating =
  | {
      readonly kind: "levels";
      readonly dimension: string;
      readonly d: number;
      readonly rank: Int32Array;
      readonly level: readonly (string | undefined)[];
      readonly at: readonly string[];
      readonly missLo: number;
      readonly missHi: number;
      /** Trace parameters per option (trace_max_rating, or trace_max_unrated), built once and shared frozen. */
      readonly optionParams: readonly IssueParams[];
      readonly missingParams: IssueParams;
    }
  | {
      readonly kind: "bands";
      readonly dimension: string;
      readonly d: number;
      readonly bands: readonly Band[];
      readonly lowest: string;
      readonly missLo: number;
      readonly missHi: number;
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
      const level = dim.options.map((o) => (Object.hasOwn(levels, o.code) ? levels[o.code] : undefined));
      const rank = Int32Array.from(level, (l) => {
        if (l === undefined) return UNRATED;
        const k = rankOf(cs, l);
        return k < 0 ? UNKNOWN_LEVEL : k;
      });
      const [missLo, missHi] = optionsSpan(dim, levels, (code) => rankOf(cs, code));
      const optionParams = dim.options.map((o, i) =>
        Object.freeze<IssueParams>(level[i] === undefined ? { dimension: rating.dimension, fact: o.code } : { dimension: rating.dimension, fact: o.code, level: level[i] }),
      );
      const missingParams = Object.freeze({ dimension: rating.dimension });
      const pointers = dim.options.map((o) => `${at}/ratings/${r}/levels/${escapePointerToken(o.code)}`);
      ratings.push({ kind: "levels", dimension: rating.dimension, d, rank, level, at: pointers, missLo, missHi, optionParams, missingParams });
    } else {
      if (d === undefined || dim?.type !== "quantity") return null;
      const bands = rating.bands.map((b, i) => {
        const atLeast = exactOf(b.atLeast);
        return { atLeast, text: formatExact(atLeast), level: b.level, rank: rankOf(cs, b.level), at: `${at}/ratings/${r}/bands/${i}/level` };
      });
      const lowest = bands.reduce((a, b) => (b.atLeast.lt(a.atLeast) ? b : a));
      const [missLo, missHi] = bandsSpan(dim, rating.bands, (code) => rankOf(cs, code));
      ratings.push({ kind: "bands", dimension: rating.dimension, d, bands, lowest: lowest.text, missLo, missHi });
    }
  }

  return (v, s) => {
    let best = -1;
    let bestDimension = "";
    let bad = false;
    let lo = -1;
    let hi = -1;
    let open = false;
    let missing: MissingRating[] | null = null;
    for (const rating of ratings) {
      const d = rating.d;
      if (rating.kind === "levels") {
        const one = v.one[d]!;
        if (one === -1) {
          open = true;
          if (rating.missLo > lo) lo = rating.missLo;
          if (rating.missHi > hi) hi = rating.missHi;
          if (s !== null) {
            s.step("trace_max_missing", rating.missingParams);
            (missing ??= []).push({ dimension: rating.dimension, lo: rating.missLo, hi: rating.missHi });
          }
          continue;
        }
        if (s === null && one >= 0) {
          const k = rating.rank[one]!;
          if (k === UNKNOWN_LEVEL) bad = true;
          else if (k > best) best = k;
          continue;
        }
        // One selected option needs no list.
        const several = one >= 0 ? null : v.many[d]!;
        const count = several === null ? 1 : several.length;
        for (let j = 0; j < count; j++) {
          const o = several === null ? one : several[j]!;
          const k = rating.rank[o]!;
          if (k === UNRATED) {
            s?.step("trace_max_unrated", rating.optionParams[o]!);
            continue;
          }
          s?.step("trace_max_rating", rating.optionParams[o]!);
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
          open = true;
          if (rating.missLo > lo) lo = rating.missLo;
          if (rating.missHi > hi) hi = rating.missHi;
          if (s !== null) {
            s.step("trace_max_missing", { dimension: rating.dimension });
            (missing ??= []).push({ dimension: rating.dimension, lo: rating.missLo, hi: rating.missHi });
          }
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
    if (s !== null) return finishMax(v, cs.scale, s, best, bestDimension, missing ?? NO_MISSING, bad);
    if (bad) return undetermined(v);
    if (!open) return best >= 0 ? best : undetermined(v);
    if (best > lo) lo = best;
    if (best > hi) hi = best;
    if (lo >= 0 && lo === hi) return lo;
    return hi < 0 ? undetermined(v) : undetermined(v, lo, hi);
  };
}
