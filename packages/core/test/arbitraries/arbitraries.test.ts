import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { MappingSchema, RegistryIndexSchema, ScaleSchema } from "../../src/model/index.js";
import { arbMapping, arbMutation, arbRegistryIndex, arbScale, MUTATION_KINDS, type MutationKind } from "./index.js";

const issuesOf = (r: { success: boolean; error?: { issues: unknown[] } }) => (r.success ? [] : r.error?.issues);

describe("document arbitraries produce structurally valid documents", () => {
  test("arbScale", () => {
    fc.assert(
      fc.property(arbScale(), (doc) => {
        expect(issuesOf(ScaleSchema.safeParse(doc))).toEqual([]);
      }),
    );
  });
  test("arbMapping", () => {
    fc.assert(
      fc.property(arbMapping(), (doc) => {
        expect(issuesOf(MappingSchema.safeParse(doc))).toEqual([]);
      }),
    );
  });
  test("arbRegistryIndex", () => {
    fc.assert(
      fc.property(arbRegistryIndex(), (doc) => {
        expect(issuesOf(RegistryIndexSchema.safeParse(doc))).toEqual([]);
      }),
    );
  });
});

describe("arbScale covers the shapes of the model", () => {
  test("every method kind, both dimension types, sentinels and nested conditions occur", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(arbScale(), (doc) => {
        const methods = doc.method.kind === "composite" ? ["composite", ...doc.method.components.map((c) => c.method.kind)] : [doc.method.kind];
        for (const m of methods) seen.add(`method:${m}`);
        for (const d of doc.dimensions) seen.add(`dimension:${d.type}`);
        if ((doc.sentinels ?? []).length > 0) seen.add("sentinels");
        const json = JSON.stringify(doc.method);
        for (const k of ["all", "any", "not", "in", "atLeast", "atMost", "compare", "smallerOf", "largerOf", "percentOf", "always"]) if (json.includes(`"${k}":`)) seen.add(`condition:${k}`);
      }),
      { numRuns: 400 },
    );
    const expected = [
      ...["rules", "score", "matrix", "max", "judgement", "composite"].map((m) => `method:${m}`),
      "dimension:ordinal",
      "dimension:quantity",
      "sentinels",
      ...["all", "any", "not", "in", "atLeast", "atMost", "compare", "always"].map((k) => `condition:${k}`),
    ];
    expect([...seen].filter((s) => expected.includes(s)).sort()).toEqual(expected.sort());
  });
});

describe("arbMutation", () => {
  test("makes every kind of change, and most mutations invalid", () => {
    const kinds = new Map<MutationKind, { total: number; invalid: number }>();
    fc.assert(
      fc.property(
        arbScale().chain((doc) => arbMutation(doc)),
        (m) => {
          const k = kinds.get(m.kind) ?? { total: 0, invalid: 0 };
          k.total++;
          if (!ScaleSchema.safeParse(m.document).success) k.invalid++;
          kinds.set(m.kind, k);
        },
      ),
      { numRuns: 500 },
    );
    expect([...kinds.keys()].sort()).toEqual([...MUTATION_KINDS].sort());
    const total = [...kinds.values()].reduce((s, k) => s + k.total, 0);
    const invalid = [...kinds.values()].reduce((s, k) => s + k.invalid, 0);
    // Not all: dropping an optional key or emptying an optional array keeps a document valid.
    expect(invalid / total).toBeGreaterThan(0.5);
    expect(invalid).toBeLessThan(total);
  });
});
