import { describe, expect, it } from "vitest";
import { scaleCtx } from "../../../test/fixtures/rule-helpers.js";
import { levelDefinitions } from "./level-definitions.js";

describe("levelDefinitions", () => {
  it("says nothing when every level has a definition", () => {
    expect(levelDefinitions(scaleCtx())).toEqual([]);
  });

  it("notes each level without a definition, as an info at the level", () => {
    expect(levelDefinitions(scaleCtx((d) => delete d.levels[1].definition))).toEqual([
      { code: "level_definition_missing", severity: "info", pointer: "/levels/1", params: { level: "L2" } },
    ]);
  });
});
