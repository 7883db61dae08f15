import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../_fake-io.js";
import { ROOT, example, tempFolder } from "../_test-files.js";
import { renderExplanation, type Explanation } from "@sevscale/core";
import { en } from "@sevscale/core/locales/en";
import { es } from "@sevscale/core/locales/es";

interface TranslateJson {
  source: { scaleId: string; code: string; rank: number } | null;
  reference: { min: string; max: string; relation: string } | null;
  candidates: { code: string; relation: string; confidence: number; explanation: string; explanationData: Explanation; chain: unknown[] }[];
  mappings: { from: string; to: string };
  issues: { code: string; severity: string; message: string }[];
}

const tmp = tempFolder("translate");
afterAll(() => tmp.remove());

const UK = "examples/scales/gb-ncsc-2018.json";
const AU = "examples/scales/au-asd.json";
const US = "examples/scales/us-nciss.json";
const json = (stdout: string) => JSON.parse(stdout) as TranslateJson;

type Records = { subject: string; relation: string; object?: { min: string; max: string } }[];
const recordOf = (mapping: string, subject: string) => (example(mapping)["records"] as Records).find((r) => r.subject === subject)!;

describe("sevscale translate", () => {
  it('translates UK "Category 3" into AU ASD C3 as equivalent (acceptance)', async () => {
    const r = await runCli(["translate", "Category 3", "--from", UK, "--to", AU, "--format", "json"], { cwd: ROOT });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = json(r.stdout);
    // Both records are exactMatch onto the same reference level: the only candidate is equivalent.
    const uk = recordOf("examples/mappings/gb-ncsc-2018-to-crs.json", "Category 3");
    const au = recordOf("examples/mappings/au-asd-to-crs.json", "C3");
    expect([uk.relation, au.relation]).toEqual(["exactMatch", "exactMatch"]);
    expect(au.object).toEqual(uk.object);
    expect(out.candidates.map((c) => [c.code, c.relation])).toEqual([["C3", "equivalent"]]);
    expect(out.source).toMatchObject({ scaleId: "gb/ncsc-2018", code: "Category 3" });
    expect(out.reference).toMatchObject({ min: uk.object!.min, max: uk.object!.max, relation: "exactMatch" });
    const c3 = out.candidates[0]!;
    expect(c3.explanation).toBe(renderExplanation(c3.explanationData, en));
    expect(renderExplanation(c3.explanationData, es)).toContain("equivalente");
    expect(c3.chain).toHaveLength(2);
    expect(out.mappings).toEqual({ from: "examples/mappings/gb-ncsc-2018-to-crs.json", to: "examples/mappings/au-asd-to-crs.json" });
  });

  it("says in text which mapping files were used", async () => {
    const r = await runCli(["translate", "Category 3", "--from", UK, "--to", AU], { cwd: ROOT });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("C3 — Category 3");
    expect(r.stdout).toContain("equivalent");
    expect(r.stdout).toContain("examples/mappings/gb-ncsc-2018-to-crs.json");
    expect(r.stdout).toContain("examples/mappings/au-asd-to-crs.json");
  });

  it("exits 1 with level_unknown for a level the scale does not have", async () => {
    const r = await runCli(["translate", "Category 9", "--from", UK, "--to", AU, "--format", "json"], { cwd: ROOT });
    expect(r.code).toBe(1);
    const out = json(r.stdout);
    expect(out.source).toBeNull();
    expect(out.candidates).toEqual([]);
    expect(out.issues.map((i) => i.code)).toContain("level_unknown");
    const text = await runCli(["translate", "Category 9", "--from", UK, "--to", AU], { cwd: ROOT });
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("level_unknown");
  });

  it("exits 1 for a level its mapping says has no counterpart (noMatch)", async () => {
    const mapping = example("examples/mappings/au-asd-to-crs.json");
    mapping["records"] = (mapping["records"] as Records).map((r) => {
      if (r.subject !== "C2") return r;
      const { object: _object, ...rest } = r;
      return { ...rest, relation: "noMatch" };
    });
    const file = tmp.write("asd-nomatch.json", mapping);
    const r = await runCli(["translate", "C2", "--from", AU, "--from-mapping", file, "--to", UK, "--format", "json"], { cwd: ROOT });
    expect(r.code).toBe(1);
    expect(json(r.stdout).candidates).toEqual([]);
    expect(json(r.stdout).issues.map((i) => i.code)).toContain("level_no_match");
  });

  it("refuses a mapping that forgot a level: the mapping is invalid (exit 1, issue in the mapping file)", async () => {
    const mapping = example("examples/mappings/au-asd-to-crs.json");
    mapping["records"] = (mapping["records"] as Records).filter((r) => r.subject !== "C2");
    const file = tmp.write("asd-partial.json", mapping);
    const r = await runCli(["translate", "C3", "--from", AU, "--from-mapping", file, "--to", UK, "--format", "json"], { cwd: ROOT });
    expect(r.code).toBe(1);
    const issues = json(r.stdout).issues as { code: string; file?: string }[];
    expect(issues.some((i) => i.code === "mapping_record_missing" && i.file === file)).toBe(true);
  });

  it("translates from and to the built-in reference scale with crs", async () => {
    const to = await runCli(["translate", "R3", "--from", "crs", "--to", AU, "--format", "json"], { cwd: ROOT });
    expect(to.code).toBe(0);
    expect(json(to.stdout).candidates.map((c) => c.code)).toContain("C3");
    expect(json(to.stdout).mappings.from).toBe("built-in identity mapping");
    const from = await runCli(["translate", "C3", "--from", AU, "--to", "crs", "--format", "json"], { cwd: ROOT });
    expect(json(from.stdout).candidates.map((c) => [c.code, c.relation])).toEqual([["R3", "equivalent"]]);
  });

  it("uses the mapping files given, and exits 1 when a mapping belongs to another scale", async () => {
    const given = await runCli(
      ["translate", "Category 3", "--from", UK, "--to", AU, "--from-mapping", "examples/mappings/gb-ncsc-2018-to-crs.json", "--format", "json"],
      { cwd: ROOT },
    );
    expect(given.code).toBe(0);
    const wrong = await runCli(["translate", "Category 3", "--from", UK, "--to", AU, "--from-mapping", "examples/mappings/au-asd-to-crs.json", "--format", "json"], {
      cwd: ROOT,
    });
    expect(wrong.code).toBe(1);
    expect(json(wrong.stdout).issues.map((i) => i.code)).toContain("mapping_subject_mismatch");
  });

  it("exits 2 when a scale file or its mapping cannot be found", async () => {
    const missing = await runCli(["translate", "C3", "--from", "nope.json", "--to", AU], { cwd: ROOT });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("file_not_found");
    const lonely = join(tmp.dir, "lonely");
    mkdirSync(lonely, { recursive: true });
    copyFileSync(join(ROOT, AU), join(lonely, "au-asd.json"));
    const noMapping = await runCli(["translate", "C3", "--from", join(lonely, "au-asd.json"), "--to", "crs", "--format", "json"]);
    expect(noMapping.code).toBe(2);
    expect(json(noMapping.stdout)).toMatchObject({ source: null, candidates: [], issues: [{ code: "mapping_not_found" }] });
    expect((await runCli(["translate", "C3", "--to", AU])).code).toBe(2);
  });

  it("speaks Spanish with --lang es", async () => {
    const r = await runCli(["translate", "Category 3", "--from", UK, "--to", AU, "--lang", "es"], { cwd: ROOT });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Candidatos en au/asd@1.0.0");
    expect(r.stdout).toContain("C3 — Categoría 3");
    expect(r.stdout).toContain("equivale exactamente a");
    const j = await runCli(["translate", "Category 3", "--from", UK, "--to", AU, "--lang", "es", "--format", "json"], { cwd: ROOT });
    const c3 = json(j.stdout).candidates[0]!;
    expect(c3.explanation).toBe(renderExplanation(c3.explanationData, es));
    expect(c3.explanation).toContain("equivale exactamente a");
  });

  it("writes confidences with the language's decimal separator in text, and as numbers in JSON", async () => {
    const fr = await runCli(["translate", "Category 3", "--from", UK, "--to", US, "--lang", "fr"], { cwd: ROOT });
    const j = json((await runCli(["translate", "Category 3", "--from", UK, "--to", US, "--format", "json"], { cwd: ROOT })).stdout);
    const confidence = j.candidates[0]!.confidence as number;
    expect(Number.isInteger(confidence)).toBe(false);
    expect(fr.stdout).toContain(`confiance ${String(confidence).replace(".", ",")}`);
    expect(fr.stdout).toContain(`confiance ${String((j.reference as unknown as { confidence: number }).confidence).replace(".", ",")})`);
    expect(fr.stdout).not.toMatch(/confiance \d+\.\d/);
    const en = await runCli(["translate", "Category 3", "--from", UK, "--to", US, "--lang", "en"], { cwd: ROOT });
    expect(en.stdout).toContain(`confidence ${confidence}`);
  });
});
