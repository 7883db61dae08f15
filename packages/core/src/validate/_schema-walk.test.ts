import fc from "fast-check";
import type { z } from "zod";
import { describe, expect, it } from "vitest";
import { arbAssessment, arbMapping, arbMutation, arbRegistryIndex, arbScale } from "../../test/arbitraries/index.js";
import { LangMapSchema } from "../model/common.js";
import type { DocumentKind } from "../model/kinds.js";
import { DOCUMENT_KINDS, DOCUMENT_SCHEMAS } from "../model/kinds.js";
import { MappingSchema } from "../model/mapping.js";
import { ScaleSchema } from "../model/scale.js";
import { LANG_MAP_NODE, STRUCTURE_NODES, STRUCTURE_ROOTS } from "../generated/structure-table.js";
import type { Path } from "./_issue.js";
import { findAll, walkWithSchema } from "./_schema-walk.js";
import { findNodes } from "./_table-walk.js";

/** The values walkWithSchema visits with `target` (without descending into them), in order. */
function walked(schema: typeof ScaleSchema | typeof MappingSchema, value: unknown): { value: unknown; path: Path }[] {
  const out: { value: unknown; path: Path }[] = [];
  walkWithSchema(schema, value, (s, v, path) => {
    if (s !== LangMapSchema) return true;
    out.push({ value: v, path });
    return false;
  });
  return out;
}

function found(schema: z.core.$ZodType, value: unknown): { value: unknown; path: Path }[] {
  const out: { value: unknown; path: Path }[] = [];
  findAll(schema, LangMapSchema, value, (v, path) => out.push({ value: v, path: [...path] }));
  return out;
}

describe("findAll", () => {
  it("finds the same values at the same paths, in the same order, as walkWithSchema", () => {
    fc.assert(
      fc.property(arbScale(), (scale) => {
        const expected = walked(ScaleSchema, scale);
        expect(expected.length).toBeGreaterThan(0);
        expect(found(ScaleSchema, scale)).toEqual(expected);
      }),
      { numRuns: 100 },
    );
    fc.assert(
      fc.property(arbMapping(), (mapping) => {
        expect(found(MappingSchema, mapping)).toEqual(walked(MappingSchema, mapping));
      }),
      { numRuns: 100 },
    );
  });

  it("skips values of other types and missing members, as walkWithSchema does", () => {
    const odd = { kind: "scale", title: "not a map", levels: [null, { label: { en: "x" } }], method: { kind: "nope" }, dimensions: [{ type: "ordinal", label: undefined, options: [{ label: { en: "o" } }] }] };
    expect(found(ScaleSchema, odd)).toEqual(walked(ScaleSchema, odd));
    expect(found(ScaleSchema, odd).map((f) => f.path)).toEqual([["title"], ["levels", 1, "label"], ["dimensions", 0, "options", 0, "label"]]);
  });
});

describe("findNodes over the structure table (the walk of text-languages)", () => {
  const ARBITRARIES: Record<DocumentKind, () => fc.Arbitrary<unknown>> = { scale: arbScale, mapping: arbMapping, registry: arbRegistryIndex, assessment: arbAssessment };
  const table = (kind: DocumentKind, value: unknown): { value: unknown; path: Path }[] => {
    const out: { value: unknown; path: Path }[] = [];
    findNodes(STRUCTURE_NODES, STRUCTURE_ROOTS[kind], LANG_MAP_NODE, value, (v, path) => out.push({ value: v, path: [...path] }));
    return out;
  };

  it.each(DOCUMENT_KINDS)("%s: visits what findAll visits, in the same order, on valid and mutated documents", (kind) => {
    const docs = ARBITRARIES[kind]().chain((doc) => fc.oneof(fc.constant(doc), arbMutation(doc).map((m) => m.document)));
    fc.assert(
      fc.property(docs, (doc) => {
        expect(table(kind, doc)).toEqual(found(DOCUMENT_SCHEMAS[kind], doc));
      }),
    );
  });
});
