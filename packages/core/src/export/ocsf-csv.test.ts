import fc from "fast-check";
import { parse as parseCsv } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { UK, UK_MAPPING, US_NCISS, US_NCISS_MAPPING } from "../../test/fixtures/national.js";
import { makeMapping, makeScale } from "../../test/fixtures/scales.js";
import { REFERENCE_SCALE } from "../reference/crs.js";
import { identityMapping } from "../reference/identity-mapping.js";
import { LEVEL_CSV_COLUMNS, csvCell, scaleToCsv } from "./csv.js";
import { OCSF_SEVERITY_OF_CRS, scaleToOcsfSeverities } from "./ocsf.js";

describe("scaleToOcsfSeverities", () => {
  it("maps the reference scale itself R0→1 … R3→4, R4 and R5→5, never 6 Fatal", () => {
    const { table } = scaleToOcsfSeverities(REFERENCE_SCALE, identityMapping(REFERENCE_SCALE));
    expect(table.levels.filter((l) => !l.sentinel).map((l) => [l.code, l.severity_id])).toEqual([
      ["R0", 1],
      ["R1", 2],
      ["R2", 3],
      ["R3", 4],
      ["R4", 5],
      ["R5", 5],
    ]);
    expect(table.levels.filter((l) => l.sentinel).map((l) => [l.code, l.severity_id])).toEqual([
      ["unknown", 0],
      ["out-of-scope", 99],
    ]);
  });

  it("takes a band's most severe end and keeps the native label as severity", () => {
    const { table, issues } = scaleToOcsfSeverities(US_NCISS, US_NCISS_MAPPING);
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
    for (const row of table.levels) {
      const record = US_NCISS_MAPPING.records.find((r) => r.subject === row.code)!;
      expect(row.severity_id).toBe(OCSF_SEVERITY_OF_CRS[record.object!.max]);
      expect(row.reference).toEqual(record.object);
      expect(row.severity).toBe(US_NCISS.levels.find((l) => l.code === row.code)!.label["en"]);
    }
    const ids = scaleToOcsfSeverities(UK, UK_MAPPING).table.levels.filter((l) => !l.sentinel).map((l) => l.severity_id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it("gives 0 Unknown to a level with no counterpart", () => {
    const s = makeScale({ id: "x-org.example/t", levels: [["a", "A"], ["b", "B"]] });
    const m = makeMapping(s, [["a", "noMatch", 1], ["b", "exactMatch", "R2", "R2", 1]]);
    expect(scaleToOcsfSeverities(s, m).table.levels.map((l) => l.severity_id)).toEqual([0, 3]);
  });
});

describe("scaleToCsv", () => {
  it("writes a header and one row per level, least severe first, that a CSV reader reads back", () => {
    const rows = parseCsv(scaleToCsv(UK), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([...LEVEL_CSV_COLUMNS]);
    expect(rows.map((r) => r["code"])).toEqual(UK.levels.map((l) => l.code));
    expect(rows.map((r) => r["rank"])).toEqual(UK.levels.map((_l, i) => String(i)));
  });

  it("defuses formulas and control characters, whatever the text", () => {
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe("\"'=HYPERLINK(\"\"http://x\"\")\"");
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) expect(csvCell(`${start}1`).replace(/^"/, "")).toMatch(/^'/);
    expect(csvCell("a\u0007b")).toBe("a\\u0007b");
    fc.assert(
      fc.property(fc.string(), fc.string(), (label, definition) => {
        const s = makeScale({ id: "x-org.example/t", levels: [["a", label.length > 0 ? label : "x"], ["b", "B"]] });
        const scale = { ...s, levels: s.levels.map((l, i) => (i === 0 ? { ...l, definition: { en: definition } } : l)) };
        const [, first] = parseCsv(scaleToCsv(scale), { relax_column_count: false }) as string[][];
        expect(first).toHaveLength(LEVEL_CSV_COLUMNS.length);
        for (const cell of first!) {
          expect(cell).not.toMatch(/^[=+\-@\t\r]/);
          expect(cell).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/);
        }
      }),
    );
  });
});
