import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../_fake-io.js";

const root = resolve(import.meta.dirname, "../../../..");
const cases = (folder: string) =>
  readdirSync(join(root, "examples", folder))
    .filter((f) => f.endsWith(".json") && !f.startsWith("_"))
    .sort();
const codeOf = (file: string) => file.replace(/\.json$/, "").split("--")[0]!;

interface JsonReport {
  files: { path: string; kind: string | null; valid: boolean; issues: { code: string; severity: string; pointer: string; line?: number; column?: number; message: string }[] }[];
}

describe("sevscale validate", () => {
  it("accepts the example scales and mappings (exit 0)", async () => {
    const r = await runCli(["validate", "examples/scales", "examples/mappings"], { cwd: root });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("12 files checked: 0 errors, 0 warnings");
  });

  it.each(cases("invalid"))("rejects examples/invalid/%s with its code (exit 1)", async (file) => {
    const r = await runCli(["validate", "--format", "json", `examples/invalid/${file}`], { cwd: root });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.files).toHaveLength(1);
    expect(report.files[0]!.valid).toBe(false);
    expect(report.files[0]!.issues.map((i) => i.code)).toContain(codeOf(file));
  });

  it.each(cases("lint"))("accepts examples/lint/%s and reports its code (exit 0)", async (file) => {
    const r = await runCli(["validate", "--format", "json", `examples/lint/${file}`], { cwd: root });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as JsonReport).files[0]!.issues.map((i) => i.code)).toContain(codeOf(file));
  });

  it("prints path:line:column severity code message per issue, then a summary", async () => {
    const r = await runCli(["validate", "examples/invalid/unknown_property.json"], { cwd: root });
    const [first, summary] = r.stdout.trimEnd().split("\n");
    expect(first).toMatch(/^examples\/invalid\/unknown_property\.json:\d+:\d+ error unknown_property Unknown property "colour"/);
    expect(summary).toBe("1 file checked: 1 error, 0 warnings");
  });

  it("renders messages in Spanish with --lang es", async () => {
    const r = await runCli(["validate", "--lang", "es", "examples/lint/text_language_missing.json"], { cwd: root });
    expect(r.stdout).toContain("Este texto no tiene versión");
    expect(r.stdout).toContain("1 archivo revisado: 0 errores, 1 advertencia");
  });

  it("gives JSON with kind, validity and positioned issues", async () => {
    const r = await runCli(["validate", "--format", "json", "examples/invalid/duplicate_key.json", "examples/scales/au-asd.json"], { cwd: root });
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.files.map((f) => [f.path, f.kind, f.valid])).toEqual([
      ["examples/invalid/duplicate_key.json", null, false],
      ["examples/scales/au-asd.json", "scale", true],
    ]);
    const dup = report.files[0]!.issues[0]!;
    expect(dup).toMatchObject({ code: "duplicate_key", severity: "error", line: 7, column: 3 });
  });

  it("exits 2 on a missing file, still checking the others", async () => {
    const r = await runCli(["validate", "nope.json", "examples/scales/us-ciss.json"], { cwd: root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("File not found: nope.json");
    expect(r.stdout).toContain("1 file checked");
  });

  it("refuses a document over --max-bytes with document_too_large (exit 1)", async () => {
    const r = await runCli(["validate", "--max-bytes", "100", "examples/scales/us-ciss.json"], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("document_too_large");
  });

  it("escapes terminal control characters that come from a document", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sevscale-validate-"));
    writeFileSync(join(dir, "evil.json"), JSON.stringify({ kind: "scale", "\u001b[31mred": 1 }));
    const r = await runCli(["validate", join(dir, "evil.json")], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain("\u001b");
    expect(r.stdout).toContain("\\u001b[31mred");
  });
});
