/** `-` is standard input wherever a command reads a document: the one loader reads it. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./_fake-io.js";
import { ROOT } from "./_test-files.js";

const text = (relative: string) => readFileSync(join(ROOT, relative), "utf8");

describe("reading a document from standard input", () => {
  it("validate -: the same findings, with line and column, as from the file", async () => {
    const fromFile = await runCli(["validate", "--format", "json", "examples/invalid/duplicate_key.json"], { cwd: ROOT });
    const fromStdin = await runCli(["validate", "--format", "json", "-"], { cwd: ROOT, stdin: text("examples/invalid/duplicate_key.json") });
    expect(fromStdin.code).toBe(1);
    const strip = (out: string) => (JSON.parse(out) as { files: { issues: Record<string, unknown>[] }[] }).files[0]!.issues.map(({ file: _file, ...rest }) => rest);
    expect(strip(fromStdin.stdout)).toEqual(strip(fromFile.stdout));
    expect((JSON.parse(fromStdin.stdout) as { files: { path: string }[] }).files[0]!.path).toBe("-");
  });

  it("validate - with a valid scale, and files beside it", async () => {
    const r = await runCli(["validate", "-", "examples/scales/au-asd.json"], { cwd: ROOT, stdin: text("examples/scales/us-ciss.json") });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2 files checked: 0 errors");
  });

  it("diff and translate read a scale from -", async () => {
    const diff = await runCli(["diff", "examples/scales/au-asd.json", "-"], { cwd: ROOT, stdin: text("examples/scales/au-asd.json") });
    expect(diff.code).toBe(0);
    const translate = await runCli(["translate", "R3", "--from", "crs", "--to", "-", "--to-mapping", "examples/mappings/au-asd-to-crs.json", "--format", "json"], {
      cwd: ROOT,
      stdin: text("examples/scales/au-asd.json"),
    });
    const fromFile = await runCli(["translate", "R3", "--from", "crs", "--to", "examples/scales/au-asd.json", "--format", "json"], { cwd: ROOT });
    expect(translate.code).toBe(fromFile.code);
    expect((JSON.parse(translate.stdout) as { candidates: unknown[] }).candidates).toEqual((JSON.parse(fromFile.stdout) as { candidates: unknown[] }).candidates);
  });

  it("a standard input over --max-bytes is document_too_large, not a crash", async () => {
    const r = await runCli(["validate", "--max-bytes", "100", "-"], { cwd: ROOT, stdin: text("examples/scales/au-asd.json") });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("- error document_too_large");
  });
});
