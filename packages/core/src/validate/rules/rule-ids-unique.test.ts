import { describe, expect, it } from "vitest";
import { METHOD_AT, component, scaleCtx } from "../../../test/fixtures/rule-helpers.js";
import { ruleIdsUnique } from "./rule-ids-unique.js";

describe("ruleIdsUnique", () => {
  it("accepts unique ids and rules without ids", () => {
    expect(ruleIdsUnique(scaleCtx((d) => component(d, "rules").rules.forEach((r: { id?: string }) => delete r.id)))).toEqual([]);
    expect(ruleIdsUnique(scaleCtx())).toEqual([]);
  });

  it("reports a repeated id", () => {
    expect(ruleIdsUnique(scaleCtx((d) => (component(d, "rules").rules[2].id = "wide")))).toEqual([
      { code: "rule_id_duplicate", severity: "error", pointer: `${METHOD_AT.rules}/rules/2/id`, params: { id: "wide", first: `${METHOD_AT.rules}/rules/1/id` } },
    ]);
  });
});
