import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanNesting } from "./nesting-scan.js";

describe("scanNesting", () => {
  it("ignores brackets inside strings, escaped quotes included", () => {
    const text = '["[[[", "\\"[[[", {"{{": "}}"}]';
    expect(scanNesting(text, 2)).toBeUndefined();
    expect(scanNesting(text, 1)).toEqual({ depth: 2, offset: text.indexOf("{"), pointer: "/2" });
  });

  it("tracks the pointer through object keys and array indexes", () => {
    const text = '{"a": 1, "b~/": [0, 1, {"c": {"d": []}}]}';
    expect(scanNesting(text, 4)).toEqual({ depth: 5, offset: text.indexOf("[]"), pointer: "/b~0~1/2/c/d" });
  });

  it("measures the depth of balanced nesting exactly", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 300 }), fc.nat({ max: 300 }), (kinds, limit) => {
        const open = kinds.map((array) => (array ? "[" : '{"k":')).join("");
        const close = kinds.map((array) => (array ? "]" : "}")).reverse().join("");
        const result = scanNesting(open + close, limit);
        if (kinds.length <= limit) expect(result).toBeUndefined();
        else expect(result?.depth).toBe(kinds.length);
      }),
    );
  });

  it("does not let a mismatched closer hide depth", () => {
    expect(scanNesting("[}".repeat(10), 5)?.depth).toBe(10);
    expect(scanNesting("{]".repeat(10), 5)?.depth).toBe(10);
  });
});
