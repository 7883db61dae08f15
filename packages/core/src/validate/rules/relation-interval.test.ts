import { describe, expect, it } from "vitest";
import { mappingCtx } from "../../../test/fixtures/rule-helpers.js";
import { relationIntervalAgrees } from "./relation-interval.js";

describe("relationIntervalAgrees", () => {
  it("accepts exact single levels, bands for other relations, and noMatch without object", () => {
    expect(relationIntervalAgrees(mappingCtx())).toEqual([]);
  });

  it("reports an exactMatch spanning two levels", () => {
    expect(relationIntervalAgrees(mappingCtx((d) => (d.records[2].object.max = "R4"), {}))).toEqual([
      { code: "relation_interval_mismatch", severity: "error", pointer: "/records/2/object", params: { relation: "exactMatch", min: "R3", max: "R4" } },
    ]);
  });

  it("reports noMatch with an object and other relations without one", () => {
    const issues = relationIntervalAgrees(mappingCtx((d) => {
      d.records[4].object = { min: "R0", max: "R0" };
      delete d.records[0].object;
      delete d.records[1].object;
    }));
    expect(issues.map((i) => [i.pointer, i.params["relation"]])).toEqual([
      ["/records/0", "closeMatch"],
      ["/records/1", "exactMatch"],
      ["/records/4/object", "noMatch"],
    ]);
  });
});
