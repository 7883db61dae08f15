/**
 * Staleness of the generated schema artefacts as a test: each generator runs in memory and its
 * output must equal the committed file byte for byte (the same comparison as `pnpm gen:check`),
 * so a model change without `pnpm gen` also fails `vitest`.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { jsonSchemaGenerator } from "./json-schema.js";
import { structureTableGenerator } from "./structure-table.js";
import { tsTypesGenerator } from "./ts-types.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

describe.each([jsonSchemaGenerator, tsTypesGenerator, structureTableGenerator])("generator $name", (generator) => {
  test("the committed files are current (run `pnpm gen` if not)", async () => {
    const files = await generator.generate();
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const abs = join(root, file.path);
      expect(existsSync(abs), `${file.path} is missing`).toBe(true);
      expect(readFileSync(abs, "utf8"), `${file.path} is stale`).toBe(file.content);
    }
  });

  test("is deterministic", async () => {
    const [a, b] = [await generator.generate(), await generator.generate()];
    expect(b).toEqual(a);
  });
});
