import { describe, expect, it } from "vitest";
import { scaleCtx } from "../../../test/fixtures/rule-helpers.js";
import { significanceLevelExists } from "./significance-level-exists.js";

describe("significanceLevelExists", () => {
  it("accepts an existing level, or no significance", () => {
    expect(significanceLevelExists(scaleCtx())).toEqual([]);
    expect(significanceLevelExists(scaleCtx((d) => delete d.significance))).toEqual([]);
  });

  it("reports an unknown level, and a sentinel (which has no rank)", () => {
    expect(significanceLevelExists(scaleCtx((d) => (d.significance.level = "L9")))).toEqual([
      { code: "unknown_level_reference", severity: "error", pointer: "/significance/level", params: { code: "L9", scale: "x-org.example/base", known: ["L1", "L2", "L3", "L4"] } },
    ]);
    expect(significanceLevelExists(scaleCtx((d) => (d.significance.level = "unknown"))).map((i) => i.code)).toEqual(["unknown_level_reference"]);
  });
});
