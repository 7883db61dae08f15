import { describe, expect, it } from "vitest";
import { mappingCtx, scaleWith } from "../../../test/fixtures/rule-helpers.js";
import { REFERENCE_SCALE } from "../../reference/crs.js";
import type { Scale } from "../../model/scale.js";
import { validateMapping } from "../validate-mapping.js";
import { mappingWith } from "../../../test/fixtures/rule-helpers.js";
import { mappingLevelsReversed } from "./mapping-levels-reversed.js";
import { mappingMonotone } from "./mapping-monotone.js";

const objects = (...bands: [string, string][]) => (d: { records: { object?: { min: string; max: string } }[] }) =>
  bands.forEach(([min, max], i) => (d.records[i]!.object = { min, max }));

describe("mappingLevelsReversed", () => {
  it("says once, with the fix, that the subject's levels read most severe first, instead of an error per record", () => {
    const reversed = objects(["R4", "R5"], ["R3", "R3"], ["R2", "R2"], ["R0", "R1"]);
    const ctx = mappingCtx(reversed);
    expect(mappingLevelsReversed(ctx)).toEqual([
      { code: "mapping_levels_reversed", severity: "error", pointer: "/records", params: { scale: "x-org.example/base", first: "L1", last: "L4" } },
    ]);
    expect(mappingMonotone(ctx)).toEqual([]);
    const all = validateMapping(mappingWith(reversed), { subject: scaleWith(), object: REFERENCE_SCALE as unknown as Scale });
    expect(all.filter((i) => i.severity === "error").map((i) => i.code)).toEqual(["mapping_levels_reversed"]);
  });

  it("is silent for an ordered mapping, a partly scrambled one (left to mapping_not_monotone) and touching intervals", () => {
    expect(mappingLevelsReversed(mappingCtx())).toEqual([]);
    const scrambled = mappingCtx(objects(["R1", "R1"], ["R5", "R5"], ["R3", "R3"], ["R4", "R4"]));
    expect(mappingLevelsReversed(scrambled)).toEqual([]);
    expect(mappingMonotone(scrambled).length).toBeGreaterThan(0);
    expect(mappingLevelsReversed(mappingCtx(objects(["R3", "R5"], ["R3", "R3"], ["R2", "R3"], ["R0", "R2"])))).toEqual([]);
  });
});
