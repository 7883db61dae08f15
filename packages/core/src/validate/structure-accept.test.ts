/**
 * The fast structural check (acceptsStructure over the generated structure table) against zod, the judge:
 * it may say yes only when zod accepts and the value is not too deep; on the documents
 * validation meets (valid ones, near-miss mutations, random JSON) it says exactly what zod says.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbAssessment, arbMapping, arbMutation, arbRegistryIndex, arbScale } from "../../test/arbitraries/index.js";
import { BASE_MAPPING, BASE_REGISTRY, BASE_SCALE } from "../../test/fixtures/base-documents.js";
import { REFERENCE_SCALE } from "../reference/crs.js";
import { STRUCTURE_NODES, STRUCTURE_ROOTS } from "../generated/structure-table.js";
import type { DocumentKind } from "../model/kinds.js";
import { DOCUMENT_KINDS, DOCUMENT_SCHEMAS } from "../model/kinds.js";
import { acceptsStructure, unpackTable } from "./_structure-report.js";
import { MAX_NESTING_DEPTH, findExcessiveNesting } from "./structure.js";

const ARBITRARIES: Record<DocumentKind, () => fc.Arbitrary<unknown>> = { scale: arbScale, mapping: arbMapping, registry: arbRegistryIndex, assessment: arbAssessment };

/** What zod and the nesting check say together: the verdict the fast path must never exceed. */
function judged(kind: DocumentKind, value: unknown): boolean {
  return DOCUMENT_SCHEMAS[kind].safeParse(value).success && findExcessiveNesting(value) === undefined;
}
const fast = (kind: DocumentKind, value: unknown): boolean => acceptsStructure(unpackTable(STRUCTURE_NODES), STRUCTURE_ROOTS[kind], value, MAX_NESTING_DEPTH);

describe.each(DOCUMENT_KINDS)("the fast structural check of %s documents", (kind) => {
  it("accepts every valid document, and zod's output equals the input (so the input can stand in)", () => {
    fc.assert(
      fc.property(ARBITRARIES[kind](), (doc) => {
        expect(fast(kind, doc)).toBe(true);
        const parsed = DOCUMENT_SCHEMAS[kind].safeParse(doc);
        expect(parsed.success && parsed.data).toEqual(doc);
      }),
    );
  });

  it("gives zod's verdict on mutated documents, and both verdicts occur", () => {
    let valid = 0;
    let invalid = 0;
    fc.assert(
      fc.property(
        ARBITRARIES[kind]().chain((doc) => arbMutation(doc)),
        (m) => {
          const expected = judged(kind, m.document);
          expect({ mutation: m.kind, pointer: m.pointer, fast: fast(kind, m.document) }).toEqual({ mutation: m.kind, pointer: m.pointer, fast: expected });
          if (expected) valid++;
          else invalid++;
        },
      ),
      { numRuns: 5 * (fc.readConfigureGlobal().numRuns ?? 100) },
    );
    expect(invalid).toBeGreaterThan(0);
    expect(valid).toBeGreaterThan(0);
  });

  it("gives zod's verdict on random JSON", () => {
    const junk = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }),
      fc.dictionary(fc.constantFrom("kind", "id", "version", "title", "levels", "records", "documents"), fc.jsonValue({ maxDepth: 3 }), { noNullPrototype: true }).map((o) => ({ ...o, kind })),
    );
    fc.assert(
      fc.property(junk, (value) => {
        expect(fast(kind, value)).toBe(judged(kind, value));
      }),
    );
  });
});

/** Every document with one edit: each key dropped, a key added to each object, each value nulled. */
function singleEdits(doc: unknown): { edit: string; document: unknown }[] {
  type Node = Record<string | number, unknown>;
  const out: { edit: string; document: unknown }[] = [];
  const edited = (label: string, path: readonly (string | number)[], edit: (node: Node) => void): void => {
    const copy = structuredClone(doc) as Node;
    let node = copy;
    for (const seg of path) node = node[seg] as Node;
    edit(node);
    out.push({ edit: `${label} at /${path.join("/")}`, document: copy });
  };
  const visit = (value: unknown, path: (string | number)[]): void => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => {
        edited(`null [${i}]`, path, (node) => (node[i] = null));
        visit(v, [...path, i]);
      });
    } else if (typeof value === "object" && value !== null) {
      edited("add unknownKey", path, (node) => (node["unknownKey"] = 1));
      for (const [k, v] of Object.entries(value)) {
        edited(`drop ${k}`, path, (node) => delete node[k]);
        edited(`null ${k}`, path, (node) => (node[k] = null));
        visit(v, [...path, k]);
      }
    }
  };
  visit(doc, []);
  return out;
}

