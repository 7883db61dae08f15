/**
 * Score, compiled to scaled integers. Every option's value and weighted contribution is
 * precomputed as an integer at one common decimal scale S, so the raw score is an integer sum;
 * normalisation is folded into one exact linear map (α·R + β) / δ with integer α, β, δ; clamping
 * and cut-points become integer comparisons and the rounding is an integer division with the
 * remainder deciding the mode. Exact as long as every intermediate stays within
 * Number.MAX_SAFE_INTEGER, which is proved at compile time from the largest possible raw score;
 * otherwise (or when a quantity is scored, or the method is incomplete) the exact decimal path runs.
 */
import type { ExactDecimal, RoundingMode } from "../decimal/exact.js";
import { exactOf, formatExact, formatFixed, formatIntRatio, formatScaled, formatScaledFixed, gcdBig, roundExact, toScaledBigInt } from "../decimal/exact.js";
import type { Rational } from "../decimal/rational.js";
import { absBig, ceilDivBig, divRational, floorDivBig, mulRational, rational, rationalOf, subRational } from "../decimal/rational.js";
import { escapePointerToken } from "../issues/issue.js";
import type { ScoreMethod } from "../model/method.js";
import type { OrdinalDimension } from "../model/scale.js";
import { SCORE_ONLY, UNDETERMINED } from "./outcome.js";
import { contributionRange } from "./score-exact.js";
import type { CompiledScale, Evaluator } from "./vector.js";
import { ABSENT, rankOf } from "./vector.js";

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** Rounds the exact integer ratio m / δ (δ > 0, all safe integers) to an integer by mode, sign-symmetrically. */
export function roundDivide(m: number, delta: number, mode: RoundingMode): number {
  const neg = m < 0;
  const a = neg ? -m : m;
  let q = Math.floor(a / delta);
  let r = a - q * delta;
  if (r < 0) {
    q -= 1;
    r += delta;
  } else if (r >= delta) {
    q += 1;
    r -= delta;
  }
  if (r !== 0) {
    const twice = 2 * r;
    if (mode === "up" || (mode === "half-up" && twice >= delta) || (mode === "half-even" && (twice > delta || (twice === delta && q % 2 === 1)))) q += 1;
  }
  return neg && q !== 0 ? -q : q;
}

interface Component {
  readonly dimension: string;
  readonly pointer: string;
  readonly d: number;
  readonly dim: OrdinalDimension;
  readonly sum: boolean;
  readonly weight: string;
  readonly value: Float64Array;
  readonly contribution: Float64Array;
  readonly valueText: readonly string[];
  readonly contributionText: readonly string[];
  readonly missing: number;
  readonly missingText: string;
  readonly missingContributionText: string;
}

// Every integer below is proved safe at compile time, so the texts are built with Numbers only.
const scaledText = formatScaled;

