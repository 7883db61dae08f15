/**
 * What `sevscale validate one.json` loads, on the built CLI (the start-up benchmark's command,
 * docs/benchmarks.md): only what validating needs. Not zod (the keyring checks), not jose (keys
 * and signatures), not the issue messages when there is no issue to show, one language of the
 * CLI's texts; and no thread pool (asynchronous fs) to wait for. Each of these once cost
 * milliseconds of start-up; this test fails when a change brings one back.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "packages", "cli", "bin", "sevscale.js");
const built = existsSync(join(root, "packages", "cli", "dist", "bin.cjs"));
const work = mkdtempSync(join(tmpdir(), "sevscale-startup-test-"));
const probe = join(work, "probe.cjs");
// Run before the CLI (node -r): at exit, the files the process loaded and its number of threads.
writeFileSync(
  probe,
  `process.on("exit", () => { const fs = require("fs"); fs.writeFileSync(process.env.PROBE_OUT, JSON.stringify({ files: Object.keys(require.cache), threads: process.platform === "linux" ? fs.readdirSync("/proc/self/task").length : null })); });\n`,
);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs node with the probe; the loaded files' texts, the thread count and the exit status. */
function probed(args: readonly string[], env: NodeJS.ProcessEnv = {}) {
  const out = join(work, `out-${Math.random().toString(36).slice(2)}.json`);
  const r = spawnSync(process.execPath, ["-r", probe, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { PATH: process.env["PATH"] ?? "", HOME: work, SEVSCALE_NO_CACHE: "1", PROBE_OUT: out, ...env },
    timeout: 30_000,
  });
  const { files, threads } = JSON.parse(readFileSync(out, "utf8")) as { files: string[]; threads: number | null };
  const texts = files.filter((f) => f.includes(join("packages", "cli", "dist"))).map((f) => readFileSync(f, "utf8"));
  return { status: r.status, stdout: r.stdout, texts, threads };
}

const has = (texts: readonly string[], marker: string) => texts.some((t) => t.includes(marker));

describe.skipIf(!built)("what sevscale validate one.json loads", () => {
  const clean = probed([bin, "validate", "examples/scales/us-ciss.json"]);

  it("validates the file", () => {
    expect(clean).toMatchObject({ status: 0, stdout: "1 file checked: 0 errors, 0 warnings\n" });
  });

  it("loads neither zod nor jose", () => {
    expect(has(clean.texts, "$ZodType")).toBe(false);
    expect(has(clean.texts, "ERR_JWS_INVALID")).toBe(false);
  });

  it("loads the CLI's texts in one language, and no issue message when there is none to show", () => {
    expect(has(clean.texts, "Check scale, mapping and registry documents")).toBe(true);
    expect(has(clean.texts, "Revisa documentos")).toBe(false);
    expect(has(clean.texts, "is used twice (first at")).toBe(false);
    const found = probed([bin, "validate", "examples/invalid/level_code_duplicate.json"]);
    expect(found.status).toBe(1);
    expect(has(found.texts, "is used twice (first at")).toBe(true);
  });

  it.skipIf(process.platform !== "linux")("starts no thread pool (synchronous reads of local files)", () => {
    const bare = probed(["-e", "0"]);
    expect(clean.threads).toBe(bare.threads);
  });

  it("checks a keyring with its own checks, without zod either", () => {
    const keyring = probed([bin, "validate", "examples/keys/demo-keyring.json"]);
    expect(keyring.status).toBe(0);
    expect(has(keyring.texts, "keyring_private_key")).toBe(true);
    expect(has(keyring.texts, "$ZodType")).toBe(false);
  });
});
