import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Cell } from "./terminal.js";
import { MIN_WRAPPED_COLUMN, columnWidths, displayWidth, renderBlocks, renderTable, swatch, tableFits, truncateLine, truncateText, wrapLine } from "./terminal.js";

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

describe("wrapLine", () => {
  const words = fc.array(fc.stringMatching(/^[A-Za-z0-9éçã/@.-]{1,14}$/), { minLength: 0, maxLength: 12 });
  const noSpace = (s: string) => s.replace(/ /g, "");

  it("keeps every line within the width and loses no character but the spaces at a break", () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 3 }), (ws, width, indent) => {
        const text = `${" ".repeat(indent)}${ws.join(" ")}`;
        const lines = wrapLine([{ text }], width);
        for (const line of lines) expect(displayWidth(plain(line))).toBeLessThanOrEqual(Math.max(width, indent));
        expect(noSpace(lines.map(plain).join(""))).toBe(noSpace(text));
        if (displayWidth(text) <= width) expect(lines.map(plain)).toEqual([text]);
        // A word that fits is never cut.
        for (const w of ws.filter((w) => w.length <= width)) expect(lines.map(plain).join("\n")).toMatch(new RegExp(`(^|[ \\n])${w.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&")}($|[ \\n])`));
      }),
    );
  });

  it("keeps each segment's paint on the pieces that came from it", () => {
    const line = [{ text: "= ", paint: (s: string) => `<c>${s}` }, { text: "C5", paint: (s: string) => `<b>${s}` }, { text: " Category 5 moderate" }];
    const lines = wrapLine(line, 10);
    expect(lines.map(plain)).toEqual(["= C5", "Category 5", "moderate"]);
    expect(lines[0]!.map((seg) => (seg.paint ? seg.paint(seg.text) : seg.text)).join("")).toBe("<c>= <b>C5");
    expect(lines[1]!.every((seg) => seg.paint === undefined)).toBe(true);
  });

  it("cuts an id after a slash or before an @ rather than anywhere", () => {
    expect(wrapLine([{ text: "gb/ncsc-2018@1.0.0" }], 13).map(plain)).toEqual(["gb/ncsc-2018", "@1.0.0"]);
    expect(wrapLine([{ text: "sevscale/crs@1.0.0" }], 10).map(plain)).toEqual(["sevscale/", "crs@1.0.0"]);
  });
});

describe("wrapped tables and blocks", () => {
  const header: Cell[] = [[[{ text: "ref@1.0.0" }], [{ text: "Reference" }]], [[{ text: "a/one@1.0.0" }], [{ text: "A long title that goes on and on for a while" }]], [[{ text: "b/two@2.0.0" }], [{ text: "B" }]]];
  const rows: Cell[][] = [
    [[[{ text: "R0 Baseline" }]], [[{ text: "= L1 Localised incident with no effect" }]], [[{ text: "—" }]]],
    [[[{ text: "R1 Low" }]], [[{ text: "⊂ L2 Moderate incident" }], [{ text: "⊂ L3 Substantial incident" }]], [[{ text: "= 1 Low" }]]],
  ];
  const words = (cells: Cell[][]) => cells.flatMap((r) => r.flatMap((c) => c.flatMap((l) => plain(l).split(" "))));

  it("wraps labels inside their column instead of cutting them", () => {
    const out = renderTable(header, rows, { maxWidth: 50, headerWidthLines: 1, wrap: true, minColumnWidth: MIN_WRAPPED_COLUMN });
    const lines = out.trimEnd().split("\n");
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(50);
    const cellText = lines.join(" ").replace(/[│┌┐└┘├┤┬┴┼╞╡╪═─]/g, " ");
    for (const w of words(rows)) expect(cellText).toContain(w);
    // Titles get two lines at most, then an ellipsis.
    expect(out).toContain("…");
    expect(out).not.toContain("a while");
  });

  it("turns into one block per column when the columns would get narrower than the minimum", () => {
    expect(tableFits(3, 3 * (MIN_WRAPPED_COLUMN + 3) + 1)).toBe(true);
    expect(tableFits(3, 3 * (MIN_WRAPPED_COLUMN + 3))).toBe(false);
    const out = renderBlocks(header, rows, 30);
    const lines = out.trimEnd().split("\n");
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(30);
    expect(lines[0]).toBe("ref@1.0.0  Reference");
    // A block per scale, each with one line or more per reference row, nothing cut.
    expect(lines.filter((l) => l === "a/one@1.0.0" || l === "b/two@2.0.0")).toHaveLength(2);
    expect(out).not.toContain("…");
    const text = lines.join(" ");
    for (const w of [...words(rows), ..."A long title that goes on and on for a while".split(" ")]) expect(text).toContain(w);
  });
});