describe("the fast structural check next to every fixture", () => {
  it.each([
    ["scale", BASE_SCALE],
    ["scale", REFERENCE_SCALE],
    ["mapping", BASE_MAPPING],
    ["registry", BASE_REGISTRY],
  ] as const)("%s: gives zod's verdict on each single edit of a fixture", (kind, doc) => {
    expect(fast(kind, doc)).toBe(true);
    for (const { edit, document } of singleEdits(doc)) expect(fast(kind, document), edit).toBe(judged(kind, document));
  });
});

describe("the fast structural check on values that are not plain JSON data", () => {
  type Doc = Record<string, unknown> & { levels: Record<string, unknown>[]; title: Record<string, unknown> };
  const base = (): Doc => structuredClone(BASE_SCALE) as Doc;
  const extensions = (value: unknown): Doc => ({ ...base(), "x-extensions": { "bench.x": value } });
  const nested = (depth: number): unknown => {
    let v: unknown = 1;
    for (let i = 0; i < depth; i++) v = [v];
    return v;
  };
  const cases: [string, () => unknown][] = [
    ["symbol key in a text", () => ({ ...base(), title: { en: "x", es: "y", [Symbol("s")]: "z" } })],
    ["own __proto__ key in a text", () => ({ ...base(), title: JSON.parse('{"en": "x", "es": "y", "__proto__": "z"}') as unknown })],
    ["null-prototype text", () => ({ ...base(), title: Object.assign(Object.create(null) as object, { en: "x", es: "y" }) })],
    ["text inheriting an enumerable key", () => ({ ...base(), title: Object.assign(Object.create({ fr: "z" }) as object, { en: "x", es: "y" }) })],
    ["class instance as the document", () => Object.assign(new (class Doc {})(), base())],
    ["getter for a required member", () => Object.defineProperty(base(), "id", { get: () => "es/getter", enumerable: true })],
    ["optional member present but undefined", () => ({ ...base(), description: undefined })],
    ["required member undefined", () => ({ ...base(), id: undefined })],
    ["NaN and infinite numbers", () => ({ ...base(), "x-extensions": { "bench.n": Number.NaN } })],
    ["array with a hole", () => ({ ...base(), levels: [base().levels[0], , base().levels[1]] })],
    ["code of 100 emoji (200 UTF-16 units, 100 code points)", () => ({ ...base(), levels: base().levels.map((l, i) => ({ ...l, code: `${"😀".repeat(99)}${i}` })) })],
    ["code of 101 emoji", () => ({ ...base(), levels: base().levels.map((l, i) => ({ ...l, code: `${"😀".repeat(100)}${i}` })) })],
    ["lone surrogates in a code", () => ({ ...base(), levels: base().levels.map((l, i) => ({ ...l, code: `${"\ud83d".repeat(100)}${i}` })) })],
    ["extensions nested to the limit", () => extensions(nested(MAX_NESTING_DEPTH - 3))],
    ["extensions nested one past the limit", () => extensions(nested(MAX_NESTING_DEPTH - 2))],
    ["extensions nested far past the limit", () => extensions(nested(10_000))],
    ["a Map as extensions", () => ({ ...base(), "x-extensions": new Map([["a", 1]]) })],
  ];

  it.each(cases)("%s: yes only when zod says yes", (_, make) => {
    const value = make();
    if (fast("scale", value)) expect(judged("scale", value)).toBe(true);
  });

  it("the cases are not vacuous: the fast path says yes to some and no to others", () => {
    const answers = cases.map(([, make]) => fast("scale", make()));
    expect(answers).toContain(true);
    expect(answers).toContain(false);
  });
});
