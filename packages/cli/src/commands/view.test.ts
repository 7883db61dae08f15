import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Readable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../_fake-io.js";
import type { CliIO } from "../io.js";
import { main } from "../main.js";
import { viewerDir } from "../viewer-files.js";

const root = resolve(import.meta.dirname, "../../../..");
const exampleRegistry = join(root, "examples/registry");

/** Starts `sevscale view ...` in-process; resolves with its URL once it prints it. */
async function startView(args: readonly string[]) {
  let stdout = "";
  let stderr = "";
  const controller = new AbortController();
  const io: CliIO = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: Readable.from([]),
    env: { NO_COLOR: "1" },
    cwd: root,
    signal: controller.signal,
  };
  const done = main(["view", ...args], io);
  for (let i = 0; i < 200 && !/http:\/\/\S+/.test(stdout); i++) {
    const early = await Promise.race([done.then((code) => ({ code })), new Promise((r) => setTimeout(r, 25, null))]);
    if (early) return { url: null, code: (early as { code: number }).code, stdout, stderr, stop: async () => (early as { code: number }).code };
  }
  const url = /http:\/\/\S+/.exec(stdout)![0];
  return {
    url,
    code: null,
    stdout,
    stderr,
    stop: async () => {
      controller.abort();
      return done;
    },
  };
}

describe("sevscale view", () => {
  it("finds the built viewer", () => {
    expect(viewerDir().found).toBe(true);
  });

  it("serves the viewer and the registry on 127.0.0.1, refuses paths outside them, and stops cleanly", async () => {
    const v = await startView(["examples/registry"]);
    expect(v.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await fetch(v.url!);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="app">');
    const index = await fetch(`${v.url}index.json`);
    expect(await index.text()).toBe(await readFile(join(exampleRegistry, "index.json"), "utf8"));
    for (const path of ["../package.json", "..%2f..%2fpackage.json", "%2e%2e/%2e%2e/package.json", "/etc/passwd"]) {
      const r = await fetch(`${v.url}${path}`);
      expect([r.status, path]).toEqual([404, path]);
    }
    expect((await fetch(v.url!, { method: "POST" })).status).toBe(405);
    expect(await v.stop()).toBe(0);
    await expect(fetch(v.url!)).rejects.toThrow();
  });

  it("without a registry serves the bundled example registry", async () => {
    const v = await startView([]);
    const index = await fetch(`${v.url}index.json`);
    expect(index.status).toBe(200);
    expect(await v.stop()).toBe(0);
  });

  it("with a registry URL serves the viewer pointed at it", async () => {
    const v = await startView(["https://registry.example.org/sevscale/"]);
    expect(v.stdout).toContain("?registry=https%3A%2F%2Fregistry.example.org%2Fsevscale%2F");
    expect((await fetch(`${v.url!.replace(/\?.*/, "")}index.json`)).status).toBe(404);
    expect(await v.stop()).toBe(0);
  });

  it("refuses a folder without index.json and a bad port as usage errors", async () => {
    const a = await startView(["examples/scales"]);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain("index.json");
    const b = await startView(["examples/registry", "--port", "70000"]);
    expect(b.code).toBe(2);
  });

  it("warns when --host names another address (here another loopback address, so nothing is exposed)", async () => {
    const v = await startView(["examples/registry", "--host", "127.0.0.2"]);
    expect(v.url).toMatch(/^http:\/\/127\.0\.0\.2:\d+\/$/);
    expect(v.stderr).toContain("127.0.0.2");
    expect(await v.stop()).toBe(0);
  });
});

describe("sevscale registry build --with-viewer", () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "sevscale-with-viewer-"));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("writes the viewer beside index.json, and the registry still checks clean", async () => {
    const out = join(dir, "site");
    const b = await runCli(["registry", "build", join(root, "examples/scales"), join(root, "examples/mappings"), "--out", out, "--now", "2026-11-23T00:00:00Z", "--with-viewer"], { cwd: dir });
    expect(b.code).toBe(0);
    expect(b.stdout).toMatch(/viewer: \d+ files written beside index\.json/);
    expect(existsSync(join(out, "index.html"))).toBe(true);
    expect(existsSync(join(out, "index.json"))).toBe(true);
    expect(existsSync(join(out, "example-registry"))).toBe(false);
    const c = await runCli(["registry", "check", out], { cwd: dir });
    // Built without --sign: the only warning is the unsigned index.
    expect(c.stdout).toMatch(/0 errors, 1 warning$/m);
    expect(c.stdout).toContain("warning registry_index_unprotected");
    expect(c.code).toBe(0);
  });
});
