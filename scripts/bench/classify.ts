/**
 * Classification speed: the interpreter, the compiled classifier and the batch path on the same
 * JSON-parsed incidents, for the reference scale, hand-built score and grouped-matrix scales, and
 * the national examples (examples/scales/us-nciss.json, au-asd.json, gb-ncsc-2018.json).
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { BatchColumn, Scale } from "@sevscale/core";
import { REFERENCE_SCALE, ScaleSchema, classify, classifyBatch, compileClassifier } from "@sevscale/core";
import { Bench } from "tinybench";
import { MATRIX_GROUPED, SCORE_CUTS } from "../../packages/core/test/classify-fixtures.js";
import type { BenchSection } from "./types.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const INCIDENTS = 10_000;

/** A small deterministic PRNG (mulberry32), so every run measures the same incidents. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Incidents with one option (or a quantity) per dimension, as JSON text parsed back. */
function incidents(scale: Scale, count: number): Record<string, unknown>[] {
  const rnd = prng(20261123);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const f: Record<string, unknown> = {};
    for (const d of scale.dimensions) {
      if (d.type === "ordinal") f[d.code] = d.options[Math.floor(rnd() * d.options.length)]!.code;
      else f[d.code] = Math.floor(rnd() * 1_000_000) / 100;
    }
    out.push(JSON.stringify(f));
  }
  return out.map((s) => JSON.parse(s) as Record<string, unknown>);
}

/** Columns for the batch path, built from the parsed incidents. */
function columns(scale: Scale, facts: readonly Record<string, unknown>[]): Record<string, BatchColumn> {
  const cols: Record<string, BatchColumn> = {};
  for (const d of scale.dimensions) {
    if (d.type === "quantity") {
      cols[d.code] = Float64Array.from(facts, (f) => (typeof f[d.code] === "number" ? (f[d.code] as number) : Number.NaN));
    } else if (d.type === "boolean") {
      cols[d.code] = Int32Array.from(facts, (f) => (f[d.code] === true ? 1 : f[d.code] === false ? 0 : -1));
    } else {
      const index = new Map(d.options.map((o, i) => [o.code, i]));
      cols[d.code] = Int32Array.from(facts, (f) => index.get(f[d.code] as string) ?? -1);
    }
  }
  return cols;
}

/** An encoded example scale; a missing or invalid file stops the benchmark (the figures must cover it). */
function loadExample(file: string): Scale {
  return ScaleSchema.parse(JSON.parse(readFileSync(join(root, "examples", "scales", file), "utf8")));
}

const ns = (ms: number) => `${(ms * 1e6).toFixed(0)}`;

/** Runs the classification benchmark. */
export async function run(): Promise<BenchSection> {
  const scales: [string, Scale][] = [
    ["reference CRS (composite: matrix + max)", REFERENCE_SCALE],
    ["US NCISS (score, 8 dimensions)", loadExample("us-nciss.json")],
    ["AU ASD (matrix with grouped columns)", loadExample("au-asd.json")],
    ["UK NCSC 2018 (12 rules, most-severe)", loadExample("gb-ncsc-2018.json")],
    ["fixture: score, min–max, 3 dimensions", SCORE_CUTS],
    ["fixture: matrix with grouped axis", MATRIX_GROUPED],
  ];
  const rows: string[][] = [];
  const ratios: string[] = [];
  for (const [name, scale] of scales) {
    const facts = incidents(scale, INCIDENTS);
    const compiled = compileClassifier(scale);
    const cols = columns(scale, facts);
    let sink = 0;
    const bench = new Bench({ time: 1500, warmupTime: 300 });
    bench
      .add("interpreter", () => {
        for (const f of facts) sink += classify(scale, f).level?.rank ?? 0;
      })
      .add("compiled", () => {
        for (const f of facts) sink += compiled.classify(f).level?.rank ?? 0;
      })
      .add("batch (columns ready)", () => {
        sink += classifyBatch(compiled, cols, INCIDENTS)[0]!;
      })
      .add("batch (incl. building columns)", () => {
        sink += classifyBatch(compiled, columns(scale, facts), INCIDENTS)[0]!;
      });
    await bench.run();
    const per: Record<string, number> = {};
    for (const task of bench.tasks) {
      const r = task.result;
      if (r.state !== "completed") throw new Error(`${name} / ${task.name}: ${r.state}`);
      const perIncident = r.period / INCIDENTS;
      per[task.name] = perIncident;
      rows.push([name, task.name, ns(perIncident), `${(1 / (perIncident / 1000) / 1e6).toFixed(2)}`, `±${r.latency.rme.toFixed(1)} %`]);
    }
    const i = per["interpreter"]!;
    ratios.push(
      `${name}: compiled ${(i / per["compiled"]!).toFixed(1)}× the interpreter; batch ${(i / per["batch (columns ready)"]!).toFixed(0)}× (${(i / per["batch (incl. building columns)"]!).toFixed(0)}× including building the columns).`,
    );
    if (sink === 42.5) throw new Error("unreachable"); // keeps `sink` alive
  }
  return {
    title: "Classification",
    description: `${INCIDENTS.toLocaleString("en")} incidents per scale, generated once with a fixed seed, serialised to JSON and parsed back. Interpreter: \`classify(scale, facts)\`; compiled: \`compileClassifier(scale).classify(facts)\` (same result and trace; a rules method over a few single-choice ordinal dimensions replays a frozen explanation built once per combination of the facts it reads); batch: \`classifyBatch\` over typed columns of option indices (no trace). Times are per incident. Targets (issue "Engine"): compiled ≥ 5× and batch ≥ 30× the interpreter, for every scale (issue 9 adds the UK rules scale to the compiled target).`,
    header: ["scale", "path", "ns / incident", "M incidents / s", "rme"],
    rows,
    ratios,
  };
}
