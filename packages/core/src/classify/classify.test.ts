/**
 * Properties of classification over a list of scales: it never throws, the compiled classifier
 * and the batch path agree with the interpreter, every trace step and issue renders in en and es,
 * and the reference scale is monotone through classify.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SCALES_UNDER_TEST } from "../../test/scales-under-test.js";
import { MESSAGE_CATALOG } from "../issues/catalog.js";
import { renderMessage } from "../issues/render.js";
import type { Dimension, Scale } from "../model/scale.js";
import { REFERENCE_SCALE } from "../reference/crs.js";
import type { BatchColumn } from "./batch.js";
import { classifyBatch } from "./batch.js";
import { compileClassifier } from "./compile.js";
import { classify } from "./interpret.js";
import type { ClassifyResult } from "./result.js";
import { en } from "../locales/en/index.js";
import { es } from "../locales/es/index.js";

const quantityValue = (dim: Dimension & { type: "quantity" }) =>
  dim.integer === true ? fc.integer({ min: 0, max: 3_000_000 }) : fc.oneof(fc.integer({ min: 0, max: 3_000_000 }), fc.double({ min: 0, max: 1e7, noNaN: true }));

/** Facts that fit the scale: for each dimension nothing, one option, or a quantity in range. */
function validFacts(scale: Scale): fc.Arbitrary<Record<string, string | number | boolean>> {
  const entries = scale.dimensions.map((dim) =>
    fc.option<string | number | boolean, undefined>(
      dim.type === "boolean" ? fc.boolean() : dim.type === "quantity" ? quantityValue(dim) : fc.constantFrom(...dim.options.map((o) => o.code)),
      { nil: undefined },
    ),
  );
  return fc.tuple(...entries).map((values) => {
    const out: Record<string, string | number | boolean> = {};
    values.forEach((v, i) => {
      if (v !== undefined) out[scale.dimensions[i]!.code] = v;
    });
    return out;
  });
}

/** Facts built from the scale's dimensions, valid or nearly so: wrong types, units, options, lists. */
function nearlyValidFacts(scale: Scale): fc.Arbitrary<Record<string, unknown>> {
  const valueFor = (dim: Dimension): fc.Arbitrary<unknown> => {
    const junk = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.boolean(), fc.jsonValue());
    if (dim.type === "boolean") return fc.oneof(fc.boolean(), junk);
    if (dim.type === "ordinal" || dim.type === "nominal") {
      const codes = dim.options.map((o) => o.code);
      return fc.oneof(fc.constantFrom(...codes), fc.subarray(codes), fc.array(fc.oneof(fc.constantFrom(...codes), fc.string()), { maxLength: 3 }), junk);
    }
    return fc.oneof(
      quantityValue(dim),
      fc.double(),
      fc.constantFrom("12.50", "1e5", "-3", "0.1", "abc"),
      fc.record({ value: fc.oneof(fc.integer(), fc.double(), fc.string()), unit: fc.constantFrom(dim.unit, "other") }, { requiredKeys: ["value"] }),
      junk,
    );
  };
  const entries = scale.dimensions.map((dim) => fc.option(valueFor(dim), { nil: undefined }));
  return fc.tuple(fc.tuple(...entries), fc.option(fc.tuple(fc.string(), fc.jsonValue()), { nil: undefined })).map(([values, extra]) => {
    const out: Record<string, unknown> = {};
    values.forEach((v, i) => {
      if (v !== undefined) out[scale.dimensions[i]!.code] = v;
    });
    if (extra !== undefined) out[extra[0]] = extra[1];
    return out;
  });
}

/** The rank batch returns for an interpreted result, and its scaled score. */
const rankOf = (r: ClassifyResult) => r.level?.rank ?? -1;
const scaledOf = (r: ClassifyResult) => (r.score === undefined ? Number.NaN : Number(r.score.replace(".", "")));

/** Columns for a batch of valid facts. */
function toColumns(scale: Scale, batch: readonly Record<string, string | number | boolean>[], kind: "i32" | "u8" | "u16"): Record<string, BatchColumn> {
  const columns: Record<string, BatchColumn> = {};
  for (const dim of scale.dimensions) {
    if (dim.type === "quantity") {
      columns[dim.code] = Float64Array.from(batch, (f) => (typeof f[dim.code] === "number" ? (f[dim.code] as number) : Number.NaN));
      continue;
    }
    const index = (f: Record<string, string | number | boolean>) => {
      const v = f[dim.code];
      if (dim.type === "boolean") return v === undefined ? -1 : v === true ? 1 : 0;
      return v === undefined ? -1 : dim.options.findIndex((o) => o.code === v);
    };
    if (kind === "u8") columns[dim.code] = Uint8Array.from(batch, (f) => (index(f) < 0 ? 255 : index(f)));
    else if (kind === "u16") columns[dim.code] = Uint16Array.from(batch, (f) => (index(f) < 0 ? 65535 : index(f)));
    else columns[dim.code] = Int32Array.from(batch, index);
  }
  return columns;
}

