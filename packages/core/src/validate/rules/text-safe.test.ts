import { describe, expect, it } from "vitest";
import { scaleWith, where } from "../../../test/fixtures/rule-helpers.js";
import { textSafe } from "./text-safe.js";

describe("textSafe", () => {
  it("accepts the base scale", () => {
    expect(textSafe(scaleWith())).toEqual([]);
  });

  it("warns on a line break in a code, bidi controls in a label, ESC anywhere; a line break in a definition is fine", () => {
    const scale = scaleWith((d) => {
      d.levels[0].code = "L1\n2 files checked: 0 errors";
      d.levels[1].label.en = "\u202Eevere";
      d.levels[1].definition.en = "First line.\nSecond line.";
      d.title.es = "\u001b[2J";
    });
    const issues = textSafe(scale);
    expect(where(issues)).toEqual([
      { code: "text_unsafe_characters", pointer: "/title/es" },
      { code: "text_unsafe_characters", pointer: "/levels/0/code" },
      { code: "text_unsafe_characters", pointer: "/levels/1/label/en" },
    ]);
    expect(issues.map((i) => i.params["characters"])).toEqual([["U+001B"], ["U+000A"], ["U+202E"]]);
  });
});
