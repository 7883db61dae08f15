/**
 * End-to-end: the BUILT `sevscale` binary, spawned as users run it (`npm test` builds first; for a
 * local run, `pnpm -r build`). Checks what in-process tests cannot: the bundle, the launcher,
 * standard input and output of a real process, exit codes, and the environment's colour settings.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "packages", "cli", "bin", "sevscale.js");
const bundle = join(root, "packages", "cli", "dist", "bin.cjs");

function sevscale(args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, ...options.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, input: options.input ?? "", encoding: "utf8", env, timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(bundle)) {
    throw new Error(`The CLI is not built (${bundle} is missing). Run \`pnpm -r build\` (or \`npm test\`, which builds first) before the end-to-end tests.`);
  }
});

describe("sevscale binary (end to end)", () => {
  it('translates UK "Category 3" into AU ASD C3, equivalent', () => {
    const r = sevscale(["translate", "Category 3", "--from", "examples/scales/gb-ncsc-2018.json", "--to", "examples/scales/au-asd.json", "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { candidates: { code: string; relation: string }[] };
    expect(out.candidates.map((c) => [c.code, c.relation])).toEqual([["C3", "equivalent"]]);
  });

  it("classifies facts read from standard input, and exits 1 on bad facts", () => {
    const ok = sevscale(["classify", "examples/scales/au-asd.json", "--facts", "-", "--format", "json"], {
      input: JSON.stringify({ "impact-type": "isolated-compromise", stakeholder: "school" }),
    });
    expect(ok.code).toBe(0);
    expect((JSON.parse(ok.stdout) as { level: { code: string } | null }).level).not.toBeNull();
    const bad = sevscale(["classify", "crs", "--facts", "-"], { input: '{"effect": "E99"}' });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain("fact_unknown_option");
  });

  it("compares scales without colour under NO_COLOR and with colour under FORCE_COLOR", () => {
    const args = ["compare", "examples/scales/us-nciss.json", "examples/scales/au-asd.json", "crs"];
    const plain = sevscale(args);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain("┌");
    expect(plain.stdout).not.toContain("\u001b[");
    const coloured = sevscale(args, { env: { NO_COLOR: "", FORCE_COLOR: "1" } });
    expect(coloured.code).toBe(0);
    expect(coloured.stdout).toContain("\u001b[38;2;");
  });

  it("diffs two versions and exits 2 for a missing file", () => {
    const same = sevscale(["diff", "examples/scales/au-asd.json", "examples/scales/au-asd.json"]);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain("required: none");
    const missing = sevscale(["diff", "examples/scales/au-asd.json", "nope.json"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("nope.json");
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });

  it("speaks Spanish with --lang es", () => {
    const r = sevscale(["classify", "examples/scales/au-asd.json", "--facts", "examples/facts/asd-sample.json", "--lang", "es"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Nivel:");
    expect(r.stdout).toContain("Por qué:");
  });
});
