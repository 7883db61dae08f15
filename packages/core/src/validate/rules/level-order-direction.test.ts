import { describe, expect, it } from "vitest";
import { scaleCtx } from "../../../test/fixtures/rule-helpers.js";
import { levelOrderDirection, numberingOf } from "./level-order-direction.js";

describe("numberingOf", () => {
  it("reads the way numbered codes run, with one prefix and an optional short suffix", () => {
    expect(numberingOf(["L1", "L2", "L3"])).toBe("ascending");
    expect(numberingOf(["C6", "C5", "C1"])).toBe("descending");
    expect(numberingOf(["Category 6", "Category 5", "Category 1"])).toBe("descending");
    expect(numberingOf(["0N", "0M", "1", "2", "5"])).toBe("ascending");
    expect(numberingOf(["L1", "L3", "L2"])).toBeUndefined();
    expect(numberingOf(["L1", "C2"])).toBeUndefined();
    expect(numberingOf(["green", "amber", "red"])).toBeUndefined();
    expect(numberingOf(["1", "1"])).toBeUndefined();
  });
});

describe("levelOrderDirection", () => {
  it("accepts numbers that run with the declared direction", () => {
    expect(levelOrderDirection(scaleCtx())).toEqual([]);
    expect(levelOrderDirection(scaleCtx((d) => (d.levels = d.levels.reverse().map((l: { code: string }, i: number) => ({ ...l, code: `C${i + 1}` })).reverse(), d.direction = "descending")))).toEqual([]);
  });

  it("warns, with both fixes, when the numbers run against it", () => {
    expect(levelOrderDirection(scaleCtx((d) => (d.direction = "descending")))).toEqual([
      { code: "level_order_direction_mismatch", severity: "warning", pointer: "/direction", params: { direction: "descending", numbering: "ascending", first: "L1", last: "L4" } },
    ]);
    // Listed most severe first: "Category 1" first, declared descending.
    const issuerOrder = scaleCtx((d) => {
      d.levels.forEach((l: { code: string }, i: number) => (l.code = `Category ${i + 1}`));
      d.direction = "descending";
    });
    expect(levelOrderDirection(issuerOrder).map((i) => i.params["numbering"])).toEqual(["ascending"]);
  });
});
