import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createLineIndex } from "./source-position.js";

describe("createLineIndex", () => {
  it("counts \\n, \\r\\n and a lone \\r as one line break each", () => {
    const lines = createLineIndex("a\nb\r\nc\rd");
    expect(lines.positionAt(0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(lines.positionAt(2)).toEqual({ line: 2, column: 1, offset: 2 });
    expect(lines.positionAt(5)).toEqual({ line: 3, column: 1, offset: 5 });
    expect(lines.positionAt(7)).toEqual({ line: 4, column: 1, offset: 7 });
  });

  it("clamps offsets outside the text", () => {
    const lines = createLineIndex("ab\ncd");
    expect(lines.positionAt(-3)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(lines.positionAt(99)).toEqual({ line: 2, column: 3, offset: 5 });
  });

  it("agrees with splitting the text before the offset into lines", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "é", "😀", "\n", "\r", "\r\n", " ") });
    fc.assert(
      fc.property(text, fc.nat(), (s, n) => {
        const offset = n % (s.length + 1);
        // An offset between "\r" and "\n" is still on the line that "\r\n" ends.
        const inBreak = s[offset - 1] === "\r" && s[offset] === "\n" ? 1 : 0;
        const before = s.slice(0, offset - inBreak).split(/\r\n|\r|\n/);
        expect(createLineIndex(s).positionAt(offset)).toEqual({
          line: before.length,
          column: before[before.length - 1]!.length + 1 + inBreak,
          offset,
        });
      }),
    );
  });
});
