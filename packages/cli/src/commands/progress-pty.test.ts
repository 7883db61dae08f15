/**
 * The progress line of long commands (`validate` of a folder, `audit`, `registry mirror`) on a real
 * pseudo-terminal: util-linux `script` gives the CLI a TTY, and standard output is redirected to a
 * file, so standard error alone is the terminal. The line must appear there (and be cleared), must
 * not appear with `TERM=dumb`, and standard output must be byte for byte what the same command
 * writes when nothing is a terminal. Runs the CLI from its source through tsx (no build needed).
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { REFERENCE_SCALE } from "@sevscale/core";
import { serveStatic } from "@sevscale/node";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../_fake-io.js";
import { ROOT, tempFolder } from "../_test-files.js";
import { CLI_LANGUAGES, cliTexts, loadLanguage } from "../i18n.js";

// cliTexts() reads a loaded language: these tests read all four.
for (const lang of CLI_LANGUAGES) await loadLanguage(lang);

const hasScript = spawnSync("script", ["--version"]).status === 0;
const tmp = tempFolder("progress-pty");
afterAll(() => tmp.remove());

const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;
// tsx by its file URL: the mirror runs from a temporary folder, where `--import tsx` would not resolve.
const TSX = pathToFileURL(join(ROOT, "node_modules", "tsx", "dist", "loader.mjs")).href;
const CLI = [process.execPath, "--conditions=@sevscale/source", "--import", TSX, join(ROOT, "packages/cli/src/bin.ts")];
/** The environment of every run: no colour forced either way, so only the terminal decides. */
const ENV = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, LANG: "C.UTF-8", SEVSCALE_LANG: undefined };
let runs = 0;

/** Runs `sevscale <args>` with standard error on a pseudo-terminal and standard output into a file. */
function stderrOnTerminal(args: readonly string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<{ terminal: string; stdout: Buffer; code: number | null }> {
  const out = join(tmp.dir, `stdout-${++runs}`);
  const command = `stty cols 120 rows 50; exec ${[...CLI, ...args].map(quote).join(" ")} > ${quote(out)}`;
  const child = spawn("script", ["-qfec", command, "/dev/null"], { cwd, env: { ...ENV, TERM: "xterm-256color", ...env }, stdio: ["pipe", "pipe", "pipe"] });
  let terminal = "";
  child.stdout.on("data", (d: Buffer) => (terminal += d.toString("utf8")));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`sevscale ${args.join(" ")} did not finish; the terminal shows:\n${terminal}`));
    }, 60_000);
    child.on("close", async (code) => {
      clearTimeout(timer);
      resolve({ terminal, stdout: await readFile(out), code });
    });
  });
}

/** Runs `sevscale <args>` with nothing on a terminal (pipes only). */
function piped(args: readonly string[], cwd: string): Promise<{ stdout: Buffer; stderr: string; code: number | null }> {
  const child = spawn(CLI[0]!, [...CLI.slice(1), ...args], { cwd, env: { ...ENV, TERM: "xterm-256color" }, stdio: ["ignore", "pipe", "pipe"] });
  const stdout: Buffer[] = [];
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => stdout.push(d));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
  return new Promise((resolve) => child.on("close", (code) => resolve({ stdout: Buffer.concat(stdout), stderr, code })));
}

const CLEAR = "\r\u001b[2K";

/** The same command (one that writes nothing else on standard error) on a terminal (line shown, then cleared), with TERM=dumb (no line), and in pipes: the same standard output and code. */
async function expectProgress(args: readonly string[], cwd: string, label: RegExp): Promise<void> {
  const base = await piped(args, cwd);
  expect(base.stderr).not.toContain("\u001b");
  const tty = await stderrOnTerminal(args, cwd);
  expect(tty.terminal).toMatch(new RegExp(`\\r\\u001b\\[2K${label.source} \\d+/\\d+`));
  expect(tty.terminal.endsWith(CLEAR)).toBe(true);
  expect([tty.code, tty.stdout.equals(base.stdout)]).toEqual([base.code, true]);
  const dumb = await stderrOnTerminal(args, cwd, { TERM: "dumb" });
  expect(dumb.terminal).not.toContain(CLEAR);
  expect([dumb.code, dumb.stdout.equals(base.stdout)]).toEqual([base.code, true]);
}

describe.skipIf(!hasScript)("the progress line on a terminal", () => {
  const en = cliTexts("en");

  it("validate <folders>: reading, then checking, on a terminal only; standard output unchanged", async () => {
    await expectProgress(["validate", "examples/scales", "examples/mappings"], ROOT, new RegExp(`(${en.progressRead}|${en.progressCheck})`));
  });

  it("audit: the combinations checked, on a terminal only; standard output unchanged (findings, exit 1)", async () => {
    await expectProgress(["audit", "examples/mappings/au-asd-to-crs.json", "--lang", "fr"], ROOT, new RegExp(cliTexts("fr").progressCheck));
  });

  it("registry mirror: each member's entries fetched, then verified, on a terminal only; standard output unchanged", async () => {
    const dir = tmp.dir;
    expect((await runCli(["keygen", "--out", "keys", "--kid", "demo"], { cwd: dir })).code).toBe(0);
    const jwk = JSON.parse(await readFile(join(dir, "keys", "demo.public.jwk"), "utf8")) as unknown;
    await writeFile(join(dir, "keyring.json"), JSON.stringify({ kind: "keyring", id: "x-org.example/keys", version: "1.0.0", keys: [{ kid: "demo", publisher: "Test", jwk, validFrom: "2026-01-01T00:00:00Z", namespaces: ["mx"] }] }));
    await mkdir(join(dir, "src"), { recursive: true });
    for (const name of ["a", "b", "c"]) await writeFile(join(dir, "src", `${name}.json`), JSON.stringify({ ...REFERENCE_SCALE, id: `mx/${name}` }));
    const built = await runCli(["registry", "build", "src", "--out", "mx", "--id", "mx/registry", "--sign", "keys/demo.private.jwk", "--keyring", "keyring.json", "--expires", "2026-12-31T00:00:00Z"], { cwd: dir });
    expect(built.code).toBe(0);
    const server = await serveStatic({ roots: [join(dir, "mx")] });
    try {
      // A new aggregate each run (the same --id and --at), so every run does the same work.
      let n = 0;
      const args = () => ["registry", "mirror", server.url, "--out", `region-${++n}`, "--keyring", "keyring.json", "--at", "2026-12-01T00:00:00Z", "--id", "x-org.example/region", "--lang", "es"];
      const es = cliTexts("es");
      const base = await piped(args(), dir);
      expect([base.code, base.stderr]).toEqual([0, ""]);
      const tty = await stderrOnTerminal(args(), dir);
      expect(tty.terminal).toContain(`${CLEAR}${es.progressMember(1, 1, es.progressFetch)} `);
      expect(tty.terminal).toContain(`${CLEAR}${es.progressMember(1, 1, es.progressCheck)} `);
      expect(tty.terminal.endsWith(CLEAR)).toBe(true);
      const shown = (b: Buffer) => b.toString("utf8").replace(/region-\d+/, "region");
      expect([tty.code, shown(tty.stdout)]).toEqual([base.code, shown(base.stdout)]);
      const dumb = await stderrOnTerminal(args(), dir, { TERM: "dumb" });
      expect(dumb.terminal).toBe("");
      expect(shown(dumb.stdout)).toBe(shown(base.stdout));
    } finally {
      await server.close();
    }
  });
});
