import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Scale } from "@sevscale/core";
import { REFERENCE_SCALE, escapeMarkdownCell } from "@sevscale/core";
import { describe, expect, it } from "vitest";
import { DOC_LANGUAGES, readExampleMappings, referenceScaleDocGenerator, renderReferenceScaleDoc, swatchPath } from "./reference-scale-doc.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const scale = REFERENCE_SCALE as unknown as Scale;
const mappings = readExampleMappings();
const text = renderReferenceScaleDoc(mappings);
const lines = text.split("\n");

/** The cells of a Markdown table row, trimmed. */
const cells = (line: string): string[] => line.split(" | ").map((c) => c.replace(/^\|\s*|\s*\|$/g, "").trim());

/** The lines of the section under a heading, up to the next heading of the same or a higher level. */
function section(heading: string): string[] {
  const start = lines.findIndex((l) => l === heading);
  expect(start, `heading ${heading}`).toBeGreaterThanOrEqual(0);
  const depth = heading.indexOf(" ");
  const end = lines.findIndex((l, i) => i > start && /^#+ /.test(l) && l.indexOf(" ") <= depth);
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

describe("docs/reference-scale.md", () => {
  it("lists every level with its code, its labels in en, es, fr and pt, and its colour", () => {
    const table = section("## Levels").filter((l) => l.startsWith("| **"));
    expect(table).toHaveLength(scale.levels.length);
    scale.levels.forEach((level, rank) => {
      // Row order is rank order: least severe first.
      const row = cells(table[rank]!);
      expect(row[0]).toBe(`**${level.code}**`);
      expect(row[1]).toContain(level.color!.hex!);
      expect(row[1]).toContain(`(${swatchPath(level.color!.hex!).slice("docs/".length)})`);
      expect(row.slice(2)).toEqual(DOC_LANGUAGES.map((lang) => escapeMarkdownCell(level.label[lang]!)));
    });
  });

  it("gives every level's definition in English and Spanish", () => {
    for (const level of scale.levels) {
      expect(text).toContain(`- en: ${escapeMarkdownCell(level.definition!["en"]!)}\n`);
      expect(text).toContain(`- es: ${escapeMarkdownCell(level.definition!["es"]!)}\n`);
    }
  });

  it("renders every matrix cell at its effect row and scope column", () => {
    const method = scale.method;
    if (method.kind !== "composite") throw new Error("CRS method is a composite");
    const matrix = method.components.map((c) => c.method).find((m) => m.kind === "matrix");
    if (matrix?.kind !== "matrix") throw new Error("CRS has a matrix component");
    const table = section("### (a) Effect × scope").filter((l) => l.startsWith("| "));
    const header = cells(table[0]!).slice(1).map((c) => c.replaceAll("`", ""));
    const body = new Map(table.slice(1).map((l) => cells(l)).map((r) => [r[0]!.replaceAll("`", ""), r.slice(1)]));
    expect(matrix.cells.length).toBe(body.size * header.length);
    for (const c of matrix.cells) {
      const [effect, scope] = c.at;
      expect(body.get(effect!)?.[header.indexOf(scope!)], `cell ${c.at.join(",")}`).toBe(c.level);
    }
  });

  it("lists every option of every dimension, and the level each national-interest option implies", () => {
    for (const d of scale.dimensions) {
      if (d.type !== "ordinal") continue;
      for (const o of d.options) expect(text).toMatch(new RegExp(`\\| \`${o.code}\` \\| ${escapeMarkdownCell(o.label["en"]!).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\|`));
    }
    const method = scale.method;
    if (method.kind !== "composite") throw new Error("CRS method is a composite");
    const max = method.components.map((c) => c.method).find((m) => m.kind === "max");
    if (max?.kind !== "max") throw new Error("CRS has a max component");
    const override = section("### (b) National-interest override");
    for (const r of max.ratings) {
      if (!("levels" in r)) continue;
      for (const [option, level] of Object.entries(r.levels)) expect(override).toContain(`| \`${option}\` | **${level}** |`);
    }
  });

  it("lists the sentinels and the significance level", () => {
    for (const s of scale.sentinels ?? []) expect(text).toContain(`| \`${s.code}\` | ${s.meaning} |`);
    expect(text).toContain(`**Significance**: \`${scale.significance!.level}\``);
  });

  it("gives every example mapping record with its band, relation and confidence", () => {
    expect(mappings.length).toBeGreaterThan(0);
    for (const { mapping, scale: subject } of mappings) {
      expect(subject, `scale ${mapping.subject.id} found in examples/scales`).toBeDefined();
      for (const r of mapping.records) {
        const band = r.object === undefined ? "—" : r.object.min === r.object.max ? r.object.min : `${r.object.min}–${r.object.max}`;
        const found = lines.some((l) => {
          const c = cells(l);
          return c[0] === `\`${escapeMarkdownCell(r.subject)}\`` && c[2] === band && c[3] === r.relation && c[4] === String(r.confidence);
        });
        expect(found, `${mapping.id} ${r.subject}`).toBe(true);
      }
    }
  });

  it("keeps the heading translation.md links to", () => {
    expect(lines).toContain("## How national levels map onto it");
  });

  it("generates one swatch per colour, each a file the document links", async () => {
    const files = await referenceScaleDocGenerator.generate();
    const svgs = files.filter((f) => f.path.endsWith(".svg"));
    expect(svgs.map((f) => f.path).sort()).toEqual([...new Set(scale.levels.map((l) => swatchPath(l.color!.hex!)))].sort());
    for (const f of svgs) {
      expect(f.path.startsWith(referenceScaleDocGenerator.owns![0]!)).toBe(true);
      expect(existsSync(join(root, f.path)), `${f.path} is committed`).toBe(true);
      expect(String(f.content)).toContain(`fill="#${f.path.slice(-10, -4).toUpperCase()}"`);
    }
  });
});
