/**
 * The hostile corpus: every adversarial kind of scripts/adversarial.ts, generated at test time at a
 * size that runs in about a second, through the CLI in-process. None may end in an internal error
 * (exit 70) or an abort; JSON output parses; output stays proportional to the input; no raw control
 * or bidirectional character reaches the output. Findings and work are counted, never time.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { generateKeyPair, hasUnsafeText } from "@sevscale/core";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../packages/cli/src/_fake-io.js";
import type { AdversarialCase } from "../scripts/adversarial.js";
import { ADVERSARIAL_KINDS, controlCharacters, longEmail, matrixExplosion, reversedMapping, unknownFacts } from "../scripts/adversarial.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function materialise(c: AdversarialCase): string {
  const dir = mkdtempSync(join(tmpdir(), "sevscale-hostile-"));
  dirs.push(dir);
  for (const [name, text] of Object.entries(c.files)) writeFileSync(join(dir, name), text);
  return dir;
}

const inputBytes = (c: AdversarialCase) => Object.values(c.files).reduce((n, t) => n + t.length, 0);
/** Output a terminal would act on: layout line breaks aside, nothing unsafe. */
const rawUnsafe = (text: string) => hasUnsafeText(text.replace(/\n/g, ""));

async function run(c: AdversarialCase) {
  const dir = materialise(c);
  const r = await runCli(c.argv, { cwd: dir });
  return { ...r, dir };
}

interface JsonIssue {
  code: string;
  pointer: string;
  params: Record<string, unknown>;
}
interface Json {
  files?: { issues: JsonIssue[] }[];
  issues?: JsonIssue[];
}
const codesOf = (out: Json) => [...(out.files ?? []).flatMap((f) => f.issues), ...(out.issues ?? [])].map((i) => i.code);

