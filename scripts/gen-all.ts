/**
 * Runs every generator. Without flags it writes the generated files; with `--check` it writes
 * nothing and exits 1 when any committed file differs from what its generator produces (the
 * staleness gate that runs in the test command).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { jsonSchemaGenerator } from "./gen/json-schema.js";
import { tsTypesGenerator } from "./gen/ts-types.js";
import type { Generator } from "./gen/types.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Registered generators, in the order they run. */
const generators: Generator[] = [jsonSchemaGenerator, tsTypesGenerator];

const check = process.argv.includes("--check");
const stale: string[] = [];
let written = 0;
for (const gen of generators) {
  for (const file of await gen.generate()) {
    const abs = join(root, file.path);
    const current = existsSync(abs) ? readFileSync(abs, "utf8") : null;
    if (current === file.content) continue;
    if (check) {
      stale.push(`${file.path} (${gen.name})`);
    } else {
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(`${abs}.tmp`, file.content);
      renameSync(`${abs}.tmp`, abs);
      written++;
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
