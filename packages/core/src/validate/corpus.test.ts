import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { MESSAGE_CATALOG } from "../issues/catalog.js";
import type { Scale } from "../model/scale.js";
import { validateDocument } from "./validate-document.js";

const corpus = join(dirname(fileURLToPath(import.meta.url)), "../../../../examples/invalid");
const read = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));
const files = readdirSync(corpus).filter((f) => f.endsWith(".json")).sort();
const bases = readdirSync(join(corpus, "_base")).map((f) => read(join(corpus, "_base", f)) as { kind: string; id: string });

/**
 * Finds base scales by id, whatever the range: a registry would filter by range, but the corpus
 * also needs a scale outside the range to exercise mapping_scale_version_outside_range.
 */
const resolveScale = (id: string): Scale | undefined => bases.find((b) => b.kind === "scale" && b.id === id) as Scale | undefined;

describe("invalid-document corpus (examples/invalid)", () => {
  it("has base documents that validate with no issue at all", () => {
    expect(bases.length).toBe(3);
    for (const base of bases) {
      const r = validateDocument(base, { resolveScale });
      expect(r.issues, base.id).toEqual([]);
      expect(r.valid).toBe(true);
    }
  });

  it.each(files)("%s reports the code it is named after", (file) => {
    const code = file.replace(/\.json$/, "").split("--")[0]!;
    expect(MESSAGE_CATALOG[code], `unknown code ${code}`).toBeDefined();
    const r = validateDocument(read(join(corpus, file)), { resolveScale });
    expect(r.issues.map((i) => i.code)).toContain(code);
    expect(r.valid).toBe(!r.issues.some((i) => i.severity === "error"));
    for (const i of r.issues) expect(i.severity).toBe(MESSAGE_CATALOG[i.code]!.severity);
  });

  it("covers every error and warning code of the structure and meaning stages", () => {
    const covered = new Set(files.map((f) => f.replace(/\.json$/, "").split("--")[0]));
    const uncovered = Object.entries(MESSAGE_CATALOG)
      .filter(([, d]) => (d.stage === "structure" || d.stage === "meaning") && d.severity !== "info")
      .map(([code]) => code)
      .filter((code) => !covered.has(code));
    expect(uncovered).toEqual([]);
  });
});
