import { describe, expect, it } from "vitest";
import { scaleCtx } from "../../../test/fixtures/rule-helpers.js";
import { levelColorsDistinct } from "./level-colors-distinct.js";

describe("levelColorsDistinct", () => {
  it("accepts distinct colours and levels without a colour", () => {
    expect(levelColorsDistinct(scaleCtx((d) => delete d.levels[1].color))).toEqual([]);
  });

  it("reports the same hex in another case as a warning", () => {
    expect(levelColorsDistinct(scaleCtx((d) => (d.levels[3].color.hex = "#ff7f0e")))).toEqual([
      { code: "level_color_duplicate", severity: "warning", pointer: "/levels/3/color/hex", params: { level: "L4", other: "L3", hex: "#FF7F0E" } },
    ]);
  });
});
