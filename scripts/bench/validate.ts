/**
 * Benchmark: full validation (structure + meaning) of examples/scales/us-nciss.json with
 * validateDocument, against ajv on the generated JSON Schema (structure only), the structure stage
 * alone (the generated structure table, compiled to a yes/no check) and zod's schema alone; and
 * the safe parser against JSON.parse, on that file and on a document of about 4 MB built from it
 * here (not committed).
 * Issue targets: validation ≥ 1.5× ajv; safeParseJsonDocument ≤ 3× JSON.parse (reported as measured).
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ScaleSchema, safeParseJsonDocument, structureIssues, utf8ByteLength, validateDocument, validateText } from "@sevscale/core";
import { Bench } from "tinybench";
import { createValidators } from "../../test/ajv.js";
import type { TableSection } from "./types.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const BIG_BYTES = 4_000_000;

/**
 * A valid scale of about `bytes` UTF-8 bytes, pretty-printed: the scale with copies of itself
 * under an extension (extensions are open, so the document stays valid; the parser sees every
 * kind of token and the usual indentation).
 */
function bigDocument(scale: Record<string, unknown>, bytes: number): string {
  const make = (copies: number) => JSON.stringify({ ...scale, "x-extensions": { "bench.copies": Array.from({ length: copies }, () => scale) } }, null, 2);
  const perCopy = (utf8ByteLength(make(11)) - utf8ByteLength(make(1))) / 10;
  return make(Math.floor((bytes - utf8ByteLength(make(0))) / perCopy));
}

export async function run(): Promise<TableSection> {
  const text = readFileSync(join(root, "examples/scales/us-nciss.json"), "utf8");
  const doc = JSON.parse(text) as Record<string, unknown>;
  const big = bigDocument(doc, BIG_BYTES);
  // The ajv set-up docs/json-schema.md recommends (allErrors, formats), as the parity tests use it.
  const ajvValidate = createValidators().scale;
  if (!ajvValidate(doc) || !validateDocument(doc).valid) throw new Error("us-nciss.json should be valid");
  if (!safeParseJsonDocument(big).ok || !validateText(big).valid) throw new Error("the large document should be valid");

  const bench = new Bench({ time: 1500, warmup: true });
  bench
    .add("ajv (generated JSON Schema, structure only)", () => ajvValidate(doc))
    .add("zod schema alone (ScaleSchema.safeParse)", () => ScaleSchema.safeParse(doc))
    .add("structure stage (structureIssues: the table compiled to a yes/no check)", () => structureIssues("scale", doc))
    .add("validateDocument (structure + meaning)", () => validateDocument(doc))
    .add("validateText (safe parse + structure + meaning, from text)", () => validateText(text))
    .add("JSON.parse (us-nciss.json)", () => JSON.parse(text))
    .add("safeParseJsonDocument (us-nciss.json)", () => safeParseJsonDocument(text))
    .add("JSON.parse (≈ 4 MB)", () => JSON.parse(big))
    .add("safeParseJsonDocument (≈ 4 MB)", () => safeParseJsonDocument(big));
  await bench.run();
  const mean = (name: string): number => {
    const result = bench.tasks.find((t) => t.name === name)?.result;
    return result?.state === "completed" ? (result as { latency: { mean: number } }).latency.mean : Number.NaN;
  };
  const rows = bench.tasks.map((t) => {
    const ms = mean(t.name);
    return [t.name, ms >= 1 ? `${(ms * 1000).toFixed(0)}` : (ms * 1000).toFixed(1), ms >= 1 ? (1000 / ms).toFixed(1) : Math.round(1000 / ms).toLocaleString("en")];
  });
  const ajv = mean("ajv (generated JSON Schema, structure only)");
  const ratio = ajv / mean("validateDocument (structure + meaning)");
  const parseSmall = mean("safeParseJsonDocument (us-nciss.json)") / mean("JSON.parse (us-nciss.json)");
  const parseBig = mean("safeParseJsonDocument (≈ 4 MB)") / mean("JSON.parse (≈ 4 MB)");
  return {
    title: "Validation of examples/scales/us-nciss.json",
    description: `Document of ${text.length.toLocaleString("en")} characters (8 dimensions, 56 options, a score method); the large document is that scale with copies of itself under an extension, ${utf8ByteLength(big).toLocaleString("en")} bytes, built by the benchmark. Mean time per call, tinybench.`,
    header: ["task", "mean (µs)", "per second"],
    rows,
    ratios: [
      `validateDocument runs at ${ratio.toFixed(2)}× ajv's speed (ajv time ÷ ours; the issue's target is ≥ 1.5×: ${ratio >= 1.5 ? "met" : "missed"}). ajv checks structure only; ours also runs the meaning rules and builds coded issues.`,
      `The structure stage (the structure table generated from the model: a yes/no check compiled from it, then the walk that reports issues when it says no; no zod) runs at ${(ajv / mean("structure stage (structureIssues: the table compiled to a yes/no check)")).toFixed(2)}× ajv's speed; zod's schema alone at ${(ajv / mean("zod schema alone (ScaleSchema.safeParse)")).toFixed(2)}×.`,
      `safeParseJsonDocument takes ${parseSmall.toFixed(2)}× JSON.parse's time on us-nciss.json and ${parseBig.toFixed(2)}× on the large document (target ≤ 3×: ${parseSmall <= 3 && parseBig <= 3 ? "met" : "missed"}), with every check of the safe parser (size, UTF-8, depth, duplicate and forbidden keys).`,
    ],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const s = await run();
  for (const r of s.rows) process.stdout.write(`${r.join("  ")}\n`);
  for (const r of s.ratios) process.stdout.write(`${r}\n`);
}
