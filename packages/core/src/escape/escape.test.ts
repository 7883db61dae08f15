import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clipText, escapeJsonText, escapeText, hasUnsafeText, unsafeCharacters } from "./escape.js";

const UNSAFE = ["\n", "\r", "\t", "\u001b", "\u007f", "\u0085", "\u061c", "\u200e", "\u200f", "\u2028", "\u2029", "\u202a", "\u202e", "\u2066", "\u2069"];

describe("escapeText", () => {
  it("shows every control and bidirectional control visibly, and leaves other text alone", () => {
    expect(escapeText("R1\n2 files checked: 0 errors")).toBe("R1\\u000a2 files checked: 0 errors");
    expect(escapeText("\u202Etxt.exe")).toBe("\\u202etxt.exe");
    expect(escapeText("\u001b[31mred")).toBe("\\u001b[31mred");
    expect(escapeText("Catégorie 3 — «grave» 🔴")).toBe("Catégorie 3 — «grave» 🔴");
    for (const ch of UNSAFE) expect(hasUnsafeText(escapeText(`a${ch}b`))).toBe(false);
    expect(unsafeCharacters("a\u202eb\nc\u202e")).toEqual(["U+202E", "U+000A"]);
  });

  it("never leaves an unsafe character, whatever the input", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...UNSAFE), fc.string())), (parts) => {
        const out = escapeText(parts.join(""));
        expect(hasUnsafeText(out)).toBe(false);
        expect(out.includes("\n")).toBe(false);
      }),
    );
  });

  it("JSON stays the same value once parsed, without a raw unsafe character", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...UNSAFE), fc.string())), (parts) => {
        const value = { text: parts.join(""), list: parts };
        const json = escapeJsonText(JSON.stringify(value, null, 2));
        expect(hasUnsafeText(json.replace(/\n */g, ""))).toBe(false);
        expect(JSON.parse(json)).toEqual(value);
      }),
    );
  });

  it("clips long values", () => {
    expect(clipText("x".repeat(500), 10)).toBe(`${"x".repeat(10)}…`);
  });
});
