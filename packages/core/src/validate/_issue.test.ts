import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toPointer } from "../issues/issue.js";
import { comparePointers, issue, preview, sortIssues } from "./_issue.js";

describe("comparePointers", () => {
  it("orders indices numerically and parents before children", () => {
    const sorted = ["/levels/10", "/levels/2/code", "", "/levels/2", "/id", "/levels/a"].sort(comparePointers);
    expect(sorted).toEqual(["", "/id", "/levels/2", "/levels/2/code", "/levels/10", "/levels/a"]);
  });

  it("is a total order consistent with equality (property)", () => {
    const path = fc.array(fc.oneof(fc.nat(20), fc.string({ maxLength: 3 })), { maxLength: 4 }).map(toPointer);
    fc.assert(
      fc.property(path, path, path, (a, b, c) => {
        expect(Math.sign(comparePointers(a, b))).toBe(-Math.sign(comparePointers(b, a)) || 0);
        expect(comparePointers(a, b) === 0).toBe(a === b);
        if (comparePointers(a, b) <= 0 && comparePointers(b, c) <= 0) expect(comparePointers(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });
});

describe("sortIssues", () => {
  it("sorts by pointer, then code, whatever the input order (property)", () => {
    const issues = [
      issue("too_short", ["levels", 2, "code"], { minimum: 1, actual: 0 }),
      issue("missing_property", ["levels", 2], { property: "label" }),
      issue("invalid_value", ["levels", 2], { value: "1", allowed: [] }),
      issue("too_short", ["levels", 10, "code"], { minimum: 1, actual: 0 }),
    ];
    const expected = [issues[2], issues[1], issues[0], issues[3]];
    fc.assert(fc.property(fc.shuffledSubarray(issues, { minLength: 4 }), (shuffled) => {
        expect(sortIssues(shuffled)).toEqual(expected);
      }));
  });
});

describe("preview", () => {
  it("quotes strings, shows other JSON, and shortens long values", () => {
    expect(preview("a")).toBe('"a"');
    expect(preview(12.5)).toBe("12.5");
    expect(preview(undefined)).toBe("undefined");
    expect(preview("x".repeat(200))).toHaveLength(80);
    expect(preview(10n)).toBe("10");
  });
});
