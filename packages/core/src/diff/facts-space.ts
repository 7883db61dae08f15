/**
 * The space of incidents on which two methods are compared: every dimension of the old version
 * with its old options (the incidents the old version can describe), plus the dimensions only
 * the new version has (absent first, then each value). Quantities take boundary values around
 * every threshold, cut-point and band of either version, and the dimension's own bounds.
 */
import type { Dimension, Scale } from "../model/scale.js";
import { ceilExact, decimalStep, decimalsOf, exactFromFloat, exactToFact, exactToNumber, floorExact, percentOf } from "../decimal/arith.js";
import { type ExactDecimal, compareExact, toExact } from "../decimal/exact.js";
import { isObject } from "./json.js";
import { randomIndex } from "./prng.js";
import type { OptionRenames } from "./scale-dimensions.js";

/** One value a dimension takes in the space: as the old version writes it, and as the new one does. */
export interface SpaceValue {
  /** Fed to the old classifier; undefined means the fact is absent. */
  readonly old: unknown;
  /** Fed to the new classifier (renamed option codes replaced). */
  readonly new: unknown;
}

/** One dimension of the space. */
export interface SpaceDimension {
  readonly code: string;
  /** True for a dimension only the new version has (its first value is "absent"). */
  readonly addedInNew: boolean;
  readonly values: readonly SpaceValue[];
}

