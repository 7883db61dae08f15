import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { REFERENCE_SCALE, renderMessage } from "@sevscale/core";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findMappingFor, loadDocument, loadMappingFor, mappingCandidates } from "./load-document.js";
import { es } from "@sevscale/core/locales/es";
import { en } from "@sevscale/core/locales/en";
import { fr } from "@sevscale/core/locales/fr";
import { pt } from "@sevscale/core/locales/pt";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const asdPath = join(root, "examples/scales/au-asd.json");
const asdMappingPath = join(root, "examples/mappings/au-asd-to-crs.json");

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "sevscale-load-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function asdJson(): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(asdPath, "utf8")) as Record<string, unknown>;
}

describe("loadDocument", () => {
  it("gives the built-in reference scale for crs, in any case, only where a scale is expected", async () => {
    for (const name of ["crs", "CRS", "Crs"]) {
      const r = await loadDocument(name, "scale", { cwd: dir });
      expect(r).toMatchObject({ ok: true, builtIn: true, path: "crs" });
      if (r.ok) expect(r.document.id).toBe(REFERENCE_SCALE.id);
    }
    const asMapping = await loadDocument("crs", "mapping", { cwd: dir });
    expect(asMapping).toMatchObject({ ok: false, io: true });
  });

  it("loads a valid example scale with its absolute path and no errors", async () => {
    const r = await loadDocument("examples/scales/au-asd.json", "scale", { cwd: root });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.path).toBe(asdPath);
    expect(r.builtIn).toBe(false);
    expect(r.document.id).toBe("au/asd");
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("marks a missing file as an I/O failure", async () => {
    const r = await loadDocument("nope.json", "scale", { cwd: dir });
    expect(r).toMatchObject({ ok: false, io: true, path: join(dir, "nope.json") });
    expect(r.issues.map((i) => i.code)).toEqual(["file_not_found"]);
  });

  it("refuses broken JSON as a finding, with line and column", async () => {
    const file = join(dir, "broken.json");
    await writeFile(file, '{\n  "kind": "scale",\n  "id": \n}');
    const r = await loadDocument(file, "scale");
    expect(r).toMatchObject({ ok: false, io: false });
    expect(r.issues[0]).toMatchObject({ code: "invalid_json", line: 4 });
  });

  it("refuses a scale with structural errors, locating each issue in the text", async () => {
    const doc = await asdJson();
    delete doc["levels"];
    doc["directon"] = "descending";
    const file = join(dir, "no-levels.json");
    const text = JSON.stringify(doc, null, 2);
    await writeFile(file, text);
    const r = await loadDocument(file, "scale");
    expect(r.ok).toBe(false);
    const codes = r.issues.map((i) => i.code);
    expect(codes).toContain("missing_property");
    const unknown = r.issues.find((i) => i.code === "unknown_property");
    expect(unknown).toBeDefined();
    const line = text.split("\n").findIndex((l) => l.includes('"directon"')) + 1;
    expect(unknown?.line).toBe(line);
  });

  it("refuses a scale whose meaning rules fail", async () => {
    const doc = await asdJson();
    doc["significance"] = { level: "C9", meaning: { en: "Significant.", es: "Significativo." } };
    const file = join(dir, "bad-significance.json");
    await writeFile(file, JSON.stringify(doc, null, 2));
    const r = await loadDocument(file, "scale");
    expect(r.ok).toBe(false);
    expect(r.issues.some((i) => i.severity === "error" && i.pointer.startsWith("/significance"))).toBe(true);
  });

  it("says so when a document of another kind is given", async () => {
    const r = await loadDocument(asdMappingPath, "scale");
    expect(r).toMatchObject({ ok: false, io: false });
    expect(r.issues.map((i) => i.code)).toEqual(["document_kind_unexpected"]);
    expect(r.issues[0]).toMatchObject({ pointer: "/kind", params: { expected: "scale", found: "mapping" } });
    expect(r.issues[0]?.line).toBeGreaterThan(0);
    expect(renderMessage(r.issues[0]!, es)).toContain("«scale»");
  });

  it("takes either kind with scale-or-mapping", async () => {
    const a = await loadDocument(asdPath, "scale-or-mapping");
    const b = await loadDocument(asdMappingPath, "scale-or-mapping");
    expect(a.ok && a.document.kind).toBe("scale");
    expect(b.ok && b.document.kind).toBe("mapping");
  });

  it("never throws, and ok means no error, whatever the file holds", async () => {
    const file = join(dir, "any.json");
    const anyText = fc.oneof(
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.record({ kind: fc.constantFrom("scale", "mapping", "registry", "x"), id: fc.string() }).map((v) => JSON.stringify(v)),
    );
    await fc.assert(
      fc.asyncProperty(anyText, fc.constantFrom("scale" as const, "mapping" as const, "scale-or-mapping" as const), async (text, kind) => {
        await writeFile(file, text);
        const r = await loadDocument(file, kind);
        if (r.ok) expect(r.issues.every((i) => i.severity !== "error")).toBe(true);
        else {
          expect(r.issues.some((i) => i.severity === "error")).toBe(true);
          expect(r.io).toBe(false);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("finding a scale's mapping", () => {
  it("looks in ../mappings first, then beside the scale", () => {
    expect(mappingCandidates("scales/x.json", "/r")).toEqual(["/r/mappings/x-to-crs.json", "/r/scales/x-to-crs.json"]);
  });

  it("finds the example mappings", async () => {
    expect(await findMappingFor("examples/scales/au-asd.json", root)).toBe(asdMappingPath);
  });

  it("falls back to the scale's own folder, and gives undefined when there is none", async () => {
    const folder = join(dir, "flat");
    await mkdir(folder, { recursive: true });
    await copyFile(asdPath, join(folder, "au-asd.json"));
    expect(await findMappingFor(join(folder, "au-asd.json"))).toBeUndefined();
    await copyFile(asdMappingPath, join(folder, "au-asd-to-crs.json"));
    expect(await findMappingFor(join(folder, "au-asd.json"))).toBe(join(folder, "au-asd-to-crs.json"));
  });

  it("loads the found mapping, the given one, or the identity for crs", async () => {
    const scale = await loadDocument(asdPath, "scale");
    if (!scale.ok) throw new Error("example scale must load");
    const found = await loadMappingFor("examples/scales/au-asd.json", scale.document, { cwd: root });
    expect(found).toMatchObject({ ok: true, path: asdMappingPath, builtIn: false });
    const given = await loadMappingFor("whatever.json", scale.document, { cwd: root, mapping: "examples/mappings/au-asd-to-crs.json" });
    expect(given).toMatchObject({ ok: true, path: asdMappingPath });
    const crs = await loadDocument("crs", "scale");
    if (!crs.ok) throw new Error("crs must load");
    const identity = await loadMappingFor("CRS", crs.document);
    expect(identity).toMatchObject({ ok: true, builtIn: true, path: "crs" });
    if (identity.ok) expect(identity.document.records).toHaveLength(REFERENCE_SCALE.levels.length);
  });

  it("reports mapping_not_found, with the places looked at, as an I/O failure", async () => {
    const scale = await loadDocument(asdPath, "scale");
    if (!scale.ok) throw new Error("example scale must load");
    const r = await loadMappingFor(join(dir, "lonely.json"), scale.document, { cwd: dir });
    expect(r).toMatchObject({ ok: false, io: true });
    expect(r.issues[0]).toMatchObject({ code: "mapping_not_found", params: { scale: "au/asd", tried: ["../mappings/lonely-to-crs.json", "lonely-to-crs.json"].map((p) => (p.startsWith("..") ? resolve(dir, p) : p)) } });
    for (const [lang, locale] of [["en", en], ["es", es]] as const) expect(renderMessage(r.issues[0]!, locale)).toContain("lonely-to-crs.json");
  });

  it("for a scale read from standard input, says so and names the option to pass, without looking anywhere", async () => {
    const scale = await loadDocument(asdPath, "scale");
    if (!scale.ok) throw new Error("example scale must load");
    // From the examples' scales folder, `-` would otherwise have been looked for as ../mappings/--to-crs.json.
    const cwd = join(root, "examples", "scales");
    const r = await loadMappingFor("-", scale.document, { cwd, mappingOption: "--from-mapping" });
    expect(r).toMatchObject({ ok: false, io: true, path: "-", issues: [{ code: "mapping_not_found_stdin", severity: "error", params: { scale: "au/asd", option: "--from-mapping" } }] });
    expect((await loadMappingFor("-", scale.document, { cwd })).issues[0]!.params).toEqual({ scale: "au/asd", option: "--mapping" });
    for (const locale of [en, es, fr, pt]) {
      const message = renderMessage(r.issues[0]!, locale);
      expect(message).toContain("--from-mapping <");
      expect(message).not.toContain("--to-crs");
    }
    // The mapping given is used as ever.
    expect(await loadMappingFor("-", scale.document, { cwd: root, mapping: "examples/mappings/au-asd-to-crs.json" })).toMatchObject({ ok: true, path: asdMappingPath });
  });
});
