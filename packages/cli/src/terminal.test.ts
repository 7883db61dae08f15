import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Cell } from "./terminal.js";
import { columnWidths, displayWidth, renderTable, swatch, truncateLine, truncateText } from "./terminal.js";

const plain = (line: readonly { text: string }[]) => line.map((s) => s.text).join("");
// Printable text without control characters (the commands escape those before layout).
const printable = fc.string({ unit: "grapheme", maxLength: 30 }).map((s) => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, ""));

describe("displayWidth", () => {
  it("counts columns: one per ASCII character, none for combining marks, two for wide characters", () => {
    expect(displayWidth("Category 3")).toBe(10);
    expect(displayWidth("Cate\u0301gorie")).toBe(9);
    expect(displayWidth("重大事件")).toBe(8);
    expect(displayWidth("≈ ⊂ █")).toBe(5);
  });
});

describe("truncateLine", () => {
  it("keeps what fits and ends what does not with an ellipsis, never wider than asked", () => {
    fc.assert(
      fc.property(fc.array(printable, { maxLength: 4 }), fc.integer({ min: 1, max: 40 }), (texts, width) => {
        const line = texts.map((text) => ({ text }));
        const out = truncateLine(line, width);
        const whole = plain(line);
        expect(displayWidth(plain(out))).toBeLessThanOrEqual(width);
        if (displayWidth(whole) <= width) expect(plain(out)).toBe(whole);
        else {
          expect(plain(out).endsWith("…")).toBe(true);
          expect(whole.startsWith(plain(out).slice(0, -1))).toBe(true);
        }
      }),
    );
  });

  it("keeps each segment's paint", () => {
    const paint = (s: string) => `<${s}>`;
    expect(truncateLine([{ text: "abcdef", paint }, { text: "ghi" }], 4)).toEqual([{ text: "abc", paint }, { text: "…" }]);
    expect(truncateText("Highly significant incident", 10)).toBe("Highly si…");
  });
});

describe("swatch", () => {
  it("paints a block in the level's colour only when colour is on and the value is a hex colour", () => {
    const block = swatch("#CC0033", true);
    expect(block?.paint?.(block.text)).toBe("\u001b[38;2;204;0;51m█\u001b[39m");
    expect(swatch("#CC0033", false)).toBeUndefined();
    expect(swatch(undefined, true)).toBeUndefined();
    for (const bad of ["red", "#CC003", "#CC0033\u001b[2J", "#GG0000"]) expect(swatch(bad, true)).toBeUndefined();
  });
});

describe("renderTable", () => {
  const cellOf = (texts: string[]): Cell => texts.map((text) => [{ text }]);
  const cells = fc.array(printable, { minLength: 0, maxLength: 3 }).map(cellOf);

  it("draws every line with the same width, within maxWidth whenever the columns can shrink that far", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 20, max: 140 }), fc.array(fc.array(cells, { minLength: 5, maxLength: 5 }), { maxLength: 4 }), (n, maxWidth, rows) => {
        const header = Array.from({ length: n }, (_, j) => cellOf([`col ${j}`]));
        const body = rows.map((r) => r.slice(0, n));
        const lines = renderTable(header, body, { maxWidth }).trimEnd().split("\n");
        const widths = new Set(lines.map(displayWidth));
        expect(widths.size).toBe(1);
        const smallest = 3 * n + 1 + 6 * n;
        if (maxWidth >= smallest) expect([...widths][0]).toBeLessThanOrEqual(maxWidth);
        // Top border, header line, header rule, the rows' lines, a rule between rows, bottom border.
        const rowLines = body.reduce((k, r) => k + Math.max(1, ...r.map((c) => c.length)), 0);
        expect(lines).toHaveLength(3 + rowLines + Math.max(0, body.length - 1) + 1);
      }),
    );
  });

  it("shrinks the widest column first and sizes by the header lines asked for", () => {
    expect(columnWidths([[cellOf(["aaaaaaaaaaaaaaaaaaaa"]), cellOf(["bbbbbbbbbb"])]], 30)).toEqual([13, 10]);
    const header = [cellOf(["id", "a very long title that should not widen the column"])];
    const out = renderTable(header, [[cellOf(["value"])]], { maxWidth: 120, headerWidthLines: 1 });
    expect(out.split("\n")[0]).toBe("┌───────┐");
    expect(out).toContain("│ a ve… │");
  });
});
