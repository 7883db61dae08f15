/**
 * The built CLI's V8 code cache (packages/cli/bin/sevscale.js): written on the first run, used on
 * the next, ignored when corrupt or unwritable, off with SEVSCALE_NO_CACHE=1 — the answer is the
 * same every time.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const bin = join(root, "packages", "cli", "bin", "sevscale.js");
const built = existsSync(join(root, "packages", "cli", "dist", "bin.cjs"));
const work = mkdtempSync(join(tmpdir(), "sevscale-code-cache-test-"));

function run(env: NodeJS.ProcessEnv) {
  const r = spawnSync(process.execPath, [bin, "validate", "examples/scales/us-ciss.json", "--lang", "en"], {
    cwd: root,
    encoding: "utf8",
    env: { PATH: process.env["PATH"] ?? "", HOME: work, ...env },
    timeout: 30_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every cache entry under a folder. */
function entries(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

describe.skipIf(!built)("the CLI's code cache", () => {
  let reference: ReturnType<typeof run>;
  beforeAll(() => {
    reference = run({ SEVSCALE_NO_CACHE: "1" });
    expect(reference.status).toBe(0);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("is written on the first run, used on the next, same answer", () => {
    const dir = join(work, "a");
    expect(run({ SEVSCALE_CACHE_DIR: dir })).toEqual(reference);
    const written = entries(dir);
    expect(written.length).toBeGreaterThan(0);
    expect(written.every((f) => f.endsWith(".v8"))).toBe(true);
    expect(run({ SEVSCALE_CACHE_DIR: dir })).toEqual(reference);
    expect(entries(dir).sort()).toEqual(written.sort());
  });

  it("defaults to $XDG_CACHE_HOME/sevscale, else ~/.cache/sevscale", () => {
    const xdg = join(work, "xdg");
    expect(run({ XDG_CACHE_HOME: xdg })).toEqual(reference);
    expect(entries(join(xdg, "sevscale")).length).toBeGreaterThan(0);
    expect(run({})).toEqual(reference);
    expect(entries(join(work, ".cache", "sevscale")).length).toBeGreaterThan(0);
  });

  it("ignores corrupt entries and rewrites them", () => {
    const dir = join(work, "b");
    run({ SEVSCALE_CACHE_DIR: dir });
    for (const f of entries(dir)) writeFileSync(f, "not a code cache");
    expect(run({ SEVSCALE_CACHE_DIR: dir })).toEqual(reference);
    expect(run({ SEVSCALE_CACHE_DIR: dir })).toEqual(reference);
  });

  it("runs the same when the cache folder cannot be created", () => {
    const blocked = join(work, "blocked");
    writeFileSync(blocked, "a file where the folder would be");
    expect(run({ SEVSCALE_CACHE_DIR: join(blocked, "cache") })).toEqual(reference);
  });

  it("reads and writes nothing with SEVSCALE_NO_CACHE=1", () => {
    const dir = join(work, "c");
    expect(run({ SEVSCALE_CACHE_DIR: dir, SEVSCALE_NO_CACHE: "1" })).toEqual(reference);
    expect(entries(dir)).toEqual([]);
  });
});
