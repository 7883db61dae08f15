import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AU, AU_MAPPING, UK, UK_MAPPING, US_CISS, US_CISS_MAPPING } from "../../test/fixtures/national.js";
import { makeMapping, makeScale } from "../../test/fixtures/scales.js";
import { compare } from "./compare.js";
import { alignmentToCsv, csvField } from "./export-csv.js";
import { alignmentToMarkdown, escapeMarkdownCell } from "./export-markdown.js";
import { es } from "../locales/es/index.js";
import { en } from "../locales/en/index.js";

const alignment = compare([
  { scale: UK, mapping: UK_MAPPING },
  { scale: AU, mapping: AU_MAPPING },
  { scale: US_CISS, mapping: US_CISS_MAPPING },
]);

/** A minimal RFC 4180 reader, to check the writer round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\r" && text[i + 1] === "\n") row.push(field), rows.push(row), (row = []), (field = ""), i++;
    else field += c;
  }
  return rows;
}

describe("alignmentToCsv", () => {
  it("writes one row per reference level with CRLF line ends", () => {
    const csv = alignmentToCsv(alignment);
    expect(csv.split("\r\n").slice(0, 3)).toEqual([
      "reference,reference_label,gb/ncsc@1.0.0,au/asd@1.0.0,us/ciss@1.0.0",
      "R0,Baseline,Category 6 (broadMatch),C6 (broadMatch),0 (exactMatch)",
      "R1,Low,Category 6 (broadMatch); Category 5 (broadMatch),C6 (broadMatch); C5 (closeMatch),1 (exactMatch)",
    ]);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(alignmentToCsv(alignment, { lang: "es" })).toContain("R3,Significativo,");
  });

  it("quotes per RFC 4180 and round-trips any text", () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (fields) => {
        const line = `${fields.map((f) => csvField(f, false)).join(",")}\r\n`;
        expect(parseCsv(line)).toEqual([fields]);
      }),
    );
    expect(csvField('say "hi", twice')).toBe('"say ""hi"", twice"');
  });

  it("guards against formulas in untrusted codes", () => {
    const s = makeScale({ id: "x-org.example/evil", levels: [["=HYPERLINK(\"x\")", "bad"], ["ok", "ok"]] });
    const m = makeMapping(s, [
      ["=HYPERLINK(\"x\")", "exactMatch", "R0", "R0", 1],
      ["ok", "exactMatch", "R1", "R1", 1],
    ]);
    const csv = alignmentToCsv(compare([{ scale: s, mapping: m }]));
    expect(parseCsv(csv)[1]![2]).toBe("'=HYPERLINK(\"x\") (exactMatch)");
    expect(parseCsv(alignmentToCsv(compare([{ scale: s, mapping: m }]), { formulaGuard: false }))[1]![2]).toBe('=HYPERLINK("x") (exactMatch)');
  });
});

describe("alignmentToMarkdown", () => {
  it("renders the reference table, legend, scales and level-by-level matrices", () => {
    const md = alignmentToMarkdown(alignment, en);
    const lines = md.split("\n");
    expect(lines.slice(0, 5)).toEqual([
      "## Alignment on sevscale/crs@1.0.0",
      "",
      "| Reference | gb/ncsc@1.0.0 | au/asd@1.0.0 | us/ciss@1.0.0 |",
      "| --- | --- | --- | --- |",
      "| R0 Baseline | Category 6 ⊂ | C6 ⊂ | 0 = |",
    ]);
    expect(lines).toContain("| R1 Low | Category 6 ⊂, Category 5 ⊂ | C6 ⊂, C5 ≈ | 1 = |");
    expect(lines).toContain("- gb/ncsc@1.0.0: UK NCSC incident categorisation (numbered downwards, 1 is the most severe; mapping gb/ncsc-crs@1.0.0)");
    expect(lines).toContain("#### gb/ncsc@1.0.0 → au/asd@1.0.0");
    expect(lines).toContain("| Category 3 |  |  |  | equivalent |  |  |");
  });

  it("speaks Spanish", () => {
    const md = alignmentToMarkdown(alignment, es);
    expect(md).toContain("## Alineación sobre sevscale/crs@1.0.0");
    expect(md).toContain("| R3 Significativo |");
    expect(md).toContain("| Category 3 |  |  |  | equivalente |  |  |");
  });

  it("escapes document text so it cannot break the table or inject markup", () => {
    expect(escapeMarkdownCell("a|b<script>[x](javascript:y)\nz & *w*")).toBe("a\\|b\\<script\\>\\[x\\](javascript:y) z &amp; \\*w\\*");
    fc.assert(
      fc.property(fc.string(), (s) => {
        const e = escapeMarkdownCell(s);
        expect(e).not.toMatch(/[\r\n]/);
        expect(e).not.toMatch(/(^|[^\\])[|<>[\]]/);
      }),
    );
  });
});
