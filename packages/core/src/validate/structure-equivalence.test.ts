/**
 * The structure stage without zod (generated/structure-table.ts read by _structure-report.ts)
 * against the stage as it ran with zod (test/zod-structure.ts, zod's issues mapped to our codes):
 * the same codes, pointers and parameters, on every example document, on each single edit of
 * them, on generated documents with fast-check mutations, and on random JSON.
 */
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbAssessment, arbMapping, arbMutation, arbRegistryIndex, arbScale } from "../../test/arbitraries/index.js";
import { BASE_MAPPING, BASE_REGISTRY, BASE_SCALE } from "../../test/fixtures/base-documents.js";
import { zodStructureIssues } from "../../test/zod-structure.js";
import type { Issue } from "../issues/issue.js";
import type { DocumentKind } from "../model/document-kind.js";
import { DOCUMENT_KINDS, detectKind } from "../model/document-kind.js";
import { REFERENCE_SCALE } from "../reference/crs.js";
import { findExcessiveNesting, structureIssues } from "./structure.js";

const examples = join(dirname(fileURLToPath(import.meta.url)), "../../../../examples");
const ARBITRARIES: Record<DocumentKind, () => fc.Arbitrary<unknown>> = { scale: arbScale, mapping: arbMapping, registry: arbRegistryIndex, assessment: arbAssessment };

const brief = (issues: readonly Issue[]) => issues.map((i) => ({ code: i.code, pointer: i.pointer, severity: i.severity, params: i.params }));

/** Both stages on one value (too-deep values are the nesting check's, which both share). */
function expectSame(kind: DocumentKind, value: unknown, label = ""): number {
  if (findExcessiveNesting(value) !== undefined) return 0;
  const expected = brief(zodStructureIssues(kind, value));
  expect(brief(structureIssues(kind, value)), label).toEqual(expected);
  return expected.length;
}

/** Every JSON document under examples/ whose kind is known, with its kind. */
function exampleDocuments(): [string, DocumentKind, unknown][] {
  const out: [string, DocumentKind, unknown][] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules") walk(p);
      } else if (entry.name.endsWith(".json")) {
        let value: unknown;
        try {
          value = JSON.parse(readFileSync(p, "utf8"));
        } catch {
          continue;
        }
        const kind = detectKind(value);
        if (kind) out.push([p.slice(examples.length + 1), kind, value]);
      }
    }
  };
  walk(examples);
  return out;
}

/** Every document with one edit: each key dropped, a key added to each object, each value nulled or made a string. */
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
        edited(`"" [${i}]`, path, (node) => (node[i] = ""));
        visit(v, [...path, i]);
      });
      edited("empty array", path.slice(0, -1), (node) => (node[path[path.length - 1]!] = []));
    } else if (typeof value === "object" && value !== null) {
      edited("add unknownKey", path, (node) => (node["unknownKey"] = 1));
      for (const [k, v] of Object.entries(value)) {
        edited(`drop ${k}`, path, (node) => delete node[k]);
        edited(`null ${k}`, path, (node) => (node[k] = null));
        edited(`[] ${k}`, path, (node) => (node[k] = []));
        edited(`1.5 ${k}`, path, (node) => (node[k] = 1.5));
        visit(v, [...path, k]);
      }
    }
  };
  visit(doc, []);
  return out;
}

describe("structure issues without zod equal the zod-derived ones", () => {
  const docs = exampleDocuments();

  it("finds the example documents (scales, mappings, registries and the invalid corpus)", () => {
    expect(docs.length).toBeGreaterThan(20);
    expect(new Set(docs.map(([, kind]) => kind))).toEqual(new Set(DOCUMENT_KINDS));
  });

  it("on every example document, with issues on some", () => {
    let withIssues = 0;
    for (const [file, kind, value] of docs) if (expectSame(kind, value, file) > 0) withIssues++;
    expect(withIssues).toBeGreaterThan(0);
  });

  it.each([
    ["scale", BASE_SCALE],
    ["scale", REFERENCE_SCALE],
    ["mapping", BASE_MAPPING],
    ["registry", BASE_REGISTRY],
  ] as const)("%s: on each single edit of a fixture", (kind, doc) => {
    for (const { edit, document } of singleEdits(doc)) expectSame(kind, document, edit);
  });

  it("on each single edit of every example scale and mapping", () => {
    for (const [file, kind, value] of docs.filter(([f]) => f.startsWith("scales/") || f.startsWith("mappings/"))) {
      for (const { edit, document } of singleEdits(value)) expectSame(kind, document, `${file}: ${edit}`);
    }
  });

  it.each(DOCUMENT_KINDS)("%s: on generated documents with fast-check mutations, issues occurring", (kind) => {
    let failing = 0;
    fc.assert(
      fc.property(
        ARBITRARIES[kind]().chain((doc) => arbMutation(doc)),
        (m) => {
          if (expectSame(kind, m.document, `${m.kind} at ${m.pointer}`) > 0) failing++;
        },
      ),
      { numRuns: 3 * (fc.readConfigureGlobal().numRuns ?? 100) },
    );
    expect(failing).toBeGreaterThan(0);
  });

  it.each(DOCUMENT_KINDS)("%s: on random JSON", (kind) => {
    const junk = fc.oneof(
      fc.jsonValue({ maxDepth: 4 }),
      fc.dictionary(fc.constantFrom("kind", "id", "version", "title", "levels", "records", "documents", "method", "license"), fc.jsonValue({ maxDepth: 3 }), { noNullPrototype: true }).map((o) => ({ ...o, kind })),
    );
    fc.assert(fc.property(junk, (value) => void expectSame(kind, value)));
  });
});
