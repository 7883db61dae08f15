import { describe, expect, it } from "vitest";
import { scaleCtx } from "../../../test/fixtures/rule-helpers.js";
import { compositeIdsUnique } from "./composite-ids-unique.js";

describe("compositeIdsUnique", () => {
  it("accepts unique ids and non-composite methods", () => {
    expect(compositeIdsUnique(scaleCtx())).toEqual([]);
    expect(compositeIdsUnique(scaleCtx((d) => (d.method = d.method.components[0].method)))).toEqual([]);
  });

  it("reports a repeated component id", () => {
    expect(compositeIdsUnique(scaleCtx((d) => (d.method.components[3].id = "score")))).toEqual([
      { code: "component_id_duplicate", severity: "error", pointer: "/method/components/3/id", params: { id: "score", first: "/method/components/1/id" } },
    ]);
  });
});
