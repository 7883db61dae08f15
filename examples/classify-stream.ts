/**
 * Classifies a stream of incidents on Australia's ASD matrix and translates each category into
 * the UK NCSC 2018 categories and the US CISS levels, through the common reference scale.
 *
 *   pnpm exec tsx --conditions=@sevscale/source examples/classify-stream.ts [incidents.ndjson]
 *
 * Input: NDJSON, one `{"id": "...", "facts": {...}}` per line (default: examples/incidents/stream.ndjson).
 * Output: one line per incident — the ASD category and status, the trace, then each target
 * scale's candidates with their relation and confidence.
 */
import { createReadStream, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { ClassifyResult, Mapping, Scale, TranslateResult } from "@sevscale/core";
import { en } from "@sevscale/core/locales/en";
import { MappingSchema, ScaleSchema, compileClassifier, createTranslator, renderTrace } from "@sevscale/core";

const here = dirname(fileURLToPath(import.meta.url));

/** The incidents file read when none is given. */
export const DEFAULT_INPUT = join(here, "incidents", "stream.ndjson");

function readScale(name: string): Scale {
  return ScaleSchema.parse(JSON.parse(readFileSync(join(here, "scales", `${name}.json`), "utf8")));
}

function readMapping(name: string): Mapping {
  return MappingSchema.parse(JSON.parse(readFileSync(join(here, "mappings", `${name}-to-crs.json`), "utf8")));
}

/** "Category 5 overlapping 0.26, Category 6 overlapping 0.28", or why there is none. */
function candidates(t: TranslateResult): string {
  if (t.candidates.length === 0) return `none (${t.issues.map((i) => i.code).join(", ") || "no band"})`;
  return t.candidates.map((c) => `${c.code} ${c.relation} ${c.confidence}`).join(", ");
}

/** One output line for a classified incident. */
function line(id: string, r: ClassifyResult, targets: readonly { id: string; translate: (code: string) => TranslateResult }[]): string {
  const level = r.level?.code ?? "-";
  const trace = renderTrace(r.trace, en).join(" ");
  const parts = [`${id} au/asd ${level} (${r.status})`, trace];
  if (r.issues.length > 0) parts.push(`issues: ${r.issues.map((i) => (i.pointer === "" ? i.code : `${i.code} ${i.pointer}`)).join(", ")}`);
  if (r.level === null) parts.push("no translation");
  else for (const t of targets) parts.push(`${t.id}: ${candidates(t.translate(r.level.code))}`);
  return parts.join(" | ");
}

/**
 * Reads the incidents, classifies each with the compiled ASD classifier and translates the
 * category into UK and US levels; writes one line per incident to `write`. Returns the count.
 */
export async function main(input: string = DEFAULT_INPUT, write: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): Promise<number> {
  const asd = { scale: readScale("au-asd"), mapping: readMapping("au-asd") };
  const classifier = compileClassifier(asd.scale);
  const targets = [
    { id: "gb/ncsc-2018", translate: createTranslator(asd, { scale: readScale("gb-ncsc-2018"), mapping: readMapping("gb-ncsc-2018") }) },
    { id: "us/ciss", translate: createTranslator(asd, { scale: readScale("us-ciss"), mapping: readMapping("us-ciss") }) },
  ];
  let count = 0;
  let lineNo = 0;
  for await (const text of createInterface({ input: createReadStream(input, "utf8"), crlfDelay: Infinity })) {
    lineNo++;
    if (text.trim() === "") continue;
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch {
      write(`line ${lineNo}: not JSON, skipped`);
      continue;
    }
    const { id, facts } = (typeof record === "object" && record !== null ? record : {}) as { id?: unknown; facts?: unknown };
    write(line(typeof id === "string" ? id : `line ${lineNo}`, classifier.classify(facts), targets));
    count++;
  }
  return count;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv[2]).catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  });
}
