/**
 * Benchmark: the adversarial documents of scripts/adversarial.ts (issue 7), each kind at sizes that
 * double, through the built CLI in a child process: wall time, peak memory (max RSS) and output
 * size. Growth between doublings shows whether a check is linear (×2), n log n (a little over ×2)
 * or worse (×4 and up). Doubling stops at the size the issue reported, or when a run passes 20 s.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ADVERSARIAL_KINDS } from "../adversarial.js";
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
  return {
    title: "Adversarial inputs (issue 7)",
    description:
      "Each kind of hostile document from `scripts/adversarial.ts`, at sizes that double up to the size reported in issue 7, run through the built CLI in a child process (`--format json`). Time is wall-clock including Node start-up; memory is the child's peak RSS; exit 0/1 are answers and findings, never 70.",
    header: ["input", "size", "input KiB", "exit", "time (ms)", "peak RSS (MiB)", "output KiB"],
    rows,
    ratios,
  };
}
