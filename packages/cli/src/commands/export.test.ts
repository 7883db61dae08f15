import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../_fake-io.js";
import { ROOT, example, tempFolder } from "../_test-files.js";

const tmp = tempFolder("export");
afterAll(() => tmp.remove());

const GB_MAPPING = "examples/mappings/gb-ncsc-2018-to-crs.json";

describe("sevscale export and import sssom", () => {
  it("export sssom | import sssom - gives back the original mapping (the Done-when pipe)", async () => {
    const exported = await runCli(["export", "sssom", GB_MAPPING], { cwd: ROOT });
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/^#curie_map:/);
    const out = join(tmp.dir, "gb.json");
    const imported = await runCli(["import", "sssom", "-", "--out", out], { cwd: ROOT, stdin: exported.stdout });
    expect(imported.stderr).toBe("");
    expect(imported.code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual(example(GB_MAPPING));
  });

  it("never replaces an existing file without --force, and reports in JSON", async () => {
    const tsv = tmp.write("au.sssom.tsv", (await runCli(["export", "sssom", "examples/mappings/au-asd-to-crs.json"], { cwd: ROOT })).stdout);
    const out = tmp.write("exists.json", "keep me");
    const refused = await runCli(["import", "sssom", tsv, "--out", out], { cwd: ROOT });
    expect(refused.code).toBe(2);
    expect(readFileSync(out, "utf8")).toBe("keep me");
    const forced = await runCli(["import", "sssom", tsv, "--out", out, "--force", "--format", "json"], { cwd: ROOT });
    expect(forced.code).toBe(0);
    expect(JSON.parse(forced.stdout)).toMatchObject({ written: { records: 6 }, issues: [] });
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual(example("examples/mappings/au-asd-to-crs.json"));
  });

  it("refuses a broken SSSOM file with coded findings and writes nothing", async () => {
    const tsv = tmp.write("bad.sssom.tsv", "#mapping_set_id: x\nsubject_id\tpredicate_id\n");
    const out = join(tmp.dir, "never.json");
    const r = await runCli(["import", "sssom", tsv, "--out", out, "--format", "json", "--lang", "fr"], { cwd: ROOT });
    expect(r.code).toBe(1);
    const codes = (JSON.parse(r.stdout) as { issues: { code: string; message: string }[] }).issues.map((i) => i.code);
    expect(codes).toEqual(["sssom_column_missing", "sssom_column_missing"]);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses an imported mapping that does not validate", async () => {
    const exported = (await runCli(["export", "sssom", GB_MAPPING], { cwd: ROOT })).stdout;
    // Confidence 7 is a number SSSOM accepts as text but not a confidence: the importer says so.
    const broken = exported.replace("\t0.7\t", "\t7\t");
    const r = await runCli(["import", "sssom", "-", "--out", join(tmp.dir, "broken.json")], { cwd: ROOT, stdin: broken });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("sssom_value_invalid");
  });
});

describe("sevscale export misp, ocsf and csv", () => {
  it("writes one MISP taxonomy per scale of a folder into --out", async () => {
    const out = join(tmp.dir, "misp");
    const r = await runCli(["export", "misp", "examples/scales", "--out", out], { cwd: ROOT });
    expect(r.code).toBe(0);
    const names = readdirSync(out).sort();
    expect(names).toEqual(["au-asd.machinetag.json", "es-guia-nacional-2020.machinetag.json", "eu-nis2-2024-2690.machinetag.json", "gb-ncsc-2018.machinetag.json", "us-ciss.machinetag.json", "us-nciss.machinetag.json"]);
    const gb = JSON.parse(readFileSync(join(out, "gb-ncsc-2018.machinetag.json"), "utf8")) as { namespace: string; values: { entry: unknown[] }[] };
    expect(gb.namespace).toBe("sevscale-gb-ncsc-2018");
    expect(gb.values[0]!.entry).toHaveLength((example("examples/scales/gb-ncsc-2018.json")["levels"] as unknown[]).length);
  });

  it("asks for a folder when several documents would go to standard output", async () => {
    const r = await runCli(["export", "csv", "examples/scales"], { cwd: ROOT });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
  });

  it("reads a scale from standard input and writes the OCSF table with labels in the chosen language", async () => {
    const scale = readFileSync(join(ROOT, "examples/scales/us-nciss.json"), "utf8");
    const r = await runCli(["export", "ocsf", "-", "--mapping", "examples/mappings/us-nciss-to-crs.json", "--lang", "es"], { cwd: ROOT, stdin: scale });
    expect(r.code).toBe(0);
    const table = JSON.parse(r.stdout) as { levels: { code: string; severity: string; severity_id: number }[] };
    const levels = example("examples/scales/us-nciss.json")["levels"] as { code: string; label: Record<string, string> }[];
    expect(table.levels.map((l) => l.code).slice(0, levels.length)).toEqual(levels.map((l) => l.code));
    expect(table.levels[0]!.severity).toBe(levels[0]!.label["es"]);
  });

  it("writes CSV of the built-in reference scale to a file", async () => {
    const out = join(tmp.dir, "crs.csv");
    const r = await runCli(["export", "csv", "crs", "--out", out], { cwd: ROOT });
    expect(r.code).toBe(0);
    expect(readFileSync(out, "utf8").split("\r\n")[0]).toBe("rank,code,label,definition,colour,notification,significant");
  });

  it("says which kind it needed when given the wrong document, and writes nothing", async () => {
    const r = await runCli(["export", "sssom", "examples/scales/au-asd.json"], { cwd: ROOT });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("document_kind_unexpected");
    expect(r.stdout).toBe("");
  });

  it("lists its exit codes in --help", async () => {
    for (const argv of [["export", "--help"], ["import", "sssom", "--help"]]) {
      const r = await runCli(argv, { cwd: ROOT });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Exit 0 .* 1 .* 2 /s);
    }
  });
});
