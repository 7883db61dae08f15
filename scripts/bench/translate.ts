/**
 * Benchmark: translation throughput over every level of every ordered pair of four national-like
 * scales (UK, ASD, US CISS, US NCISS), one-shot `translate` and a prepared `createTranslator`.
 * Run alone with `pnpm tsx --conditions=@sevscale/source scripts/bench/translate.ts`.
 */
import { pathToFileURL } from "node:url";
import { Bench } from "tinybench";
import { createTranslator, translate, type MappedScale } from "@sevscale/core";
import { AU, AU_MAPPING, UK, UK_MAPPING, US_CISS, US_CISS_MAPPING, US_NCISS, US_NCISS_MAPPING } from "../../packages/core/test/fixtures/national.js";
import type { BenchSection } from "./types.js";

const SCALES: readonly MappedScale[] = [
  { scale: UK, mapping: UK_MAPPING },
  { scale: AU, mapping: AU_MAPPING },
  { scale: US_CISS, mapping: US_CISS_MAPPING },
  { scale: US_NCISS, mapping: US_NCISS_MAPPING },
];

/** Every (source level, from, to) for ordered pairs of distinct scales. */
function pairs() {
  const out: { code: string; from: MappedScale; to: MappedScale }[] = [];
  for (const from of SCALES) for (const to of SCALES) if (from !== to) for (const l of from.scale.levels) out.push({ code: l.code, from, to });
  return out;
}

/** Runs the benchmark and returns its report section. */
export async function run(): Promise<BenchSection> {
  const all = pairs();
  const prepared = SCALES.flatMap((from) => SCALES.filter((to) => to !== from).map((to) => ({ from, t: createTranslator(from, to) })));
  let sink = 0;
  const bench = new Bench({ time: 1000 });
  bench
    .add(`translate() over all ${all.length} level × scale pairs`, () => {
      for (const p of all) sink += translate(p.code, p.from, p.to).candidates.length;
    })
    .add(`createTranslator() once per scale pair, then ${all.length} translations`, () => {
      for (const { from, t } of prepared) for (const l of from.scale.levels) sink += t(l.code).candidates.length;
    });
  await bench.run();
  const rows: string[][] = [];
  const perSecond: Record<string, number> = {};
  for (const task of bench.tasks) {
    const r = task.result;
    if (r.state !== "completed") throw new Error(`${task.name}: ${r.state}`);
    // period = total time / runs, so the three columns agree with each other.
    const perSec = 1000 / r.period;
    perSecond[task.name] = perSec;
    rows.push([task.name, perSec.toFixed(0), (perSec * all.length).toFixed(0), r.period.toFixed(3), `±${r.latency.rme.toFixed(1)} %`]);
  }
  if (sink < 0) rows.push(["(unreachable)"]);
  const [oneShot, preparedRate] = bench.tasks.map((t) => perSecond[t.name]!);
  return {
    title: "Translation throughput",
    description: `Four national-like scales (6–7 levels each), ${prepared.length} ordered scale pairs, ${all.length} translations per iteration.`,
    header: ["task", "iterations / s", "translations / s", "mean per iteration (ms)", "rme"],
    rows,
    ratios: [`a prepared translator is ${(preparedRate! / oneShot!).toFixed(1)}× one-shot \`translate()\`.`],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const s = await run();
  process.stdout.write(`## ${s.title}\n\n${s.description}\n\n${s.rows.map((r) => r.join(" | ")).join("\n")}\n${s.ratios.join("\n")}\n`);
}
