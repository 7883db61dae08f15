/**
 * Three-valued classification over every scale under test: facts with random holes, against
 * random completions of those holes. A determined level is the level of every completion; an
 * open result's range holds the level of every completion; the missing facts it lists are all
 * that matter (fixing them, the other holes change nothing); and the compiled and batch paths
 * agree with the interpreter on all of it.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SCALES_UNDER_TEST } from "../../test/scales-under-test.js";
import type { Dimension, Scale } from "../model/scale.js";
import { classifyBatch } from "./batch.js";
import { compileClassifier } from "./compile.js";
import { classify } from "./interpret.js";
import type { ClassifyResult } from "./result.js";

type Facts = Record<string, unknown>;

/** A value for a dimension within its declared range. */
function valueOf(dim: Dimension): fc.Arbitrary<unknown> {
  if (dim.type === "boolean") return fc.boolean();
  if (dim.type === "ordinal" || dim.type === "nominal") {
    const codes = dim.options.map((o) => o.code);
    if (dim.multiple === true) return fc.subarray(codes, { minLength: 1 });
    // An option whose code is a number written canonically may be given as that number.
    const numeric = codes.filter((c) => String(Number(c)) === c);
    return numeric.length > 0 ? fc.oneof(fc.constantFrom(...codes), fc.constantFrom(...numeric.map(Number))) : fc.constantFrom(...codes);
  }
  const min = dim.min === undefined ? 0 : Number(dim.min);
  const max = dim.max === undefined ? min + 3_000_000 : Number(dim.max);
  const whole = fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
  return dim.integer === true ? whole : fc.oneof(whole, fc.double({ min, max, noNaN: true }));
}

/** Dimensions a score reads: an absent fact there counts as the score's declared missing value, not as unknown. */
function scoredDimensions(scale: Scale): Set<string> {
  const methods = scale.method.kind === "composite" ? scale.method.components.map((c) => c.method) : [scale.method];
  return new Set(methods.flatMap((m) => (m.kind === "score" ? m.components.map((c) => c.dimension) : [])));
}

/** Two complete fact sets and which dimensions are holes (never one the scale assumes, unless assumptions are off). */
function scenario(scale: Scale, assume = true): fc.Arbitrary<{ a: Facts; b: Facts; holes: string[] }> {
  const scored = scoredDimensions(scale);
  if (assume) for (const d of scale.dimensions) if (d.assume !== undefined) scored.add(d.code);
  const dims = scale.dimensions;
  return fc
    .tuple(fc.tuple(...dims.map(valueOf)), fc.tuple(...dims.map(valueOf)), fc.array(fc.boolean(), { minLength: dims.length, maxLength: dims.length }))
    .map(([va, vb, mask]) => {
      const a: Facts = {};
      const b: Facts = {};
      dims.forEach((d, i) => {
        a[d.code] = va[i];
        b[d.code] = vb[i];
      });
      return { a, b, holes: dims.filter((d, i) => mask[i] && !scored.has(d.code)).map((d) => d.code) };
    });
}

const without = (facts: Facts, holes: readonly string[]): Facts => Object.fromEntries(Object.entries(facts).filter(([k]) => !holes.includes(k)));

/** The completion of `partial` taking each hole's value from `from`. */
const complete = (partial: Facts, holes: readonly string[], from: Facts): Facts => ({ ...partial, ...Object.fromEntries(holes.map((h) => [h, from[h]])) });

/** True when a completion's result is one the open (or determined) result allowed. */
function allows(open: ClassifyResult, done: ClassifyResult): boolean {
  if (open.status === "sentinel") return done.status === "sentinel" && done.sentinel!.code === open.sentinel!.code;
  // A sentinel is no level: an open result allows one only when it allows "no level".
  if (done.status === "sentinel" && open.range !== undefined && open.range.atLeast !== null) return false;
  if (open.status === "determined") return done.status === "determined" && done.level!.rank === open.level!.rank;
  if (open.range === undefined) return done.level === null || open.status === "analyst-decides";
  if (done.level === null && done.range !== undefined) {
    // Waiting on an analyst: what the analyst may still choose lies within the open range.
    return done.range.atMost.rank <= open.range.atMost.rank && (open.range.atLeast === null || (done.range.atLeast !== null && done.range.atLeast.rank >= open.range.atLeast.rank));
  }
  if (done.level === null) return open.range.atLeast === null || open.status !== "undetermined";
  return done.level.rank <= open.range.atMost.rank && (open.range.atLeast === null || done.level.rank >= open.range.atLeast.rank);
}