/** Compiles a score method to scaled integers; null when the exact path must run. */
export function compileScore(cs: CompiledScale, method: ScoreMethod, at: string): Evaluator | null {
  // 1. Exact values, and the common scale S.
  const raw: { d: number; dim: OrdinalDimension; w: ExactDecimal; values: ExactDecimal[]; contributions: ExactDecimal[]; mv: ExactDecimal; mc: ExactDecimal }[] = [];
  let S = 0;
  const scaleOf = (x: ExactDecimal) => toScaledBigInt(x).scale;
  for (const c of method.components) {
    const d = cs.dimIndex.get(c.dimension);
    const dim = d === undefined ? undefined : cs.dims[d];
    if (d === undefined || dim?.type !== "ordinal" || c.values === undefined) return null;
    const map = c.values;
    if (!dim.options.every((o) => Object.hasOwn(map, o.code))) return null;
    const w = exactOf(c.weight);
    const values = dim.options.map((o) => exactOf(map[o.code]!));
    const contributions = values.map((x) => w.times(x));
    const mv = exactOf(c.missing ?? 0);
    const mc = w.times(mv);
    for (const x of [...values, ...contributions, mv, mc]) S = Math.max(S, scaleOf(x));
    raw.push({ d, dim, w, values, contributions, mv, mc });
  }
  const toInt = (x: ExactDecimal) => {
    const s = toScaledBigInt(x);
    return s.int * 10n ** BigInt(S - s.scale);
  };
  let rMax = 0n;
  const components: Component[] = [];
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    const c = method.components[i]!;
    const sum = c.aggregate === "sum";
    const vInts = r.values.map(toInt);
    const cInts = r.contributions.map(toInt);
    const mcInt = toInt(r.mc);
    const span = sum ? cInts.reduce((a, b) => a + absBig(b), 0n) : cInts.reduce((a, b) => (absBig(b) > a ? absBig(b) : a), 0n);
    rMax += absBig(mcInt) > span ? absBig(mcInt) : span;
    if (vInts.reduce((a, b) => a + absBig(b), 0n) > SAFE) return null;
    components.push({
      dimension: c.dimension,
      pointer: `/${escapePointerToken(c.dimension)}`,
      d: r.d,
      dim: r.dim,
      sum,
      weight: formatExact(r.w),
      value: Float64Array.from(vInts, Number),
      contribution: Float64Array.from(cInts, Number),
      valueText: r.values.map(formatExact),
      contributionText: r.contributions.map(formatExact),
      missing: Number(mcInt),
      missingText: formatExact(r.mv),
      missingContributionText: formatExact(r.mc),
    });
  }
  if (rMax > SAFE) return null;

  // 2. Normalisation as value = a·R + b, R the raw score scaled by 10^S.
  const unit = rational(1n, 10n ** BigInt(S));
  let a: Rational = unit;
  let b: Rational = rational(0n, 1n);
  const norm = method.normalisation;
  let weightsText = "";
  let range: { lo: ExactDecimal; hi: ExactDecimal; toMin: ExactDecimal; toMax: ExactDecimal } | null = null;
  if (norm.kind === "weighted-mean") {
    const W = method.components.reduce((acc, c) => acc.plus(exactOf(c.weight)), exactOf(0));
    if (W.eq(0)) return null;
    weightsText = formatExact(W);
    a = divRational(unit, rationalOf(W));
  } else if (norm.kind === "min-max") {
    let lo = exactOf(0);
    let hi = exactOf(0);
    if (norm.from !== undefined) {
      lo = exactOf(norm.from.min);
      hi = exactOf(norm.from.max);
    } else {
      for (let i = 0; i < method.components.length; i++) {
        const rg = contributionRange(method.components[i]!, raw[i]!.dim);
        if (rg === null) return null;
        lo = lo.plus(rg[0]);
        hi = hi.plus(rg[1]);
      }
    }
    if (hi.eq(lo)) return null;
    const toMin = exactOf(norm.to.min);
    const toMax = exactOf(norm.to.max);
    range = { lo, hi, toMin, toMax };
    const K = subRational(rationalOf(toMax), rationalOf(toMin));
    const Dn = subRational(rationalOf(hi), rationalOf(lo));
    a = divRational(mulRational(K, unit), Dn);
    b = subRational(rationalOf(toMin), divRational(mulRational(rationalOf(lo), K), Dn));
  }
  const lcm = (x: bigint, y: bigint) => (x / gcdBig(x, y)) * y;
  const delta = lcm(a.q, b.q);
  const alpha = (a.p * delta) / a.q;
  const beta = (b.p * delta) / b.q;
  const dec = method.rounding.decimals;
  const pow = 10n ** BigInt(dec);
  const nMax = absBig(alpha) * rMax + absBig(beta);
  if (delta * 4n > SAFE || nMax * pow + 2n * delta > SAFE) return null;

  // 3. Clamp, rounding and cut-points as integers.
  const rule = method.rounding;
  const clampAt = (x: ExactDecimal) => {
    const text = formatFixed(roundExact(x, rule), dec);
    return { text, q: Number(text.replace(".", "")), exact: formatExact(x) };
  };
  let clamp: { low: number; high: number; min: ReturnType<typeof clampAt>; max: ReturnType<typeof clampAt> } | null = null;
  if (method.clamp !== undefined) {
    const min = rationalOf(exactOf(method.clamp.min));
    const max = rationalOf(exactOf(method.clamp.max));
    // Beyond ±2^53 a bound compares the same with every safe n, so Number()'s rounding is harmless.
    clamp = {
      low: Number(ceilDivBig(min.p * delta, min.q)),
      high: Number(floorDivBig(max.p * delta, max.q)),
      min: clampAt(exactOf(method.clamp.min)),
      max: clampAt(exactOf(method.clamp.max)),
    };
  }
  let cuts: { q: number; rank: number; level: string; text: string }[] | null = null;
  let lowest = "";
  if (method.cutPoints !== undefined) {
    cuts = [];
    let low: ExactDecimal | null = null;
    for (const cut of method.cutPoints) {
      const atLeast = exactOf(cut.atLeast);
      const rank = rankOf(cs, cut.level);
      if (rank < 0) return null;
      const r = rationalOf(atLeast);
      cuts.push({ q: Number(ceilDivBig(r.p * pow, r.q)), rank, level: cut.level, text: formatExact(atLeast) });
      if (low === null || atLeast.lt(low)) low = atLeast;
    }
    lowest = formatExact(low!);
  }
  const A = Number(alpha);
  const B = Number(beta);
  const D = Number(delta);
  const P = Number(pow);
  const mode = rule.mode;
  const rangeText = range && {
    fromMin: formatExact(range.lo),
    fromMax: formatExact(range.hi),
    toMin: formatExact(range.toMin),
    toMax: formatExact(range.toMax),
  };
  const ratio = (n: number) => formatIntRatio(n, D);

  return (v, s) => {
    let R = 0;
    for (const c of components) {
      const o = v.one[c.d]!;
      if (o === ABSENT) {
        R += c.missing;
        if (s !== null) {
          s.issue("fact_missing_default", "info", c.pointer, { dimension: c.dimension, value: c.missingText });
          s.step("trace_score_component_missing", { dimension: c.dimension, value: c.missingText, weight: c.weight, contribution: c.missingContributionText });
        }
        continue;
      }
      if (o >= 0) {
        R += c.contribution[o]!;
        if (s !== null) s.step("trace_score_component", { dimension: c.dimension, fact: c.dim.options[o]!.code, value: c.valueText[o]!, weight: c.weight, contribution: c.contributionText[o]! });
        continue;
      }
      const many = v.many[c.d]!;
      let value = 0;
      let contribution = 0;
      let pick = -1;
      if (c.sum) {
        for (const j of many) {
          value += c.value[j]!;
          contribution += c.contribution[j]!;
        }
      } else {
        for (const j of many) if (pick < 0 || c.value[j]! > c.value[pick]!) pick = j;
        value = c.value[pick]!;
        contribution = c.contribution[pick]!;
      }
      R += contribution;
      if (s !== null) {
        s.step("trace_score_component", {
          dimension: c.dimension,
          fact: many.map((j) => c.dim.options[j]!.code),
          value: pick >= 0 ? c.valueText[pick]! : scaledText(value, S),
          weight: c.weight,
          contribution: pick >= 0 ? c.contributionText[pick]! : scaledText(contribution, S),
        });
      }
    }
    const n = A * R + B;
    if (s !== null) {
      const rawText = scaledText(R, S);
      s.step("trace_score_raw", { raw: rawText });
      if (norm.kind === "weighted-mean") s.step("trace_score_weighted_mean", { raw: rawText, weights: weightsText, normalised: ratio(n) });
      else if (rangeText !== null) s.step("trace_score_min_max", { raw: rawText, ...rangeText, normalised: ratio(n) });
    }
    let q: number;
    let text: string | undefined;
    const bound = clamp === null ? null : n < clamp.low ? clamp.min : n > clamp.high ? clamp.max : null;
    if (bound !== null) {
      q = bound.q;
      text = bound.text;
      s?.step("trace_score_clamped", { min: clamp!.min.exact, max: clamp!.max.exact, before: ratio(n), after: bound.exact });
    } else {
      q = roundDivide(n * P, D, mode);
    }
    if (Number.isNaN(v.scaled)) v.scaled = q;
    let score = "";
    if (s !== null) {
      score = text ?? formatScaledFixed(q, dec);
      s.step("trace_score_rounded", { score, decimals: dec, mode });
      v.score ??= score;
    }
    if (cuts === null) {
      s?.step("trace_score_no_cut_points", { score });
      return SCORE_ONLY;
    }
    let best = -1;
    let bestCut = cuts[0]!;
    for (const cut of cuts) {
      if (q >= cut.q && cut.rank > best) {
        best = cut.rank;
        bestCut = cut;
      }
    }
    if (best < 0) {
      if (s !== null) {
        s.step("trace_score_below_cut_points", { score, lowest });
        s.issue("classify_no_level", "warning", "", { method: "score" });
      }
      return UNDETERMINED;
    }
    s?.step("trace_score_cut_point", { score, atLeast: bestCut.text, level: bestCut.level });
    return best;
  };
}
