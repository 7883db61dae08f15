import { spawn } from "node:child_process";
import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { signingSetup, writeSources } from "../../test/registry-fixtures.js";
import { buildRegistry } from "./build.js";
import { loadRegistry } from "./load.js";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "../../../..");
const child = resolve(here, "../../test/registry-kill-child.ts");

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "sevscale-kill-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function countFiles(root: string): Promise<number> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).length;
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

describe("an interrupted build", () => {
  it("leaves the previous registry checking clean when the builder is killed part-way (SIGKILL)", async () => {
    const { privatePath, keyringPath, keyring } = await signingSetup(dir);
    // The previous registry: 5 scales and their mappings, signed.
    await writeSources(join(dir, "old"), 5);
    const out = join(dir, "registry");
    const first = await buildRegistry(join(dir, "old"), out, { signWith: privatePath, keyring: keyringPath, now: new Date("2026-11-23T00:00:00Z") });
    expect(first.ok).toBe(true);
    const oldIndex = await readFile(join(out, "index.json"), "utf8");
    const before = await countFiles(out);

    // The next build: 150 scales and 150 mappings, the first 5 of each the same as before.
    await writeSources(join(dir, "new"), 150);
    const proc = spawn(process.execPath, ["--conditions=@sevscale/source", "--import", "tsx", child, join(dir, "new"), out, privatePath, keyringPath], {
      cwd: repoRoot,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    proc.stdout.on("data", (d: Buffer) => (output += d.toString()));
    proc.stderr.on("data", (d: Buffer) => (output += d.toString()));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) => proc.on("exit", (code, signal) => ok({ code, signal })));
    let finished = false;
    void exited.then(() => (finished = true));

    // Kill once a good part of the new files exist, well before the 1200 the build writes.
    const deadline = Date.now() + 60_000;
    while (!finished && Date.now() < deadline && (await countFiles(out)) < before + 200) await sleep(20);
    expect(finished, `the build ended before it could be killed: ${output}`).toBe(false);
    proc.kill("SIGKILL");
    expect(await exited).toEqual({ code: null, signal: "SIGKILL" });

    // The index is the old one, and every file it lists still verifies.
    expect(await readFile(join(out, "index.json"), "utf8")).toBe(oldIndex);
    const checked = await loadRegistry(out, { keyring });
    expect(checked.issues.filter((f) => f.issue.severity === "error")).toEqual([]);
    expect(checked.documents).toHaveLength(11);
    // It really was interrupted mid-way: new files exist that no index lists yet.
    const unlisted = checked.issues.filter((f) => f.issue.code === "registry_file_unlisted").length;
    expect(unlisted).toBeGreaterThan(100);
    expect(unlisted).toBeLessThan(1180);

    // Building again completes the job and tidies up what the killed build left behind.
    const again = await buildRegistry(join(dir, "new"), out, { signWith: privatePath, keyring: keyringPath, now: new Date("2026-11-23T00:00:00Z") });
    expect(again.ok).toBe(true);
    const final = await loadRegistry(out, { keyring });
    expect(final.issues).toEqual([]);
    expect(final.documents).toHaveLength(301);
  });
});
