/**
 * A small classifier for the diff tests only (the real one lives in src/classify/). It supports
 * what the test fixtures use: rules (all/any/not/in/atLeast/atMost/compare/always, first-match and
 * most-severe), matrix (with groups), max (option levels and bands), composite, and score with
 * `none` normalisation (the rounded score when there are no cut-points).
 */
import type { Condition, Threshold } from "../../src/model/condition.js";
import type { Method, SimpleMethod } from "../../src/model/method.js";
import type { Dimension, Scale } from "../../src/model/scale.js";
import type { LevelOracle } from "../../src/diff/types.js";

type Facts = Record<string, unknown>;

function selected(facts: Facts, dim: string): string[] {
  const v = Object.prototype.hasOwnProperty.call(facts, dim) ? facts[dim] : undefined;
  if (typeof v === "string") return [v];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === "string");
  return [];
}

function quantity(facts: Facts, dim: string): number | null {
  const v = Object.prototype.hasOwnProperty.call(facts, dim) ? facts[dim] : undefined;
  if (typeof v === "number") return v;
  if (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  return null;
}

export function makeEvaluator(scale: Scale) {
  const rank = (code: string | null) => (code === null ? -1 : scale.levels.findIndex((l) => l.code === code));
  const dims = new Map<string, Dimension>(scale.dimensions.map((d) => [d.code, d]));
  const optionIndex = (dim: string, code: string) => {
    const d = dims.get(dim);
    return d && d.type === "ordinal" ? d.options.findIndex((o) => o.code === code) : -1;
  };
  const mostSevereOption = (dim: string, facts: Facts): string | null => {
    const sel = selected(facts, dim).filter((c) => optionIndex(dim, c) >= 0);
    if (sel.length === 0) return null;
    return sel.reduce((x, y) => (optionIndex(dim, y) > optionIndex(dim, x) ? y : x));
  };
  const threshold = (t: Threshold, facts: Facts): number | null => {
    if ("value" in t) return Number(t.value);
    if ("smallerOf" in t || "largerOf" in t) {
      const list = ("smallerOf" in t ? t.smallerOf : t.largerOf).map((x) => threshold(x, facts));
      if (list.some((x) => x === null)) return null;
      return "smallerOf" in t ? Math.min(...(list as number[])) : Math.max(...(list as number[]));
    }
    const base = quantity(facts, t.percentOf.dimension);
    return base === null ? null : (base * Number(t.percentOf.percent)) / 100;
  };
  const holds = (c: Condition, facts: Facts): boolean => {
    if ("all" in c) return c.all.every((x) => holds(x, facts));
    if ("any" in c) return c.any.some((x) => holds(x, facts));
    if ("not" in c) return !holds(c.not, facts);
    if ("always" in c) return true;
    if ("in" in c) return selected(facts, c.dimension).some((s) => c.in.includes(s));
    if ("is" in c) return facts[c.dimension] === c.is;
    if ("atLeast" in c || "atMost" in c) {
      const o = mostSevereOption(c.dimension, facts);
      if (o === null) return false;
      const i = optionIndex(c.dimension, o);
      return "atLeast" in c ? i >= optionIndex(c.dimension, c.atLeast) : i <= optionIndex(c.dimension, c.atMost);
    }
    const q = quantity(facts, c.dimension);
    const t = threshold(c.threshold, facts);
    if (q === null || t === null) return false;
    return { gt: q > t, gte: q >= t, lt: q < t, lte: q <= t, eq: q === t }[c.compare];
  };
  const simple = (m: SimpleMethod, facts: Facts): string | null => {
    switch (m.kind) {
      case "rules": {
        const hits = m.rules.filter((r) => holds(r.when, facts)).map((r) => r.level);
        if (hits.length === 0) return m.otherwise ?? null;
        return m.strategy === "first-match" ? hits[0]! : hits.reduce((x, y) => (rank(y) > rank(x) ? y : x));
      }
      case "matrix": {
        const at: string[] = [];
        for (const axis of m.axes) {
          const o = mostSevereOption(axis.dimension, facts);
          if (o === null) return null;
          const value = axis.groups ? axis.groups.find((g) => g.members.includes(o))?.code : o;
          if (value === undefined) return null;
          at.push(value);
        }
        return m.cells.find((c) => c.at.length === at.length && c.at.every((x, i) => x === at[i]))?.level ?? null;
      }
      case "max": {
        let best: string | null = null;
        for (const r of m.ratings) {
          let level: string | null = null;
          if ("levels" in r) {
            const o = mostSevereOption(r.dimension, facts);
            level = o === null ? null : (r.levels[o] ?? null);
          } else {
            const q = quantity(facts, r.dimension);
            if (q !== null) for (const b of r.bands) if (q >= Number(b.atLeast) && (level === null || rank(b.level) > rank(level))) level = b.level;
          }
          if (level !== null && rank(level) > rank(best)) best = level;
        }
        return best;
      }
      case "score": {
        let total = 0;
        for (const c of m.components) {
          let x = Number(c.missing ?? 0);
          if (c.values) {
            const vals = selected(facts, c.dimension).map((s) => c.values![s]).filter((v) => v !== undefined).map(Number);
            if (vals.length > 0) x = c.aggregate === "sum" ? vals.reduce((p, q) => p + q, 0) : Math.max(...vals);
          } else {
            const q = quantity(facts, c.dimension);
            if (q !== null) x = q * Number(c.factor ?? 1);
          }
          total += Number(c.weight) * x;
        }
        const score = total.toFixed(m.rounding.decimals);
        if (!m.cutPoints) return score;
        let level: string | null = null;
        for (const p of m.cutPoints) if (Number(score) >= Number(p.atLeast) && (level === null || rank(p.level) > rank(level))) level = p.level;
        return level;
      }
      case "judgement":
        return null;
    }
  };
  const method = (m: Method, facts: Facts): string | null => {
    if (m.kind !== "composite") return simple(m, facts);
    let best: string | null = null;
    for (const c of m.components) {
      const l = simple(c.method, facts);
      if (l !== null && rank(l) > rank(best)) best = l;
    }
    return best;
  };
  return (facts: Facts) => method(scale.method, facts);
}

/** The test oracle: `LevelOracle` over {@link makeEvaluator}. */
export const testLevelOf: LevelOracle = (scale) => makeEvaluator(scale);
