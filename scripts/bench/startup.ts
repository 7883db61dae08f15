/**
 * Benchmark: start-up of the built CLI. `sevscale validate examples/scales/us-ciss.json` against
 * `node -e 0` (the floor: starting Node itself), alternating runs in the same session.
 * Target (issue 8, item 3): at most 2.5× `node -e 0`. Needs the build (`npm run setup`).
 *
 * Every process, the baseline included, starts bare: the same Node binary, no execArgv, and an
 * environment of PATH and HOME only, so that nothing the benchmark itself runs under (tsx's
 * loader in NODE_OPTIONS, inherited flags) slows the baseline or the CLI.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { TableSection } from "./types.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const bin = join(root, "packages", "cli", "bin", "sevscale.js");
const RUNS = 25;
const TARGET = 2.5;

/** A clean environment: no NODE_OPTIONS, no loader, nothing inherited but PATH and HOME. */
const cleanEnv: NodeJS.ProcessEnv = { PATH: process.env["PATH"] ?? "", HOME: process.env["HOME"] ?? "" };

function time(args: readonly string[], env: NodeJS.ProcessEnv): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: "ignore", env });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`node ${args.join(" ")} exited ${r.status}`);
  return ms;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

export async function run(): Promise<TableSection> {
  if (!existsSync(join(root, "packages", "cli", "dist", "bin.cjs"))) throw new Error("build the CLI first: npm run setup");
  // The CLI's code cache in a fresh folder, filled by the warm-up run (a user's second run on);
  // the last row is the same command with the cache off (a first run after install compiles too,
  // and writes the cache).
  const cacheDir = mkdtempSync(join(tmpdir(), "sevscale-bench-cache-"));
  const env = { ...cleanEnv, SEVSCALE_CACHE_DIR: cacheDir };
  const noCache = { ...cleanEnv, SEVSCALE_NO_CACHE: "1" };
  const commands: [string, string[], NodeJS.ProcessEnv][] = [
    ["node -e 0", ["-e", "0"], cleanEnv],
    ["sevscale --version", [bin, "--version"], env],
    ["sevscale validate examples/scales/us-ciss.json", [bin, "validate", "examples/scales/us-ciss.json"], env],
    ["sevscale validate examples/scales examples/mappings", [bin, "validate", "examples/scales", "examples/mappings"], env],
    ["SEVSCALE_NO_CACHE=1 sevscale validate examples/scales/us-ciss.json", [bin, "validate", "examples/scales/us-ciss.json"], noCache],
  ];
  const samples = commands.map(() => [] as number[]);
  try {
    for (const [, args, e] of commands) time(args, e); // warm the file cache and the code cache
    for (let i = 0; i < RUNS; i++) commands.forEach(([, args, e], c) => samples[c]!.push(time(args, e)));
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
  // The ratio of medians, and of minimums: on a busy machine every process waits for a CPU, which
  // stretches the short baseline's median most (the median ratio reads low); the minimums are the
  // runs that waited least. Both are shown, so a busy run cannot flatter the figure unseen.
  const floor = median(samples[0]!);
  const floorMin = Math.min(...samples[0]!);
  const rows = commands.map(([name], c) => {
    const m = median(samples[c]!);
    const least = Math.min(...samples[c]!);
    return [name, m.toFixed(1), least.toFixed(1), (m / floor).toFixed(2), (least / floorMin).toFixed(2)];
  });
  const ratio = median(samples[2]!) / floor;
  const ratioMin = Math.min(...samples[2]!) / floorMin;
  const uncached = median(samples[4]!) / floor;
  const uncachedMin = Math.min(...samples[4]!) / floorMin;
  return {
    title: "CLI start-up",
    description: `Wall time of whole processes, ${RUNS} alternating runs each (median and minimum, and the ratio of each to the baseline's), measured with process.hrtime around spawnSync; every process (the \`node -e 0\` baseline included) starts bare: no execArgv, no NODE_OPTIONS or loader, an environment of PATH and HOME only (plus, for the CLI, \`SEVSCALE_CACHE_DIR\`: its code cache in a fresh folder, filled by the warm-up run, as from a user's second run on; the last row has the cache off).`,
    header: ["command", "median (ms)", "min (ms)", "× node -e 0 (medians)", "× node -e 0 (minimums)"],
    rows,
    ratios: [
      `\`sevscale validate examples/scales/us-ciss.json\` takes ${ratio.toFixed(2)}× \`node -e 0\` (medians; ${ratioMin.toFixed(2)}× by minimums; target ≤ ${TARGET}×: ${Math.max(ratio, ratioMin) <= TARGET ? "met" : "missed"}).`,
      `With the code cache off (a first run, a read-only home): ${uncached.toFixed(2)}× (medians), ${uncachedMin.toFixed(2)}× (minimums).`,
    ],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const s = await run();
  for (const r of s.rows) process.stdout.write(`${r.join("  ")}\n`);
  for (const r of s.ratios) process.stdout.write(`${r}\n`);
}