describe.each(SCALES_UNDER_TEST)("three-valued classification of %s", (_name, scale) => {
  const compiled = compileClassifier(scale);

  it.runIf(scale.dimensions.some((d) => d.assume !== undefined))("with assumptions off, still gives only what every completion allows, compiled as interpreted", () => {
    const off = { assume: false } as const;
    const compiledOff = compileClassifier(scale, off);
    fc.assert(
      fc.property(scenario(scale, false), ({ a, b, holes }) => {
        const partial = without(a, holes);
        const r = classify(scale, partial, off);
        expect(compiledOff.classify(partial)).toStrictEqual(r);
        for (const from of [a, b]) expect(allows(r, classify(scale, complete(partial, holes, from), off))).toBe(true);
      }),
    );
  });

  it("gives a determined level only when every completion gives it, and a range that holds every completion", () => {
    fc.assert(
      fc.property(scenario(scale), ({ a, b, holes }) => {
        const partial = without(a, holes);
        const r = classify(scale, partial);
        expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
        for (const from of [a, b]) {
          const done = classify(scale, complete(partial, holes, from));
          expect(allows(r, done), JSON.stringify({ partial, from, r: [r.status, r.level, r.range], done: [done.status, done.level] })).toBe(true);
        }
        // A determined result asks for nothing; an open one lists only holes, each once, with its question.
        if (r.status === "determined") expect(r.missing).toBeUndefined();
        const listed = (r.missing ?? []).map((m) => m.dimension);
        expect(new Set(listed).size).toBe(listed.length);
        for (const d of listed) expect(holes).toContain(d);
        for (const m of r.missing ?? []) expect(m.question).toEqual(scale.dimensions.find((d) => d.code === m.dimension)!.label);
        expect(r.issues.filter((i) => i.code === "fact_missing").map((i) => i.params["dimension"])).toEqual(listed);
      }),
    );
  });

  it("lists every missing fact that matters: with those filled in, the other holes change nothing", () => {
    fc.assert(
      fc.property(scenario(scale), ({ a, b, holes }) => {
        const partial = without(a, holes);
        const listed = (classify(scale, partial).missing ?? []).map((m) => m.dimension);
        const fixed = complete(partial, listed, a);
        const rest = holes.filter((h) => !listed.includes(h));
        const viaA = classify(scale, complete(fixed, rest, a));
        const viaB = classify(scale, complete(fixed, rest, b));
        expect([viaB.status, viaB.level]).toEqual([viaA.status, viaA.level]);
      }),
    );
  });

  it("gives the same result, range and missing facts compiled as interpreted, and the same rank in batch", () => {
    fc.assert(
      fc.property(scenario(scale), ({ a, holes }) => {
        const partial = without(a, holes);
        const r = classify(scale, partial);
        expect(compiled.classify(partial)).toStrictEqual(r);
        if (scale.dimensions.some((d) => (d.type === "ordinal" || d.type === "nominal") && d.multiple === true)) return;
        const columns = Object.fromEntries(
          scale.dimensions.map((d) => {
            const v = partial[d.code];
            if (d.type === "quantity") return [d.code, Float64Array.of(v === undefined ? Number.NaN : Number(v))];
            if (d.type === "boolean") return [d.code, Int32Array.of(v === undefined ? -1 : v === true ? 1 : 0)];
            return [d.code, Int32Array.of(v === undefined ? -1 : d.options.findIndex((o) => o.code === String(v)))];
          }),
        );
        expect(Array.from(classifyBatch(compiled, columns, 1))).toEqual([r.level?.rank ?? -1]);
      }),
    );
  });
});