describe("the hostile corpus through the CLI", () => {
  for (const kind of ADVERSARIAL_KINDS) {
    it(`${kind.name} at ${kind.start} ${kind.unit}: coded, bounded, valid JSON, never exit 70`, async () => {
      const c = kind.build(kind.start);
      const r = await run(c);
      expect([0, 1, 2]).toContain(r.code);
      expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
      const out = JSON.parse(r.stdout) as Json;
      expect(out).toBeTypeOf("object");
      // Proportional to the input, never to the product of its parts.
      expect(r.stdout.length).toBeLessThan(4 * inputBytes(c) + 200_000);
      expect(rawUnsafe(r.stdout + r.stderr)).toBe(false);
    });
  }

  it("the 5 × 40 one-cell matrix: one matrix_cell_missing counting 102 million combinations", async () => {
    const out = JSON.parse((await run(matrixExplosion(40))).stdout) as Json;
    const missing = out.files![0]!.issues.filter((i) => i.code === "matrix_cell_missing");
    expect(missing.map((i) => i.params["count"])).toEqual([40 ** 5 - 1]);
  });

  it("a 200 000-character e-mail: one finding at the address (its length), the pattern never run", async () => {
    const out = JSON.parse((await run(longEmail(200_000))).stdout) as Json;
    const issues = out.files![0]!.issues;
    expect(issues.map((i) => i.pointer)).toEqual(["/publisher/contact/email"]);
  });

  it("a 2 000-level (nearly) reversed mapping: findings bounded, the rest counted", async () => {
    const out = JSON.parse((await run(reversedMapping(2000))).stdout) as Json;
    const codes = codesOf(out);
    expect(codes.filter((c) => c === "mapping_not_monotone")).toHaveLength(20);
    const omitted = out.files!.flatMap((f) => f.issues).filter((i) => i.code === "findings_omitted" && i.params["code"] === "mapping_not_monotone");
    expect(omitted.map((i) => i.params["count"])).toEqual([2000 - 2 - 20]);
  });

  it("facts with 50 000 unknown options and dimensions: valid JSON, each class listed 20 times and counted", async () => {
    const r = await run(unknownFacts(50_000));
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as Json;
    const codes = codesOf(out);
    expect(codes.filter((c) => c === "fact_unknown_option")).toHaveLength(20);
    expect(codes.filter((c) => c === "fact_unknown_dimension")).toHaveLength(20);
    expect(out.issues!.filter((i) => i.code === "findings_omitted").map((i) => [i.params["code"], i.params["count"]])).toEqual(
      expect.arrayContaining([
        ["fact_unknown_dimension", 50_000 - 20],
        ["fact_unknown_option", 50_000 - 20],
      ]),
    );
  });

  it("control and bidirectional characters in codes: escaped in every format, warned about at validation", async () => {
    const c = controlCharacters(10);
    const dir = materialise(c);
    const runs = [
      await runCli(["validate", "scale.json", "mapping.json"], { cwd: dir }),
      await runCli(["validate", "scale.json", "mapping.json", "--format", "json"], { cwd: dir }),
      await runCli(["classify", "scale.json", "--facts", "facts.json"], { cwd: dir }),
      await runCli(["translate", "X0\n2 files checked: 0 errors, 0 warnings\n", "--from", "scale.json", "--to", "crs"], { cwd: dir }),
      await runCli(["compare", "scale.json", "--format", "csv"], { cwd: dir }),
      await runCli(["compare", "scale.json", "--format", "markdown"], { cwd: dir }),
      await runCli(["compare", "scale.json"], { cwd: dir }),
      await runCli(["diff", "scale.json", "scale.json"], { cwd: dir }),
    ];
    for (const r of runs) {
      expect([0, 1, 2]).toContain(r.code);
      expect(rawUnsafe(r.stdout + r.stderr)).toBe(false);
      // A forged summary line never appears at the start of a line.
      expect(r.stdout).not.toMatch(/^2 files checked: 0 errors, 0 warnings$/m);
    }
    const csv = runs[4]!.stdout;
    expect(csv.split("\r\n").every((line) => !/(^|,)"?[=+\-@]/.test(line))).toBe(true);
    expect(runs[0]!.stdout).toContain("text_unsafe_characters");
  });
});

describe("the built binary", () => {
  const bin = join(root, "packages", "cli", "bin", "sevscale.js");
  const built = existsSync(join(root, "packages", "cli", "dist", "bin.cjs"));

  it.skipIf(!built)("`validate examples/invalid | head -1` prints one line and no stack trace", () => {
    const r = spawnSync("/bin/sh", ["-c", `"${process.execPath}" "${bin}" validate examples/invalid | head -1`], { cwd: root, encoding: "utf8", timeout: 60_000 });
    expect(r.stderr).toBe("");
    expect(r.stdout.split("\n").filter((l) => l !== "")).toHaveLength(1);
  });

  it.skipIf(!built)("a private key whose x is not the public half of d is reported against the key file, exit 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sevscale-key-"));
    dirs.push(dir);
    const key = JSON.parse(readFileSync(join(root, "examples", "keys", "demo-DO-NOT-USE.private.jwk"), "utf8")) as Record<string, string>;
    const other = await generateKeyPair();
    writeFileSync(join(dir, "mismatch.jwk"), JSON.stringify({ ...key, x: other.publicJwk.x }));
    writeFileSync(join(dir, "zero.jwk"), JSON.stringify({ ...key, d: "A".repeat(43) }));
    writeFileSync(join(dir, "scale.json"), readFileSync(join(root, "examples", "scales", "au-asd.json")));
    for (const [file, detail] of [
      ["mismatch.jwk", "x_does_not_match_d"],
      ["zero.jwk", "d_all_zero"],
    ] as const) {
      const r = spawnSync(process.execPath, [bin, "sign", "scale.json", "--key", file], { cwd: dir, encoding: "utf8", timeout: 30_000 });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(file);
      expect(r.stderr).toContain("key_file_invalid");
      expect(r.stderr).toContain(detail);
      expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    }
  });
});
