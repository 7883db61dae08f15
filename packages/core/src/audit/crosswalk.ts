/**
 * Reading one incident's national facts on the reference scale through a mapping's crosswalk:
 * each criterion's implied reference values, the most severe where several imply the same
 * reference dimension, then the assumed values for the dimensions still open.
 */
import type { TraceStep } from "../classify/result.js";
import { compareExact, toExact } from "../decimal/exact.js";
import type { Crosswalk, CrosswalkEntry, ImpliedValues } from "../model/mapping.js";
import type { Scale } from "../model/scale.js";

/** The reference facts of one combination and the steps that produced them. */
export interface CrosswalkReading {
  /** Reference dimension code → option code. */
  readonly facts: Readonly<Record<string, string>>;
  readonly steps: readonly TraceStep[];
}

/** Option ranks of the reference scale's ordinal dimensions (for "the most severe wins"). */
export type ReferenceRanks = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** Option rank tables of a scale's ordinal dimensions. */
export function optionRanks(scale: Scale): ReferenceRanks {
  const out = new Map<string, Map<string, number>>();
  for (const d of scale.dimensions) {
    if (d.type !== "ordinal" || out.has(d.code)) continue;
    out.set(d.code, new Map(d.options.map((o, i) => [o.code, i] as const)));
  }
  return out;
}

function describe(values: ImpliedValues): string {
  return Object.entries(values)
    .map(([d, o]) => `${d} ${o}`)
    .join(", ");
}

function setValue(facts: Map<string, string>, ranks: ReferenceRanks, dimension: string, option: string): void {
  const current = facts.get(dimension);
  const r = ranks.get(dimension);
  if (current === undefined || (r && (r.get(option) ?? -1) > (r.get(current) ?? -1))) facts.set(dimension, option);
}

function imply(facts: Map<string, string>, ranks: ReferenceRanks, values: ImpliedValues): void {
  for (const [d, o] of Object.entries(values)) setValue(facts, ranks, d, o);
}

/** The band a quantity value falls in: the last whose `atLeast` it reaches. */
function bandOf(entry: Extract<CrosswalkEntry, { bands: unknown }>, value: unknown): number {
  const v = toExact(value);
  if (!v) return -1;
  let found = -1;
  entry.bands.forEach((b, i) => {
    const at = toExact(b.atLeast);
    if (at && compareExact(v, at) >= 0) found = i;
  });
  return found;
}

function readEntry(entry: CrosswalkEntry, fact: unknown, facts: Map<string, string>, ranks: ReferenceRanks, steps: TraceStep[]): void {
  if (fact === undefined) return;
  if ("options" in entry) {
    for (const option of Array.isArray(fact) ? fact : [fact]) {
      if (typeof option !== "string" || !Object.hasOwn(entry.options, option)) continue;
      const values = entry.options[option]!;
      imply(facts, ranks, values);
      steps.push({ kind: "crosswalk_option_implies", params: { dimension: entry.dimension, option, values: describe(values) } });
    }
    return;
  }
  const band = bandOf(entry, fact);
  if (band < 0) {
    steps.push({ kind: "crosswalk_no_band", params: { dimension: entry.dimension, value: String(fact) } });
    return;
  }
  const b = entry.bands[band]!;
  imply(facts, ranks, b.implies);
  steps.push({ kind: "crosswalk_band_implies", params: { dimension: entry.dimension, value: String(fact), atLeast: String(b.atLeast), values: describe(b.implies) } });
}

/**
 * The reference facts that `facts` (an incident on the national scale) imply through
 * `crosswalk` onto `reference`, with one step per criterion used. Pure; unknown facts are ignored.
 * @example readThroughCrosswalk(asdToCrs.crosswalk, { "impact-type": "isolated-compromise", stakeholder: "school" }, REFERENCE_SCALE).facts
 * // { effect: "E2", scope: "S2", "national-interest": "N0" }
 */
export function readThroughCrosswalk(crosswalk: Crosswalk, facts: Readonly<Record<string, unknown>>, reference: Scale): CrosswalkReading {
  return readWithRanks(crosswalk, facts, optionRanks(reference));
}

/** {@link readThroughCrosswalk} with the reference's option ranks computed once (internal). */
export function readWithRanks(crosswalk: Crosswalk, facts: Readonly<Record<string, unknown>>, ranks: ReferenceRanks): CrosswalkReading {
  const out = new Map<string, string>();
  const steps: TraceStep[] = [];
  for (const entry of crosswalk.dimensions) {
    readEntry(entry, Object.hasOwn(facts, entry.dimension) ? facts[entry.dimension] : undefined, out, ranks, steps);
  }
  for (const [dimension, option] of Object.entries(crosswalk.assume ?? {})) {
    if (out.has(dimension)) continue;
    out.set(dimension, option);
    steps.push({ kind: "crosswalk_assumed", params: { dimension, option } });
  }
  const result: Record<string, string> = {};
  for (const [d, o] of out) Object.defineProperty(result, d, { value: o, enumerable: true, writable: true, configurable: true });
  steps.push({ kind: "crosswalk_reference_facts", params: { facts: describe(result) } });
  return { facts: result, steps };
}
