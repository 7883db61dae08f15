import { describe, expect, it } from "vitest";
import { mappingCtx } from "../../../test/fixtures/rule-helpers.js";
import { mappingMonotone } from "./mapping-monotone.js";

const objects = (...bands: [string, string][]) => (d: { records: { object?: { min: string; max: string } }[] }) =>
  bands.forEach(([min, max], i) => (d.records[i]!.object = { min, max }));

describe("mappingMonotone", () => {
  it("accepts increasing and overlapping intervals", () => {
    expect(mappingMonotone(mappingCtx())).toEqual([]);
    expect(mappingMonotone(mappingCtx(objects(["R0", "R3"], ["R1", "R2"], ["R2", "R2"], ["R0", "R5"])))).toEqual([]);
  });

  it("blames one misplaced record once, listing the levels it conflicts with", () => {
    expect(mappingMonotone(mappingCtx(objects(["R1", "R1"], ["R2", "R2"], ["R3", "R3"], ["R0", "R0"])))).toEqual([
      { code: "mapping_not_monotone", severity: "error", pointer: "/records/3/object", params: { level: "L4", interval: "R0", conflicts: ["L1", "L2", "L3"] } },
    ]);
    expect(mappingMonotone(mappingCtx(objects(["R1", "R1"], ["R5", "R5"], ["R3", "R3"], ["R4", "R4"]))).map((i) => i.params["level"])).toEqual(["L2"]);
  });

  it("reports a plain swap of two neighbours once", () => {
    expect(mappingMonotone(mappingCtx(objects(["R0", "R1"], ["R3", "R3"], ["R2", "R2"], ["R4", "R5"]))).map((i) => [i.params["level"], i.params["conflicts"]])).toEqual([["L2", ["L3"]]]);
  });

  it("skips what it cannot place, and needs both scales", () => {
    expect(mappingMonotone(mappingCtx(objects(["R9", "R9"], ["R2", "R2"], ["R3", "R1"], ["R0", "R0"])))).toEqual([
      // L1 (unknown level) and L3 (inverted) are left out; of the one pair left, the tie goes to the less severe level.
      expect.objectContaining({ pointer: "/records/1/object", params: expect.objectContaining({ conflicts: ["L4"] }) }),
    ]);
    expect(mappingMonotone(mappingCtx(objects(["R5", "R5"], ["R0", "R0"]), {}))).toEqual([]);
  });
});

describe("mappingMonotone on large mappings", () => {
  it("a nearly reversed mapping of 3 000 levels: the pairs are counted, not listed, and each blamed record says how many it conflicts with", async () => {
    const { scaleContext } = await import("../_scale-context.js");
    const { mappingContext } = await import("../_mapping-context.js");
    const { MONOTONE_PAIR_BUDGET } = await import("./mapping-monotone.js");
    const n = 3000;
    const levels = Array.from({ length: n }, (_, i) => ({ code: `L${i}`, label: { en: `L${i}` }, definition: { en: "." } }));
    const scale = { levels, dimensions: [], method: { kind: "judgement" } };
    // Subject level i maps to object level n-1-i, but L1 maps beside L0: every other pair conflicts
    // (a wholly reversed mapping is one mapping_levels_reversed instead).
    const at = (i: number) => (i === 1 ? n - 1 : n - 1 - i);
    const records = levels.map((l, i) => ({ subject: l.code, relation: "closeMatch", object: { min: `L${at(i)}`, max: `L${at(i)}` }, justification: "review", confidence: 1 }));
    const ctx = mappingContext({ records } as never, { subject: scale as never, object: scale as never });
    expect(scaleContext).toBeDefined();
    const issues = mappingMonotone(ctx);
    expect((n * (n - 1)) / 2).toBeGreaterThan(MONOTONE_PAIR_BUDGET);
    // Each blamed record is blamed once, with its own count of conflicts: bounded by the records, not the pairs.
    expect(issues.length).toBe(n - 2);
    expect(issues[0]!.params).toMatchObject({ level: "L2", conflicts: ["L0"], count: 2 });
    expect(issues.at(-1)!.params).toMatchObject({ level: "L2999", count: n - 1 });
    const reversed = levels.map((l, i) => ({ ...records[i]!, object: { min: `L${n - 1 - i}`, max: `L${n - 1 - i}` } }));
    expect(mappingMonotone(mappingContext({ records: reversed } as never, { subject: scale as never, object: scale as never }))).toEqual([]);
  });
});
