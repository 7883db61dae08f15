/**
 * Fuzzing with a fixed seed (vitest.setup.ts): the example documents and facts, mutated (keys
 * dropped, added or renamed, values of the wrong type, broken patterns, garbage nested, control
 * and bidirectional characters, long strings and lists), must never make the core throw, and what
 * it reports stays bounded: each class of finding at most 20 times plus one count, each message short
 * and free of raw control characters.
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import type { Issue, Mapping, Scale } from "@sevscale/core";
import { ISSUES_PER_CODE, classify, compare, hasUnsafeText, renderMessage, renderTrace, validateDocument } from "@sevscale/core";
import { en } from "@sevscale/core/locales/en";
import { describe, expect, it } from "vitest";
import { arbMutation } from "../packages/core/test/arbitraries/mutation.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const read = (path: string): unknown => JSON.parse(readFileSync(join(root, path), "utf8"));
const scale = read("examples/scales/au-asd.json") as Scale;
const mapping = read("examples/mappings/au-asd-to-crs.json") as Mapping;
const facts = read("examples/facts/asd-sample.json");

const HOSTILE_TEXT = ["\n2 files checked: 0 errors\n", "\u001b[2J", "\u202Eexe.txt", "\u2066x\u2069", "=cmd|' /C calc'!A0", "x".repeat(5000)];

/** A mutated copy, and sometimes a hostile string or a long list put at the mutated place. */
const arbHostile = (doc: unknown) =>
  fc.tuple(arbMutation(doc), fc.constantFrom(...HOSTILE_TEXT), fc.nat({ max: 3 })).map(([m, text, how]) => {
    if (how === 0 || m.pointer === "") return m.document;
    const copy = structuredClone(m.document) as Record<string, unknown>;
    const path = m.pointer.slice(1).split("/");
    let parent: Record<string, unknown> = copy;
    for (const key of path.slice(0, -1)) {
      const next = parent[key];
      if (typeof next !== "object" || next === null) return m.document;
      parent = next as Record<string, unknown>;
    }
    const last = path[path.length - 1]!;
    parent[last] = how === 1 ? text : how === 2 ? Array.from({ length: 500 }, (_, i) => `${text}${i}`) : { [text]: text };
    return copy;
  });

function expectBounded(issues: readonly Issue[]): void {
  const perCode = new Map<string, number>();
  for (const i of issues) perCode.set(i.code, (perCode.get(i.code) ?? 0) + 1);
  for (const [code, n] of perCode) expect(n, code).toBeLessThanOrEqual(code === "findings_omitted" ? perCode.size : ISSUES_PER_CODE);
  for (const i of issues) {
    const text = renderMessage(i, en);
    expect(text.length).toBeLessThan(20_000);
    expect(hasUnsafeText(text)).toBe(false);
  }
}

describe("fuzzing the example documents and facts", () => {
  it("validation never throws and reports a bounded, safe list", () => {
    fc.assert(
      fc.property(fc.oneof(arbHostile(scale), arbHostile(mapping)), (doc) => {
        const r = validateDocument(doc, { resolveScale: (id) => (id === scale.id ? scale : undefined) });
        expectBounded(r.issues);
      }),
      { numRuns: 150 },
    );
  });

  it("classification never throws, and its trace and findings are bounded and safe", () => {
    fc.assert(
      fc.property(arbHostile(facts), (f) => {
        const r = classify(scale, f);
        expectBounded(r.issues);
        for (const line of renderTrace(r.trace, en)) expect(hasUnsafeText(line)).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it("comparing with a mutated mapping that still validates never throws", () => {
    // compare() takes typed documents: callers validate first, as the CLI does.
    fc.assert(
      fc.property(arbHostile(mapping), (m) => {
        const valid = validateDocument(m, { resolveScale: (id) => (id === scale.id ? scale : undefined) });
        if (valid.kind !== "mapping" || valid.issues.some((i) => i.severity === "error")) return;
        const r = compare([{ scale, mapping: m as Mapping }, { scale, mapping }]);
        expectBounded(r.issues);
      }),
      { numRuns: 100 },
    );
  });
});
