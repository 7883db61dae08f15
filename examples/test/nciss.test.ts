/**
 * The NCISS encoding carries the CMU SEI CITE numbers exactly: every weight and option value equals
 * the research data, options run least to most severe by value, and the derived normalisation range
 * is 325..3400 as CITE computes it.
 */
import type { OrdinalDimension, ScoreMethod } from "@sevscale/core";
import { describe, expect, it } from "vitest";
import { loadScale, sharedSchema } from "./support.js";

const scale = loadScale("us-nciss");
const source = sharedSchema("us-cisa-nciss");
const categories = source.method.categories ?? [];

function scoreMethod(): ScoreMethod {
  if (scale.method.kind !== "score") throw new Error("NCISS is encoded as a score");
  return scale.method;
}

function ordinal(code: string): OrdinalDimension {
  const d = scale.dimensions.find((x) => x.code === code);
  if (d?.type !== "ordinal") throw new Error(`no ordinal dimension ${code}`);
  return d;
}

/** The dimension encoding a CITE category, found by its exact label. */
function dimensionFor(name: string): OrdinalDimension {
  const d = scale.dimensions.find((x) => x.label["en"] === name);
  if (d?.type !== "ordinal") throw new Error(`no ordinal dimension labelled ${name}`);
  return d;
}

describe("us/nciss score method", () => {
  const method = scoreMethod();

  it("has the eight CITE categories as ordinal dimensions, one component each, in the same order", () => {
    expect(categories).toHaveLength(8);
    expect(scale.dimensions.map((d) => d.label["en"])).toEqual(categories.map((c) => c.name));
    expect(method.components.map((c) => c.dimension)).toEqual(scale.dimensions.map((d) => d.code));
    for (const d of scale.dimensions) expect(d.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(categories.map((c) => [c.name, c] as const))("%s: weight, labels and values equal the data exactly", (_name, category) => {
    const dimension = dimensionFor(category.name);
    const component = method.components.find((c) => c.dimension === dimension.code);
    expect(component?.weight).toBe(category.weight);
    expect(dimension.options).toHaveLength(category.options.length);
    for (const option of category.options) {
      const encoded = dimension.options.find((o) => o.label["en"] === option.label);
      expect(encoded, option.label).toBeDefined();
      expect(encoded?.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(component?.values?.[encoded?.code ?? ""]).toBe(option.value);
    }
    expect(Object.keys(component?.values ?? {}).sort()).toEqual(dimension.options.map((o) => o.code).sort());
  });

  it.each(categories.map((c) => [c.name, c] as const))("%s: options run least to most severe by value", (_name, category) => {
    const dimension = dimensionFor(category.name);
    const component = method.components.find((c) => c.dimension === dimension.code);
    const values = dimension.options.map((o) => Number(component?.values?.[o.code]));
    for (let i = 1; i < values.length; i++) expect(values[i]!).toBeGreaterThanOrEqual(values[i - 1]!);
    // Ties (only among the Cross Sector Dependency sectors) keep the data's own order.
    const stable = category.options
      .map((o, i) => ({ ...o, i }))
      .sort((a, b) => a.value - b.value || a.i - b.i)
      .map((o) => o.label);
    expect(dimension.options.map((o) => o.label["en"])).toEqual(stable);
  });

  it("notes that the sector options are ordered by CITE value", () => {
    const note = ordinal("cross-sector-dependency").verification?.note?.["en"] ?? "";
    expect(note).toMatch(/by CITE value/);
  });

  it("aggregates several selected options by max, counts an empty category as 0 and allows several options", () => {
    for (const c of method.components) {
      expect(c.aggregate).toBe("max");
      expect(c.missing).toBe(0);
      expect(ordinal(c.dimension).multiple).toBe(true);
    }
  });

  it("derives the min-max range 325..3400 from the document, as CITE's seed data gives", () => {
    let min = 0;
    let max = 0;
    for (const c of method.components) {
      const values = Object.values(c.values ?? {}).map(Number);
      min += Number(c.weight) * Math.min(...values);
      max += Number(c.weight) * Math.max(...values);
    }
    expect(min).toBe(325);
    expect(max).toBe(3400);
    const stated = /minPossible=(\d+), maxPossible=(\d+)/.exec(source.method.formula?.cite ?? "");
    expect([Number(stated?.[1]), Number(stated?.[2])]).toEqual([min, max]);
    expect(method.components.reduce((s, c) => s + Number(c.weight), 0)).toBe(source.method.sumOfWeights);
  });

  it("normalises min-max from the derived range to 0..100, clamps, rounds half-up to 2 decimals, and has no cut-points", () => {
    expect(method.normalisation).toEqual({ kind: "min-max", to: { min: 0, max: 100 } });
    expect(method.clamp).toEqual({ min: 0, max: 100 });
    expect(method.rounding).toEqual({ decimals: 2, mode: "half-up" });
    expect(method.cutPoints).toBeUndefined();
  });

  it("marks the weights as the CITE encoding and the thresholds as unverified", () => {
    expect(method.verification?.status).toBe("partially-verified");
    expect(method.verification?.note?.["en"]).toMatch(/CITE/);
    expect(method.verification?.note?.["en"]).toMatch(/UNVERIFIED/);
    expect(scale.encoding?.official).toBe(false);
    expect(scale.encoding?.note?.["en"]).toMatch(/CITE/);
  });
});
