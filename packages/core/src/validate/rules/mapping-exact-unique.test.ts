import { describe, expect, it } from "vitest";
import { mappingCtx } from "../../../test/fixtures/rule-helpers.js";
import { mappingExactUnique } from "./mapping-exact-unique.js";

describe("mappingExactUnique", () => {
  it("accepts exact matches of distinct object levels, and close matches of the same one", () => {
    expect(mappingExactUnique(mappingCtx())).toEqual([]);
    expect(mappingExactUnique(mappingCtx((d) => (d.records[0] = { ...d.records[0], relation: "closeMatch", object: { min: "R2", max: "R2" } })))).toEqual([]);
  });

  it("warns when two subject levels are an exactMatch of one object level", () => {
    expect(mappingExactUnique(mappingCtx((d) => (d.records[2].object = { min: "R2", max: "R2" }), {}))).toEqual([
      { code: "mapping_exact_not_unique", severity: "warning", pointer: "/records/2", params: { level: "L3", other: "L2", object: "R2" } },
    ]);
  });
});
