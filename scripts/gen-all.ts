/**
 * Runs every generator. Without flags it writes the generated files; with `--check` it writes
 * nothing and exits 1 when any committed file differs from what its generator produces (the
 * staleness gate that runs in the test command).
 */
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { apiReportGenerator } from "./gen/api-report.js";
import { cliReferenceGenerator } from "./gen/cli-reference.js";
import { errorCodesGenerator } from "./gen/error-codes.js";
import { invalidCorpusGenerator } from "./gen/invalid-corpus.js";
import { jsonSchemaGenerator } from "./gen/json-schema.js";
import { referenceScaleDocGenerator } from "./gen/reference-scale-doc.js";
import { structureTableGenerator } from "./gen/structure-table.js";
import { tsTypesGenerator } from "./gen/ts-types.js";
import { isCurrent, wantedBytes } from "./gen/stale.js";
import type { Generator } from "./gen/types.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Registered generators, in the order they run. */
const generators: Generator[] = [
  invalidCorpusGenerator,
  errorCodesGenerator,
  jsonSchemaGenerator,
  tsTypesGenerator,
  structureTableGenerator,
  referenceScaleDocGenerator,
  apiReportGenerator,
  cliReferenceGenerator,
];

const check = process.argv.includes("--check");
const stale: string[] = [];
let written = 0;
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

for (const gen of generators) {
  let produced: Awaited<ReturnType<Generator["generate"]>>;
  try {
    produced = await gen.generate();
  } catch (error) {
    // A generator refuses to write from sources it cannot describe (e.g. an export without TSDoc).
    console.error(`${gen.name}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  for (const file of produced) {
    const abs = join(root, file.path);
    const wanted = wantedBytes(file);
    if (isCurrent(root, file)) continue;
    if (check) {
      stale.push(`${file.path} (${gen.name})`);
    } else {
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(`${abs}.tmp`, wanted);
      renameSync(`${abs}.tmp`, abs);
      written++;
    }
  }
  const paths = new Set(produced.map((f) => f.path));
  for (const dir of gen.owns ?? []) {
    for (const abs of filesUnder(join(root, dir))) {
      const rel = relative(root, abs).split("\\").join("/");
      if (paths.has(rel)) continue;
      if (check) stale.push(`${rel} (${gen.name}: not generated any more)`);
      else {
        unlinkSync(abs);
        written++;
      }
    }
  }
}
if (check) {
  if (stale.length > 0) {
    console.error(`Generated files are stale; run 'pnpm gen' and commit:\n  ${stale.join("\n  ")}`);
    process.exit(1);
  }
  console.log(`generated files: current (${generators.length} generators)`);
} else {
  console.log(`generated files: ${written} written`);
}
