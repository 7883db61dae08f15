import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { MESSAGE_CATALOG } from "../issues/catalog.js";
import type { Scale } from "../model/scale.js";
import { validateText } from "./validate-text.js";

const examples = join(dirname(fileURLToPath(import.meta.url)), "../../../../examples");

function corpus(folder: "invalid" | "lint") {
  const dir = join(examples, folder);
  const names = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
  const bases = names.filter((f) => f.startsWith("_base-")).map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as { kind: string; id: string });
  // Base scales by id, whatever the range (so mapping_scale_version_outside_range can be seen).
  const resolveScale = (id: string): Scale | undefined => bases.find((b) => b.kind === "scale" && b.id === id) as Scale | undefined;
  return { dir, cases: names.filter((f) => !f.startsWith("_")), bases, resolveScale };
}

const codeOf = (file: string) => file.replace(/\.json$/, "").split("--")[0]!;

describe.each(["invalid", "lint"] as const)("conformance corpus examples/%s", (folder) => {
  const { dir, cases, bases, resolveScale } = corpus(folder);

  it("has base documents that validate with no issue at all", () => {
    expect(bases.length).toBe(4);
    for (const base of bases) expect(validateText(JSON.stringify(base), { resolveScale }).issues, base.id).toEqual([]);
  });

  it.each(cases)("%s reports the code it is named after, read from its bytes", (file) => {
    const code = codeOf(file);
    expect(MESSAGE_CATALOG[code], `unknown code ${code}`).toBeDefined();
    const r = validateText(readFileSync(join(dir, file)), { resolveScale });
    expect(r.issues.map((i) => i.code)).toContain(code);
    // Errors live in invalid/, warnings and infos in lint/ (whose documents stay valid).
    expect(r.valid).toBe(folder === "lint");
    for (const i of r.issues) expect(i.severity).toBe(MESSAGE_CATALOG[i.code]!.severity);
    const found = r.issues.find((i) => i.code === code)!;
    if (code !== "empty_document" && code !== "invalid_utf8") expect(found.line, "the issue has a line").toBeGreaterThan(0);
  });
});

describe("corpus coverage", () => {
  it("covers every code of the parse, structure and meaning stages (but the size limit)", () => {
    const covered = new Set([...corpus("invalid").cases, ...corpus("lint").cases].map(codeOf));
    const uncovered = Object.entries(MESSAGE_CATALOG)
      .filter(([, d]) => d.stage === "parse" || d.stage === "structure" || d.stage === "meaning")
      .map(([code]) => code)
      .filter((code) => !covered.has(code) && code !== "document_too_large");
    expect(uncovered).toEqual([]);
  });
});
