/**
 * Benchmark: compare() over 200 generated scales (2–8 levels, random monotone mappings onto the
 * built-in reference scale), with and without the pairwise matrices. Target: under 1 s.
 * Run alone with `pnpm tsx --conditions=@sevscale/source scripts/bench/compare.ts`.
 */
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { Bench } from "tinybench";
import { REFERENCE_SCALE, alignmentToCsv, alignmentToMarkdown, compare, type MappedScale } from "@sevscale/core";
import { en } from "@sevscale/core/locales/en";
import { mappedScaleArb } from "../../packages/core/test/arbitraries/mapped-scales.js";
import type { BenchSection } from "./types.js";

const COUNT = 200;
const TARGET_MS = 1000;

/** The same 200 scales on every run: a fixed seed per scale. */
export function generateScales(count = COUNT): MappedScale[] {
  return Array.from({ length: count }, (_, i) => fc.sample(mappedScaleArb(REFERENCE_SCALE, `x-org.example/bench-${i}`), { seed: 20261123 + i, numRuns: 1 })[0]!);
}

/** Runs the benchmark and returns its report section. */
export async function run(): Promise<BenchSection> {
  const entries = generateScales();
  const levels = entries.reduce((n, e) => n + e.scale.levels.length, 0);
  const sample = compare(entries);
  const cells = sample.pairwise.reduce((n, p) => n + p.matrix.reduce((m, row) => m + row.length, 0), 0);
  const bench = new Bench({ time: 0, iterations: 10 });
  let sink = 0;
  bench
    .add(`compare() of ${COUNT} scales with pairwise matrices`, () => {
      sink += compare(entries).pairwise.length;
    })
    .add(`compare() of ${COUNT} scales, rows only`, () => {
      sink += compare(entries, { pairwise: false }).rows.length;
    })
    .add("alignmentToMarkdown() of that alignment (en)", () => {
      sink += alignmentToMarkdown(sample, en).length;
    })
    .add("alignmentToCsv() of that alignment", () => {
      sink += alignmentToCsv(sample).length;
    });
  await bench.run();
  const rows: string[][] = [];
  let first = Number.NaN;
  bench.tasks.forEach((task, i) => {
    const r = task.result;
    if (r.state !== "completed") throw new Error(`${task.name}: ${r.state}`);
    if (i === 0) first = r.latency.mean;
    const verdict = i === 0 ? (r.latency.mean < TARGET_MS ? "within target" : "OVER TARGET") : "";
    rows.push([task.name, r.latency.mean.toFixed(1), r.latency.p99.toFixed(1), verdict]);
  });
  if (sink < 0) rows.push(["(unreachable)"]);
  return {
    title: "Comparison of many scales",
    description: `${COUNT} generated scales, ${levels} levels in all, ${sample.pairwise.length} scale pairs, ${cells} level-pair cells; target for compare() < ${TARGET_MS} ms. Ten iterations per task.`,
    header: ["task", "mean (ms)", "p99 (ms)", "verdict"],
    rows,
    ratios: [`compare() with pairwise matrices: ${first.toFixed(0)} ms for ${COUNT} scales (target < ${TARGET_MS} ms).`],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const s = await run();
  process.stdout.write(`## ${s.title}\n\n${s.description}\n\n${s.rows.map((r) => r.join(" | ")).join("\n")}\n${s.ratios.join("\n")}\n`);
}