/** Thresholds found in the methods, per quantity dimension. */
interface Thresholds {
  exact: Map<string, ExactDecimal[]>;
  approx: Map<string, number[]>;
  percent: { dimension: string; of: string; percent: ExactDecimal }[];
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function num(value: unknown, fallback: number): number {
  const d = toExact(value);
  return d ? exactToNumber(d) : fallback;
}

function collectThreshold(t: unknown, dimension: string, out: Thresholds): void {
  if (!isObject(t)) return;
  const v = toExact(t["value"]);
  if (v) push(out.exact, dimension, v);
  for (const key of ["smallerOf", "largerOf"]) {
    const list = t[key];
    if (Array.isArray(list)) for (const x of list) collectThreshold(x, dimension, out);
  }
  const p = t["percentOf"];
  if (isObject(p) && typeof p["dimension"] === "string") {
    const percent = toExact(p["percent"]);
    if (percent) out.percent.push({ dimension, of: p["dimension"], percent });
  }
}

function collectCondition(c: unknown, out: Thresholds, depth = 0): void {
  if (!isObject(c) || depth > 200) return;
  for (const key of ["all", "any"]) {
    const list = c[key];
    if (Array.isArray(list)) for (const x of list) collectCondition(x, out, depth + 1);
  }
  if (c["not"] !== undefined) collectCondition(c["not"], out, depth + 1);
  if (typeof c["dimension"] === "string" && c["compare"] !== undefined) collectThreshold(c["threshold"], c["dimension"], out);
}

/** Cut-points of a score, turned back into the quantity that alone would reach them (approximate). */
function collectScore(m: Record<string, unknown>, out: Thresholds): void {
  const components = (Array.isArray(m["components"]) ? m["components"] : []).filter(isObject);
  const cuts = (Array.isArray(m["cutPoints"]) ? m["cutPoints"] : []).filter(isObject).map((c) => c["atLeast"]);
  const totalWeight = components.reduce((s, c) => s + num(c["weight"], 0), 0);
  const norm = isObject(m["normalisation"]) ? m["normalisation"] : {};
  for (const c of components) {
    if (typeof c["dimension"] !== "string" || c["values"] !== undefined) continue;
    const scale = num(c["weight"], 0) * num(c["factor"], 1);
    for (const cut of cuts) {
      const exact = toExact(cut);
      if (!exact) continue;
      push(out.exact, c["dimension"], exact);
      const t = exactToNumber(exact);
      let raw = t;
      if (norm["kind"] === "weighted-mean") raw = t * totalWeight;
      else if (norm["kind"] === "min-max" && isObject(norm["from"]) && isObject(norm["to"])) {
        const [fMin, fMax] = [num(norm["from"]["min"], 0), num(norm["from"]["max"], 1)];
        const [tMin, tMax] = [num(norm["to"]["min"], 0), num(norm["to"]["max"], 1)];
        if (tMax !== tMin) raw = ((t - tMin) * (fMax - fMin)) / (tMax - tMin) + fMin;
      }
      if (scale !== 0) push(out.approx, c["dimension"], raw / scale);
    }
  }
}

function collectMethod(m: unknown, out: Thresholds, depth = 0): void {
  if (!isObject(m) || depth > 20) return;
  switch (m["kind"]) {
    case "rules":
      if (Array.isArray(m["rules"])) for (const r of m["rules"]) if (isObject(r)) collectCondition(r["when"], out);
      break;
    case "score":
      collectScore(m, out);
      break;
    case "max":
      for (const r of Array.isArray(m["ratings"]) ? m["ratings"] : []) {
        if (!isObject(r) || typeof r["dimension"] !== "string" || !Array.isArray(r["bands"])) continue;
        for (const b of r["bands"]) {
          const v = isObject(b) ? toExact(b["atLeast"]) : null;
          if (v) push(out.exact, r["dimension"], v);
        }
      }
      break;
    case "composite":
      for (const c of Array.isArray(m["components"]) ? m["components"] : []) if (isObject(c)) collectMethod(c["method"], out, depth + 1);
      break;
  }
}

function sortUnique(values: ExactDecimal[]): ExactDecimal[] {
  const sorted = [...values].sort(compareExact);
  return sorted.filter((v, i) => i === 0 || compareExact(v, sorted[i - 1]!) !== 0);
}

/** Boundary values of one quantity dimension: t − step, t, t + step around each threshold, and the bounds. */
function quantityValues(d: Dimension & { type: "quantity" }, th: Thresholds, extra: readonly ExactDecimal[]): ExactDecimal[] {
  const exact = th.exact.get(d.code) ?? [];
  const min = toExact(d.min);
  const max = toExact(d.max);
  const integer = d.integer === true;
  const decimals = integer ? 0 : Math.max(0, ...[...exact, ...extra, ...(min ? [min] : []), ...(max ? [max] : [])].map(decimalsOf));
  const step = decimalStep(decimals);
  const centres = [...exact, ...extra];
  for (const a of th.approx.get(d.code) ?? []) {
    const r = exactFromFloat(a, decimals);
    if (r) centres.push(r);
  }
  const out: ExactDecimal[] = [];
  for (const t of centres) {
    if (integer) {
      const f = floorExact(t);
      const c = ceilExact(t);
      out.push(f.minus(1), f, c, c.plus(1));
    } else out.push(t.minus(step), t, t.plus(step));
  }
  if (min) out.push(min);
  if (max) out.push(max);
  const inRange = out.filter((v) => (!min || compareExact(v, min) >= 0) && (!max || compareExact(v, max) <= 0));
  if (inRange.length === 0) inRange.push(min ?? max ?? toExact(0)!);
  return sortUnique(inRange);
}

/** Single selections, then pairs (all of them when few, else a seeded sample) for a `multiple` dimension. */
function selections(codes: readonly string[], multiple: boolean, rand: () => number): (string | string[])[] {
  if (!multiple) return [...codes];
  const out: (string | string[])[] = codes.map((c) => [c]);
  const all: [number, number][] = [];
  for (let i = 0; i < codes.length; i++) for (let j = i + 1; j < codes.length; j++) all.push([i, j]);
  const cap = 2 * codes.length + 10;
  let pairs = all;
  if (all.length > cap) {
    const chosen = new Set<number>();
    while (chosen.size < cap) chosen.add(randomIndex(rand, all.length));
    pairs = [...chosen].sort((x, y) => x - y).map((k) => all[k]!);
  }
  for (const [i, j] of pairs) out.push([codes[i]!, codes[j]!]);
  return out;
}

function dimensionsOf(scale: Scale): Dimension[] {
  return (Array.isArray(scale.dimensions) ? scale.dimensions : []).filter(isObject) as Dimension[];
}

/**
 * Builds the facts space of a comparison. `rand` draws the pair samples of `multiple` dimensions;
 * `extraThresholds` adds boundaries of quantities that neither method names (a crosswalk's bands).
 */
export function buildFactsSpace(
  a: Scale,
  b: Scale,
  optionRenames: OptionRenames,
  rand: () => number,
  extraThresholds: ReadonlyMap<string, readonly ExactDecimal[]> = new Map(),
): SpaceDimension[] {
  const th: Thresholds = { exact: new Map(), approx: new Map(), percent: [] };
  collectMethod(a.method, th);
  collectMethod(b.method, th);
  for (const [dimension, values] of extraThresholds) for (const v of values) push(th.exact, dimension, v);
  const oldDims = dimensionsOf(a);
  const oldCodes = new Set(oldDims.map((d) => d.code));
  const newOnly = dimensionsOf(b).filter((d) => !oldCodes.has(d.code));
  const seen = new Set<string>();
  const defs = [...oldDims.map((d) => ({ d, added: false })), ...newOnly.map((d) => ({ d, added: true }))].filter(({ d }) => {
    if (typeof d.code !== "string" || seen.has(d.code)) return false;
    seen.add(d.code);
    return true;
  });

  // Quantities first without cross-references, then "p % of another quantity" from those values.
  const base = new Map<string, ExactDecimal[]>();
  for (const { d } of defs) if (d.type === "quantity") base.set(d.code, quantityValues(d, th, []));
  const cross = new Map<string, ExactDecimal[]>();
  for (const p of th.percent) {
    for (const v of base.get(p.of) ?? []) push(cross, p.dimension, percentOf(p.percent, v));
  }

  return defs.map(({ d, added }) => {
    let values: SpaceValue[];
    if (d.type === "quantity") {
      const list = cross.has(d.code) ? quantityValues(d, th, cross.get(d.code)!) : (base.get(d.code) ?? []);
      values = list.map((v) => {
        const fact = exactToFact(v);
        return { old: fact, new: fact };
      });
    } else if (d.type === "boolean") {
      values = [false, true].map((b) => ({ old: b, new: b }));
    } else {
      const codes = (Array.isArray(d.options) ? d.options : []).filter(isObject).map((o) => o.code);
      const renames = optionRenames.get(d.code);
      const rename = (c: string) => renames?.get(c) ?? c;
      values = selections(codes, d.multiple === true, rand).map((s) => ({
        old: s,
        new: Array.isArray(s) ? s.map(rename) : rename(s),
      }));
    }
    if (added) values = [{ old: undefined, new: undefined }, ...values];
    return { code: d.code, addedInNew: added, values };
  });
}

/** Number of incidents in the space (exact). */
export function spaceSize(space: readonly SpaceDimension[]): bigint {
  return space.reduce((n, d) => n * BigInt(d.values.length), 1n);
}

/**
 * The incidents to compare, as value indices per dimension: all of them in order (last dimension
 * fastest) when the space has at most `exhaustiveLimit`, else `sampleSize` seeded draws.
 */
export function* incidents(
  space: readonly SpaceDimension[],
  exhaustiveLimit: number,
  sampleSize: number,
  rand: () => number,
): Generator<number[]> {
  const size = spaceSize(space);
  if (space.some((d) => d.values.length === 0)) return;
  if (size <= BigInt(exhaustiveLimit)) {
    const idx = space.map(() => 0);
    for (let n = 0n; n < size; n++) {
      yield [...idx];
      for (let k = idx.length - 1; k >= 0; k--) {
        idx[k]!++;
        if (idx[k]! < space[k]!.values.length) break;
        idx[k] = 0;
      }
    }
    return;
  }
  for (let n = 0; n < sampleSize; n++) yield space.map((d) => randomIndex(rand, d.values.length));
}
