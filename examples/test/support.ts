/**
 * Test support for the encoded examples: reads the example documents and the shared research data
 * (shared/data/public-schemas.json) the examples were encoded from.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { MappingSchema, ScaleSchema } from "@sevscale/core";
import type { Mapping, Scale } from "@sevscale/core";

/** Root of the repository (this file is examples/test/support.ts). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Folder of the encoded scales. */
export const SCALES_DIR = join(REPO_ROOT, "examples/scales");

/** Folder of the example mappings. */
export const MAPPINGS_DIR = join(REPO_ROOT, "examples/mappings");

/** The JSON files of a folder, sorted, as absolute paths. */
export function jsonFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => join(dir, f));
}

/** Parses a JSON file without interpreting it. */
export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, "utf8")) as unknown;
}

/** Reads an example scale by file name (without `.json`) and parses it with the structural schema. */
export function loadScale(name: string): Scale {
  return ScaleSchema.parse(readJson(join(SCALES_DIR, `${name}.json`)));
}

/** Reads an example mapping by file name (without `.json`) and parses it with the structural schema. */
export function loadMapping(name: string): Mapping {
  return MappingSchema.parse(readJson(join(MAPPINGS_DIR, `${name}.json`)));
}

/** The parts of shared/data/public-schemas.json the tests compare with. */
export interface PublicSchemas {
  schemas: PublicSchema[];
}

/** One schema of the research data. */
export interface PublicSchema {
  id: string;
  direction: "ascending" | "descending";
  levels: {
    code: string;
    label: { en: string };
    definition: string;
    color?: { name: string; hex?: string };
    severityRank: number;
  }[];
  significanceThreshold?: { minCode: string };
  method: {
    categories?: {
      name: string;
      weight: number;
      options: { label: string; value: number }[];
    }[];
    sumOfWeights?: number;
    formula?: { cite: string };
    rowDimension?: { orderedMostToLeastSevere: string[] };
    columnDimension?: { orderedLeastToMostCritical: { group: string; members: string[] }[] };
    cells?: { row: string; column: string; category: string }[];
    cellGrid?: string[][];
  };
  proposedReferenceMapping: { map: Record<string, { min: string; max: string }> };
}

/**
 * The research data the examples were encoded from, kept in the repository
 * (examples/sources/public-schemas.json) so the tests run on any fresh clone.
 */
export function sharedDataPath(): string {
  return join(REPO_ROOT, "examples/sources/public-schemas.json");
}

/** One schema of the research data by its id ("us-ciss-2016", "us-cisa-nciss", "uk-ncsc-2018", "au-asd-matrix"). */
export function sharedSchema(id: string): PublicSchema {
  const data = readJson(sharedDataPath()) as PublicSchemas;
  const schema = data.schemas.find((s) => s.id === id);
  if (!schema) throw new Error(`no schema ${id} in the shared data`);
  return schema;
}

/** Index of a level code in a scale (its rank), -1 when absent. */
export function rankOf(scale: Scale, code: string): number {
  return scale.levels.findIndex((l) => l.code === code);
}