describe.each(SCALES_UNDER_TEST)("classification of %s", (_name, scale) => {
  const compiled = compileClassifier(scale);

  it("never throws, on any value at all", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue()), (facts) => {
        const r = classify(scale, facts);
        expect(compiled.classify(facts)).toStrictEqual(r);
      }),
    );
  });

  it("gives the same result, trace and issues compiled as interpreted, on nearly valid facts", () => {
    fc.assert(
      fc.property(nearlyValidFacts(scale), (facts) => {
        expect(compiled.classify(facts)).toStrictEqual(classify(scale, facts));
      }),
    );
  });

  it("gives the same ranks and scores in batch as interpreted, on valid facts", () => {
    fc.assert(
      fc.property(fc.array(validFacts(scale), { maxLength: 25 }), fc.constantFrom("i32", "u8", "u16" as const), (batch, kind) => {
        const scores = new Float64Array(batch.length);
        const ranks = classifyBatch(compiled, toColumns(scale, batch, kind), batch.length, { scores });
        const expected = batch.map((f) => classify(scale, f));
        expect(Array.from(ranks)).toEqual(expected.map(rankOf));
        expect(Array.from(scores)).toEqual(expected.map(scaledOf));
      }),
    );
  });

  it("reports only catalogued codes, and renders every step and issue in en and es with every placeholder filled", () => {
    fc.assert(
      fc.property(nearlyValidFacts(scale), (facts) => {
        const r = classify(scale, facts);
        for (const item of [...r.trace.map((s) => ({ code: s.kind, params: s.params })), ...r.issues]) {
          const def = MESSAGE_CATALOG[item.code];
          expect(def, item.code).toBeDefined();
          for (const locale of [en, es]) {
            const template = (locale.messages as Readonly<Record<string, string>>)[item.code]!;
            const wanted = [...template.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]!);
            for (const name of wanted) expect(Object.keys(item.params), `${item.code}: {${name}}`).toContain(name);
            expect(renderMessage(item, locale).length).toBeGreaterThan(0);
          }
        }
        // The status follows from the level and the issues.
        expect(r.level === null).toBe(r.status !== "determined");
        if (r.status === "invalid-facts") expect(r.issues.some((i) => i.severity === "error")).toBe(true);
      }),
    );
  });

  it("never throws in batch, on arbitrary columns", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...scale.dimensions.map((d) => d.code), "other"), fc.array(fc.double(), { maxLength: 8 }))),
        fc.integer({ min: -2, max: 10 }),
        (cols, count) => {
          const columns: Record<string, BatchColumn> = {};
          for (const [k, v] of cols) columns[k] = Float64Array.from(v);
          const ranks = classifyBatch(compiled, columns, count);
          expect(ranks.length).toBe(Math.max(0, count));
        },
      ),
    );
  });
});

describe("the reference scale through classify", () => {
  const rank = (e: number, s: number, n: number) => classify(REFERENCE_SCALE, { effect: `E${e}`, scope: `S${s}`, "national-interest": `N${n}` }).level!.rank;

  it("is monotone: moving effect or scope up never lowers the level", () => {
    fc.assert(
      fc.property(fc.nat(4), fc.nat(4), fc.nat(5), fc.nat(5), fc.nat(4), (e1, e2, s1, s2, n) => {
        const [eLo, eHi] = e1 <= e2 ? [e1, e2] : [e2, e1];
        const [sLo, sHi] = s1 <= s2 ? [s1, s2] : [s2, s1];
        expect(rank(eHi, sHi, n)).toBeGreaterThanOrEqual(rank(eLo, sLo, n));
      }),
    );
  });

  it("is monotone in national interest, which never lowers the level either", () => {
    fc.assert(
      fc.property(fc.nat(4), fc.nat(5), fc.nat(4), fc.nat(4), (e, s, n1, n2) => {
        const [lo, hi] = n1 <= n2 ? [n1, n2] : [n2, n1];
        expect(rank(e, s, hi)).toBeGreaterThanOrEqual(rank(e, s, lo));
      }),
    );
  });
});
