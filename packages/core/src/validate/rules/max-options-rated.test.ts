import { describe, expect, it } from "vitest";
import { METHOD_AT, component, scaleCtx } from "../../../test/fixtures/rule-helpers.js";
import { maxOptionsRated } from "./max-options-rated.js";

describe("maxOptionsRated", () => {
  it("accepts a rating of every option", () => {
    expect(maxOptionsRated(scaleCtx())).toEqual([]);
  });

  it("lists the unrated options as a warning", () => {
    expect(maxOptionsRated(scaleCtx((d) => {
      delete component(d, "max").ratings[0].levels.s0;
      delete component(d, "max").ratings[0].levels.s1;
    }))).toEqual([
      { code: "max_option_unrated", severity: "warning", pointer: `${METHOD_AT.max}/ratings/0/levels`, params: { dimension: "scope", missing: ["s0", "s1"] } },
    ]);
  });
});
