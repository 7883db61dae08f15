/**
 * Benchmark: the adversarial documents of scripts/adversarial.ts (issue 7), each kind at sizes that
 * double, through the built CLI in a child process: wall time, peak memory (max RSS) and output
 * size. Growth between doublings shows whether a check is linear (×2), n log n (a little over ×2)
 * or worse (×4 and up). Doubling stops at the size the issue reported, or when a run passes 20 s.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ADVERSARIAL_KINDS, registrySources } from "../adversarial.js";
import type { BenchSection } from "./types.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const bin = join(root, "packages", "cli", "bin", "sevscale.js");
const STOP_AFTER_MS = 20_000;

/** Runs the CLI once in a child process; its max RSS is printed by the wrapper at exit. */
function measure(files: Readonly<Record<string, string>>, argv: readonly string[]): { ms: number; rssMiB: number; code: number | null; outBytes: number } {
  const dir = mkdtempSync(join(tmpdir(), "sevscale-adversarial-"));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const wrapper = `process.on("exit", () => process.stderr.write("\\nMAXRSS " + process.resourceUsage().maxRSS + "\\n")); await import(${JSON.stringify(bin)});`;
    const start = performance.now();
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", wrapper, "--", "sevscale", ...argv], { cwd: dir, encoding: "utf8", maxBuffer: 1 << 30, timeout: 600_000 });
    const ms = performance.now() - start;
    const rss = /MAXRSS (\d+)/.exec(r.stderr ?? "");
    return { ms, rssMiB: rss ? Number(rss[1]) / 1024 : Number.NaN, code: r.status, outBytes: (r.stdout ?? "").length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs a Node script in a child process in `cwd`, printing its max RSS at exit. */
function measureNode(cwd: string, script: string, args: readonly string[], nodeFlags: readonly string[] = []): { ms: number; rssMiB: number; code: number | null; outBytes: number } {
  const wrapper = `process.on("exit", () => process.stderr.write("\\nMAXRSS " + process.resourceUsage().maxRSS + "\\n")); ${script}`;
  const start = performance.now();
  const r = spawnSync(process.execPath, [...nodeFlags, "--input-type=module", "-e", wrapper, "--", ...args], { cwd, encoding: "utf8", maxBuffer: 1 << 30, timeout: 600_000 });
  const ms = performance.now() - start;
  const rss = /MAXRSS (\d+)/.exec(r.stderr ?? "");
  return { ms, rssMiB: rss ? Number(rss[1]) / 1024 : Number.NaN, code: r.status, outBytes: (r.stdout ?? "").length };
}

const REGISTRY_SIZES = [50, 100, 200, 400, 800] as const;

/**
 * A registry of n distinct scales (about 50 KB each) and n mappings, built once per size, then
 * checked in a child process by `sevscale registry check` (streaming) and by `loadRegistry()`
 * (which keeps every document that passed): peak RSS of each as n doubles.
 * Exported to be run alone.
 */
export function registryRows(rows: string[][], ratios: string[]): void {
  const nodeDist = join(root, "packages", "node", "dist", "index.js");
  const loadScript = `const { loadRegistry } = await import(${JSON.stringify(nodeDist)}); const r = await loadRegistry(process.argv.at(-1)); process.stdout.write(JSON.stringify({ ok: r.ok, documents: r.documents.length }));`;
  const check: number[] = [];
  const load: number[] = [];
  for (const n of REGISTRY_SIZES) {
    const dir = mkdtempSync(join(tmpdir(), "sevscale-adversarial-registry-"));
    try {
      let inputBytes = 0;
      mkdirSync(join(dir, "src"));
      for (const [name, text] of Object.entries(registrySources(n))) {
        writeFileSync(join(dir, "src", name), text);
        inputBytes += Buffer.byteLength(text);
      }
      const built = spawnSync(process.execPath, [bin, "registry", "build", "src", "--out", "reg"], { cwd: dir, encoding: "utf8", maxBuffer: 1 << 30 });
      if (built.status !== 0) throw new Error(`registry build of ${n} scales failed: ${built.stdout}${built.stderr}`);
      const c = measureNode(dir, `await import(${JSON.stringify(bin)});`, ["sevscale", "registry", "check", "reg", "--format", "json"]);
      const l = measureNode(dir, loadScript, ["reg"]);
      process.stdout.write(`  registry n=${n}: check ${fmt(c.rssMiB)} MiB (exit ${c.code}), loadRegistry ${fmt(l.rssMiB)} MiB\n`);
      rows.push(["registry check (streams)", `${fmt(2 * n)} documents`, fmt(inputBytes / 1024), `${c.code}`, fmt(c.ms), fmt(c.rssMiB), fmt(c.outBytes / 1024)]);
      rows.push(["loadRegistry() (keeps the documents)", `${fmt(2 * n)} documents`, fmt(inputBytes / 1024), `${l.code}`, fmt(l.ms), fmt(l.rssMiB), fmt(l.outBytes / 1024)]);
      check.push(c.rssMiB);
      load.push(l.rssMiB);
      if (n === REGISTRY_SIZES.at(-1)) {
        // A heap far smaller than the registry: the streaming check fits in it, keeping every document does not.
        const cap = ["--max-old-space-size=32"];
        const cc = measureNode(dir, `await import(${JSON.stringify(bin)});`, ["sevscale", "registry", "check", "reg", "--format", "json"], cap);
        const lc = measureNode(dir, loadScript, ["reg"], cap);
        const said = (code: number | null) => (code === 0 ? "exit 0" : code === null ? "aborts (out of memory)" : `fails (exit ${code})`);
        ratios.push(`with a 32 MiB heap (\`--max-old-space-size=32\`) over ${fmt(2 * n)} documents (${fmt(inputBytes / 2 ** 20, 1)} MiB): registry check ${said(cc.code)}; loadRegistry() ${said(lc.code)}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const growth = (xs: number[]) => xs.slice(1).map((x, i) => `×${(x / xs[i]!).toFixed(2)}`).join(", ");
  ratios.push(`registry check: peak RSS per doubling of the documents ${growth(check)} (V8 grows its heap lazily, so RSS creeps; the 32 MiB line shows what the check needs); loadRegistry(), which returns every document, ${growth(load)}`);
}

const fmt = (n: number, digits = 0) => n.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits });

export async function run(): Promise<BenchSection> {
  const rows: string[][] = [];
  const ratios: string[] = [];
  for (const kind of ADVERSARIAL_KINDS) {
    let previous: number | undefined;
    const growth: string[] = [];
    for (let n = kind.start; ; n *= 2) {
      const size = Math.min(n, kind.reported);
      const c = kind.build(size);
      const inputBytes = Object.values(c.files).reduce((s, t) => s + Buffer.byteLength(t), 0);
      const m = measure(c.files, c.argv);
      process.stdout.write(`  ${kind.name} n=${size}: ${fmt(m.ms)} ms, ${fmt(m.rssMiB)} MiB, exit ${m.code}\n`);
      rows.push([kind.name, `${fmt(size)} ${kind.unit}`, fmt(inputBytes / 1024), `${m.code}`, fmt(m.ms), fmt(m.rssMiB), fmt(m.outBytes / 1024)]);
      if (previous !== undefined) growth.push(`×${(m.ms / previous).toFixed(1)}`);
      previous = m.ms;
      if (size >= kind.reported || m.ms > STOP_AFTER_MS) break;
    }
    ratios.push(`${kind.name}: time per doubling ${growth.join(", ")} (×2 is linear; the first steps include Node's start-up of about 100 ms)`);
  }
  registryRows(rows, ratios);
  return {
    title: "Adversarial inputs (issue 7)",
    description:
      "Each kind of hostile document from `scripts/adversarial.ts`, at sizes that double up to the size reported in issue 7, run through the built CLI in a child process (`--format json`); then a registry of n distinct scales of about 50 KB and their mappings, checked by `sevscale registry check` (streaming) and by `loadRegistry()` (which returns every document), n doubling. Time is wall-clock including Node start-up; memory is the child's peak RSS; exit 0/1 are answers and findings, never 70.",
    header: ["input", "size", "input KiB", "exit", "time (ms)", "peak RSS (MiB)", "output KiB"],
    rows,
    ratios,
  };
}
