import { REFERENCE_SCALE } from "@sevscale/core";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../_fake-io.js";
import { ROOT, example, hasAnsi, tempFolder } from "../_test-files.js";
import { displayWidth } from "../terminal.js";

const SCALES = ["examples/scales/us-ciss.json", "examples/scales/us-nciss.json", "examples/scales/gb-ncsc-2018.json", "examples/scales/au-asd.json"];
const ALL = [...SCALES, "crs"];
const IDS = ["us/ciss", "us/nciss", "gb/ncsc-2018", "au/asd", "sevscale/crs"];

const tmp = tempFolder("compare");
afterAll(() => tmp.remove());

/** A small RFC 4180 reader (quoted fields, doubled quotes, CRLF), independent of the exporter. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += ch;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

const stripAnsi = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, "");

describe("sevscale compare", () => {
  it("draws the four example scales and crs as a table that fits in 120 columns, without colour under NO_COLOR", async () => {
    const r = await runCli(["compare", ...ALL], { cwd: ROOT, env: { NO_COLOR: "1" } });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(hasAnsi(r.stdout)).toBe(false);
    const table = r.stdout.split("\n").filter((l) => /^[┌│╞├└]/.test(l));
    expect(table[0]!.startsWith("┌")).toBe(true);
    for (const line of r.stdout.split("\n").filter((l) => !l.startsWith("  "))) expect(displayWidth(line)).toBeLessThanOrEqual(120);
    for (const id of IDS) expect(r.stdout).toContain(id);
    // One band of lines per reference level, each starting with the level's code.
    for (const level of REFERENCE_SCALE.levels) expect(table.some((l) => l.startsWith(`│ ${level.code} `))).toBe(true);
    expect(r.stdout).toContain("exactMatch");
    expect(r.stdout).toContain("examples/mappings/au-asd-to-crs.json");
    expect(r.stdout).toContain("built-in identity mapping");
  });

  it("fits any width from 20 to 120 columns: labels wrap in the table, or one block per scale, nothing cut", async () => {
    const EVERY = ["examples/scales", "crs"];
    const labels = ["examples/scales/us-nciss.json", "examples/scales/gb-ncsc-2018.json", "examples/scales/es-guia-nacional-2020.json"].flatMap(
      (f) => (example(f) as { levels: { code: string; label: { en: string } }[] }).levels.flatMap((l) => [l.code, ...l.label.en.split(" ")]),
    );
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 20, max: 120 }), fc.boolean(), async (columns, viaTerminal) => {
        // COLUMNS, or the terminal's own width when COLUMNS is not set (as in most shells).
        const r = await runCli(["compare", ...EVERY], viaTerminal ? { cwd: ROOT, tty: true, columns, env: { NO_COLOR: "1", COLUMNS: undefined } } : { cwd: ROOT, env: { COLUMNS: String(columns) } });
        expect(r.code).toBe(0);
        const lines = r.stdout.split("\n");
        const layout = lines.slice(0, lines.findIndex((l) => l.includes("exactMatch")));
        for (const line of layout) expect(displayWidth(line)).toBeLessThanOrEqual(columns);
        const isTable = layout[0]!.startsWith("┌");
        // The reference and six example scales: 7 columns of at least 12 + 3 for the frame, + 1.
        expect(isTable).toBe(columns >= 7 * 15 + 1);
        const text = layout.filter((l) => !l.includes("…")).join(" ");
        for (const word of labels) expect(text).toContain(word);
      }),
      { numRuns: 12 },
    );
    // The four examples and the reference stay a table at 80 columns, labels wrapped, not cut.
    const narrow = await runCli(["compare", ...ALL], { cwd: ROOT, env: { COLUMNS: "80" } });
    const table = narrow.stdout.split("\n").filter((l) => /^[┌│╞├└]/.test(l));
    expect(table[0]!.startsWith("┌")).toBe(true);
    for (const line of table) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    expect(table.filter((l) => !/[…]/.test(l)).join(" ")).toContain("Highly");
  });

  it("colours with FORCE_COLOR: painted text and each level's own color.hex as a block", async () => {
    const r = await runCli(["compare", "examples/scales/us-nciss.json", "crs"], { cwd: ROOT, env: { NO_COLOR: undefined, FORCE_COLOR: "1" } });
    expect(r.code).toBe(0);
    expect(hasAnsi(r.stdout)).toBe(true);
    const nciss = example("examples/scales/us-nciss.json") as { levels: { color?: { hex?: string } }[] };
    for (const level of [...nciss.levels, ...REFERENCE_SCALE.levels]) {
      const hex = level.color?.hex;
      if (hex === undefined) continue;
      const [rr, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
      expect(r.stdout).toContain(`\u001b[38;2;${rr};${g};${b}m█`);
    }
    // Escapes take no room: the table still fits.
    for (const line of stripAnsi(r.stdout).split("\n").filter((l) => /^[┌│╞├└]/.test(l))) expect(displayWidth(line)).toBeLessThanOrEqual(120);
  });

  it("writes Markdown with one table row per reference level", async () => {
    const r = await runCli(["compare", ...ALL, "--format", "markdown"], { cwd: ROOT });
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    const header = lines.findIndex((l) => l.startsWith("| Reference |"));
    expect(header).toBeGreaterThanOrEqual(0);
    for (const id of IDS) expect(lines[header]).toContain(id);
    const body = lines.slice(header + 2).filter((l) => l.startsWith("| R"));
    expect(body.slice(0, REFERENCE_SCALE.levels.length).map((l) => l.split(" ")[1])).toEqual(REFERENCE_SCALE.levels.map((l) => l.code));
  });

  it("writes CSV that parses back to a header and one row per reference level", async () => {
    const r = await runCli(["compare", ...ALL, "--format", "csv"], { cwd: ROOT });
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout);
    expect(rows).toHaveLength(1 + REFERENCE_SCALE.levels.length);
    expect(rows[0]).toEqual(["reference", "reference_label", ...IDS.map((id) => `${id}@1.0.0`)]);
    for (const row of rows) expect(row).toHaveLength(2 + IDS.length);
    expect(rows.slice(1).map((row) => row[0])).toEqual(REFERENCE_SCALE.levels.map((l) => l.code));
    // The reference column of crs compared with itself holds each level, exactly.
    expect(rows.slice(1).map((row) => row.at(-1))).toEqual(REFERENCE_SCALE.levels.map((l) => `${l.code} (exactMatch)`));
  });

  it("writes JSON with a row per reference level, the scales in order and the mapping files", async () => {
    const r = await runCli(["compare", ...ALL, "--format", "json"], { cwd: ROOT });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      rows: { reference: string; cells: { scaleId: string }[] }[];
      scales: { id: string }[];
      mappings: { scale: string; file: string }[];
      pairwise: unknown[];
      issues: unknown[];
    };
    expect(out.rows.map((row) => row.reference)).toEqual(REFERENCE_SCALE.levels.map((l) => l.code));
    expect(out.scales.map((s) => s.id)).toEqual(IDS);
    for (const row of out.rows) expect(row.cells.map((c) => c.scaleId)).toEqual(IDS);
    expect(out.mappings.map((m) => m.scale)).toEqual(IDS);
    expect(out.mappings[3]!.file).toBe("examples/mappings/au-asd-to-crs.json");
    expect(out.pairwise).toHaveLength((IDS.length * (IDS.length - 1)) / 2);
  });

  it("is deterministic: the same arguments give the same bytes in every format", async () => {
    for (const format of ["table", "markdown", "csv", "json"]) {
      const a = await runCli(["compare", ...ALL, "--format", format], { cwd: ROOT });
      const b = await runCli(["compare", ...ALL, "--format", format], { cwd: ROOT });
      expect(a.stdout, format).toBe(b.stdout);
    }
  });

  it("matches --mapping files to scales by subject id, and refuses one that fits no scale (exit 2)", async () => {
    const mapping = example("examples/mappings/au-asd-to-crs.json");
    const file = tmp.write("asd-mapping.json", mapping);
    const r = await runCli(["compare", "examples/scales/au-asd.json", "crs", "--format", "json", "--mapping", file], { cwd: ROOT });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { mappings: { file: string }[] }).mappings[0]!.file).toBe(file);
    const unrelated = await runCli(["compare", "crs", "--mapping", file], { cwd: ROOT });
    expect(unrelated.code).toBe(2);
    expect(unrelated.stderr).toContain("au/asd");
  });

  it("exits 2 for a missing scale and 1 for an invalid one", async () => {
    const missing = await runCli(["compare", "crs", "nope.json"], { cwd: tmp.dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("file_not_found");
    const scale = example("examples/scales/au-asd.json");
    scale["levels"] = [];
    const invalid = await runCli(["compare", "crs", tmp.write("no-levels.json", scale), "--format", "json"], { cwd: tmp.dir });
    expect(invalid.code).toBe(1);
    expect((JSON.parse(invalid.stdout) as { rows: unknown[]; issues: { file: string }[] }).rows).toEqual([]);
  });

  it("keeps companion scales together in every format, says whose each is, and names a related scale not given", async () => {
    const impact = "examples/illustrative/scales/incident-impact.json";
    const threat = "examples/illustrative/scales/incident-threat.json";
    const edition = "examples/illustrative/scales/national-2025.json";
    // Given apart (threat first, CISS between): shown together, led by the scale that names the other.
    const args = ["compare", threat, "examples/scales/us-ciss.json", impact, edition];
    const json = await runCli([...args, "--format", "json"], { cwd: ROOT });
    expect(json.code).toBe(0);
    const a = JSON.parse(json.stdout) as { scales: { id: string; companionOf?: unknown; related?: { id: string; index: number | null }[] }[]; groups: number[][] };
    expect(a.scales.map((x) => x.id)).toEqual(["sevscale/example-incident-threat", "sevscale/example-incident-impact", "us/ciss", "sevscale/example-national-2025"]);
    expect(a.groups).toEqual([[0, 1], [2], [3]]);
    expect(a.scales[1]!.companionOf).toEqual({ index: 0, relation: "impact" });
    expect(a.scales[3]!.related).toEqual([expect.objectContaining({ id: "sevscale/example-national-2021", index: null })]);

    const table = await runCli(args, { cwd: ROOT, env: { COLUMNS: "120", NO_COLOR: "1" } });
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/│ ↳ impact scale of/);
    const mappings = table.stdout.slice(table.stdout.indexOf("Mappings:")).split("\n").slice(1, 5).map((l) => l.split(" ← ")[0]!.trim());
    expect(mappings).toEqual(["sevscale/example-incident-threat", "sevscale/example-incident-impact", "us/ciss", "sevscale/example-national-2025"]);
    const related = table.stdout.slice(table.stdout.indexOf("Related scales:"));
    expect(related.split("\n").slice(1, 4)).toEqual([
      "  sevscale/example-incident-impact@^1.0.0: impact scale of sevscale/example-incident-threat",
      "  sevscale/example-incident-threat@^1.0.0: threat scale of sevscale/example-incident-impact",
      "  sevscale/example-national-2021@1.0.0: earlier edition of sevscale/example-national-2025 (not given)",
    ]);

    const md = await runCli([...args, "--format", "markdown", "--lang", "pt"], { cwd: ROOT });
    expect(md.stdout).toContain("### Escalas relacionadas");
    expect(md.stdout).toContain("— escala de impacto de sevscale/example-incident-threat");
    expect(md.stdout).toContain("edição anterior de sevscale/example-national-2025 (não fornecida)");
    const csv = parseCsv((await runCli([...args, "--format", "csv"], { cwd: ROOT })).stdout);
    expect(csv[0]!.slice(2)).toEqual(["sevscale/example-incident-threat@1.0.0", "sevscale/example-incident-impact@1.0.0", "us/ciss@1.0.0", "sevscale/example-national-2025@1.0.0"]);
    const html = await runCli([...args, "--format", "html", "--lang", "es"], { cwd: ROOT });
    expect(html.stdout).toContain("<g class=\"group\" data-scales=\"sevscale/example-incident-threat sevscale/example-incident-impact\">");
    expect(html.stdout).toContain("Se leen juntas");
    // A scale never appears twice, even named by both of a pair.
    expect(html.stdout.match(/<g class="band" data-scale="sevscale\/example-incident-threat"/g)).toHaveLength(4);
  });

  it("speaks Spanish with --lang es", async () => {
    const r = await runCli(["compare", ...ALL, "--lang", "es"], { cwd: ROOT });
    expect(r.stdout).toContain("Referencia");
    expect(r.stdout).toContain("Significativo");
    expect(r.stdout).toContain("mapeo de identidad integrado");
    const md = await runCli(["compare", ...ALL, "--lang", "es", "--format", "markdown"], { cwd: ROOT });
    expect(md.stdout).toContain("Alineación sobre");
  });

  it("escapes control characters in labels from documents", async () => {
    const scale = example("examples/scales/au-asd.json");
    (scale["levels"] as { label: Record<string, string> }[])[3]!.label["en"] = "Cat\u001b[2J3\nnext";
    const dir = tempFolder("compare-ansi");
    const scalePath = dir.write("au-asd.json", scale);
    dir.write("au-asd-to-crs.json", example("examples/mappings/au-asd-to-crs.json"));
    const r = await runCli(["compare", scalePath, "crs"], { env: { COLUMNS: "200" } });
    dir.remove();
    expect(r.code).toBe(0);
    expect(hasAnsi(r.stdout)).toBe(false);
    expect(r.stdout).toContain("Cat\\u001b[2J3 next");
  });
});
