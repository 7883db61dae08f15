import { describe, expect, it } from "vitest";
import { scaleCtx } from "../../../test/fixtures/rule-helpers.js";
import { levelCodesUnique } from "./level-codes-unique.js";

describe("levelCodesUnique", () => {
  it("accepts distinct level codes", () => {
    expect(levelCodesUnique(scaleCtx())).toEqual([]);
  });

  it("reports each repeat at its code, naming the first", () => {
    const issues = levelCodesUnique(scaleCtx((d) => {
      d.levels[2].code = "L1";
      d.levels[3].code = "L1";
    }));
    expect(issues).toEqual([
      { code: "level_code_duplicate", severity: "error", pointer: "/levels/2/code", params: { code: "L1", first: "/levels/0/code" } },
      { code: "level_code_duplicate", severity: "error", pointer: "/levels/3/code", params: { code: "L1", first: "/levels/0/code" } },
    ]);
  });
});
