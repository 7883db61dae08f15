import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { classify } from "@sevscale/core";
import type { Scale } from "@sevscale/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EXHAUSTIVE_LIMIT, factsJson, openDimensions, possibleRange } from "./classify-open.js";

const registry = resolve(import.meta.dirname, "../../../examples/registry");
const load = (id: string) => JSON.parse(readFileSync(join(registry, id, "1.0.0/scale.json"), "utf8")) as Scale;
const rulesAndMatrix = [load("au/asd"), load("gb/ncsc-2018")];
const nciss = load("us/nciss");

/** Random facts for a scale: each ordinal dimension answered with one of its options, or not. */
function partialFacts(scale: Scale) {
  const entries = scale.dimensions.map((d) =>
    d.type === "ordinal" ? fc.option(fc.constantFrom(...d.options.map((o) => o.code)), { nil: undefined }) : fc.constant(undefined),
  );
  return fc.tuple(...entries).map((values) => Object.fromEntries(scale.dimensions.flatMap((d, i) => (values[i] === undefined ? [] : [[d.code, values[i]!]]))));
}

/** The same facts completed: every unanswered ordinal dimension gets an option. */
function completion(scale: Scale, facts: Record<string, string>) {
  return fc.tuple(...scale.dimensions.map((d) => (d.type === "ordinal" ? fc.constantFrom(...d.options.map((o) => o.code)) : fc.constant("")))).map((values) => ({
    ...Object.fromEntries(scale.dimensions.map((d, i) => [d.code, values[i]!])),
    ...facts,
  }));
}

describe("openDimensions and possibleRange", () => {
  for (const scale of rulesAndMatrix) {
    it(`${scale.id}: every completion of partial facts lands inside the range still possible`, () => {
      fc.assert(
        fc.property(
          partialFacts(scale).chain((facts) => fc.tuple(fc.constant(facts), completion(scale, facts))),
          ([facts, full]) => {
            const result = classify(scale, facts);
            const open = openDimensions(scale, result);
            for (const d of open) expect(facts[d]).toBeUndefined();
            const range = possibleRange(scale, facts, result, open);
            const rank = classify(scale, full).level?.rank;
            if (rank === undefined) return;
            expect(rank).toBeGreaterThanOrEqual(range.min!);
            expect(rank).toBeLessThanOrEqual(range.max!);
          },
        ),
      );
    });

    it(`${scale.id}: when nothing is open, the range is the level classify gives`, () => {
      fc.assert(
        fc.property(completion(scale, {}), (full) => {
          const result = classify(scale, full);
          expect(openDimensions(scale, result)).toEqual([]);
          const range = possibleRange(scale, full, result, []);
          expect([range.min, range.max]).toEqual([result.level?.rank, result.level?.rank]);
        }),
      );
    });
  }

  it("NCISS (score without cut-points): answering a question never widens the score range, and the scores of completions stay inside it", () => {
    const ordinal = nciss.dimensions.flatMap((d) => (d.type === "ordinal" ? [d] : []));
    const size = ordinal.reduce((n, d) => n * d.options.length, 1);
    expect(size).toBeGreaterThan(EXHAUSTIVE_LIMIT); // so the extremes path is the one exercised
    fc.assert(
      fc.property(
        partialFacts(nciss).chain((facts) => fc.tuple(fc.constant(facts), completion(nciss, facts))),
        ([facts, full]) => {
          const partial = classify(nciss, facts);
          const range = possibleRange(nciss, facts, partial, openDimensions(nciss, partial));
          const score = Number(classify(nciss, full).score);
          expect(score).toBeGreaterThanOrEqual(Number(range.minScore));
          expect(score).toBeLessThanOrEqual(Number(range.maxScore));
          const fewer = Object.fromEntries(Object.entries(facts).slice(1));
          const fewerResult = classify(nciss, fewer);
          const wider = possibleRange(nciss, fewer, fewerResult, openDimensions(nciss, fewerResult));
          expect(Number(wider.minScore)).toBeLessThanOrEqual(Number(range.minScore));
          expect(Number(wider.maxScore)).toBeGreaterThanOrEqual(Number(range.maxScore));
        },
      ),
      { numRuns: 50 },
    );
  });

  it("factsJson keeps the scale's dimension order, drops unanswered facts and gives quantities their unit", () => {
    const scale = load("au/asd");
    const [a, b] = scale.dimensions;
    const json = JSON.parse(factsJson(scale, { [b!.code]: "x", [a!.code]: "y", unknown: "z" })) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([a!.code, b!.code]);
    const quantity: Scale = { ...scale, dimensions: [{ code: "loss", label: { en: "Loss" }, type: "quantity", unit: "EUR" }] };
    expect(JSON.parse(factsJson(quantity, { loss: 12.5 }))).toEqual({ loss: { value: 12.5, unit: "EUR" } });
  });
});
