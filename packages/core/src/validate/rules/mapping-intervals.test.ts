import { describe, expect, it } from "vitest";
import { mappingCtx, where } from "../../../test/fixtures/rule-helpers.js";
import { mappingIntervals } from "./mapping-intervals.js";

describe("mappingIntervals", () => {
  it("accepts intervals of object levels, min not above max", () => {
    expect(mappingIntervals(mappingCtx())).toEqual([]);
  });

  it("reports unknown object levels once per code", () => {
    expect(where(mappingIntervals(mappingCtx((d) => (d.records[1].object = { min: "R6", max: "R6" }))))).toEqual([{ code: "unknown_level_reference", pointer: "/records/1/object/min" }]);
    expect(where(mappingIntervals(mappingCtx((d) => (d.records[3].object = { min: "unknown", max: "R7" }))))).toEqual([
      { code: "unknown_level_reference", pointer: "/records/3/object/min" },
      { code: "unknown_level_reference", pointer: "/records/3/object/max" },
    ]);
  });

  it("reports an inverted interval", () => {
    expect(mappingIntervals(mappingCtx((d) => (d.records[0].object = { min: "R1", max: "R0" })))).toEqual([
      { code: "mapping_interval_inverted", severity: "error", pointer: "/records/0/object", params: { min: "R1", max: "R0" } },
    ]);
  });

  it("checks nothing without the object scale", () => {
    expect(mappingIntervals(mappingCtx((d) => (d.records[0].object = { min: "Z", max: "A" }), {}))).toEqual([]);
  });
});
