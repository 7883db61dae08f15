import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SevscaleError } from "../issues/error.js";
import { MAX_CANONICAL_DEPTH, assertCanonicalBytes, assertCanonicalJson, canonicalBytesOrUndefined, safeCanonicalBytes } from "./canonical.js";

interface Vectors {
  numbers: { finite: { ieee754: string; expected: string }[]; nonFinite: { ieee754: string }[] };
  examples: { name: string; input: string; expected: string; expectedUtf8Hex?: string; expectedValueOrder?: string[] }[];
}
// RFC 8785 test vectors, copied from the RFC (see the fixture's "source").
const vectors = JSON.parse(readFileSync(new URL("../../test/fixtures/rfc8785-vectors.json", import.meta.url), "utf8")) as Vectors;

function fromIeee754(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

function codes(value: unknown): { code: string; pointer: string }[] {
  const r = safeCanonicalBytes(value);
  return r.ok ? [] : r.issues.map(({ code, pointer }) => ({ code, pointer }));
}

/** Rebuilds a JSON value with every object's keys in a pseudo-random order (insertion order is what JSON.stringify follows). */
function shuffleKeys(value: unknown, seed: { s: number }): unknown {
  if (Array.isArray(value)) return value.map((v) => shuffleKeys(v, seed));
  if (typeof value !== "object" || value === null) return value;
  const entries = Object.entries(value);
  for (let i = entries.length - 1; i > 0; i--) {
    seed.s = (Math.imul(seed.s, 1103515245) + 12345) >>> 0;
    const j = seed.s % (i + 1);
    [entries[i], entries[j]] = [entries[j]!, entries[i]!];
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries) {
    // defineProperty keeps a "__proto__" key an own property, as JSON.parse makes it.
    Object.defineProperty(out, k, { value: shuffleKeys(v, seed), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function compareUtf16(a: string, b: string): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

describe("RFC 8785 vectors", () => {
  it.each(vectors.numbers.finite)("Appendix B: $ieee754 -> $expected", ({ ieee754, expected }) => {
    const n = fromIeee754(ieee754);
    expect(assertCanonicalJson(n)).toBe(expected);
    expect(assertCanonicalJson({ n })).toBe(`{"n":${expected}}`);
  });

  it.each(vectors.numbers.nonFinite)("Appendix B: $ieee754 has no JSON form", ({ ieee754 }) => {
    expect(codes({ n: fromIeee754(ieee754) })).toEqual([{ code: "canonical_non_finite_number", pointer: "/n" }]);
  });

  it.each(vectors.examples)("$name", ({ input, expected, expectedUtf8Hex, expectedValueOrder }) => {
    const text = assertCanonicalJson(JSON.parse(input));
    expect(text).toBe(expected);
    if (expectedUtf8Hex) {
      expect(Buffer.from(assertCanonicalBytes(JSON.parse(input))).toString("hex")).toBe(expectedUtf8Hex.replace(/ /g, ""));
    }
    if (expectedValueOrder) {
      const positions = expectedValueOrder.map((v) => text.indexOf(`"${v}"`));
      expect(positions.every((p) => p > 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    }
  });
});

describe("assertCanonicalBytes", () => {
  it("is UTF-8 of the canonical text", () => {
    expect(Array.from(assertCanonicalBytes({ b: "é", a: [1, 2] }))).toEqual(Array.from(Buffer.from('{"a":[1,2],"b":"é"}', "utf8")));
  });

  it("writes -0 as 0 and keeps __proto__ as an ordinary member", () => {
    expect(assertCanonicalJson(-0)).toBe("0");
    expect(assertCanonicalJson(JSON.parse('{"z":1,"__proto__":{"x":1}}'))).toBe('{"__proto__":{"x":1},"z":1}');
  });

  it("rejects values JSON cannot represent, with a pointer to each", () => {
    expect(codes(Number.NaN)).toEqual([{ code: "canonical_non_finite_number", pointer: "" }]);
    expect(codes({ a: [1, Number.NEGATIVE_INFINITY] })).toEqual([{ code: "canonical_non_finite_number", pointer: "/a/1" }]);
    expect(codes(undefined)).toEqual([{ code: "canonical_unsupported_value", pointer: "" }]);
    expect(codes({ a: undefined, "b/c": () => 1 })).toEqual([
      { code: "canonical_unsupported_value", pointer: "/a" },
      { code: "canonical_unsupported_value", pointer: "/b~1c" },
    ]);
    expect(codes([1, , 3])).toEqual([{ code: "canonical_unsupported_value", pointer: "/1" }]);
    expect(codes({ s: Symbol("x"), n: 1n })).toEqual([
      { code: "canonical_unsupported_value", pointer: "/s" },
      { code: "canonical_unsupported_value", pointer: "/n" },
    ]);
    expect(codes({ d: new Date(0), m: new Map() })).toEqual([
      { code: "canonical_unsupported_value", pointer: "/d" },
      { code: "canonical_unsupported_value", pointer: "/m" },
    ]);
    const r = safeCanonicalBytes({ d: new Date(0) });
    expect(!r.ok && r.issues[0]?.params).toEqual({ type: "Date" });
  });

  it("rejects lone surrogates in values and member names (JSON.parse accepts them)", () => {
    expect(codes(JSON.parse('{"a":"x\\ud800"}'))).toEqual([{ code: "canonical_lone_surrogate", pointer: "/a" }]);
    expect(codes(JSON.parse('{"\\udc00":1}'))).toEqual([{ code: "canonical_lone_surrogate", pointer: "/\udc00" }]);
    expect(codes("\ud83d\ude00")).toEqual([]);
  });

  it("rejects cycles and excessive depth instead of overflowing the stack", () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(codes(cyclic)).toEqual([{ code: "canonical_circular", pointer: "/self" }]);
    const shared = { x: 1 };
    expect(codes({ a: shared, b: shared })).toEqual([]);
    let deep: unknown = 0;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(codes(deep)).toEqual([{ code: "canonical_too_deep", pointer: `/${Array(MAX_CANONICAL_DEPTH).fill(0).join("/")}` }]);
  });

  it("throws one SevscaleError carrying the issues", () => {
    expect(() => assertCanonicalBytes({ a: Number.NaN })).toThrow(SevscaleError);
    try {
      assertCanonicalBytes({ a: Number.NaN });
    } catch (e) {
      expect((e as SevscaleError).issues.map((i) => i.code)).toEqual(["canonical_non_finite_number"]);
    }
  });

  it("never throws on arbitrary values, and canonical text is a fixed point", () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withNullPrototype: true, withSparseArray: true }), (value) => {
        const r = safeCanonicalBytes(value);
        if (r.ok) expect(assertCanonicalJson(JSON.parse(r.text))).toBe(r.text);
        else expect(r.issues.length).toBeGreaterThan(0);
      }),
    );
  });

  it("canonicalBytesOrUndefined gives safeCanonicalBytes's bytes exactly when it has them", () => {
    const deep = (n: number): unknown => (n === 0 ? 1 : [deep(n - 1)]);
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const shared = { x: 1 };
    const samples: unknown[] = [deep(MAX_CANONICAL_DEPTH), deep(MAX_CANONICAL_DEPTH + 1), cyclic, { a: shared, b: [shared] }, { "\uD800": 1 }, ["\uDC00"], [1, , 2], { a: undefined }, Object.create(null)];
    const same = (value: unknown) => {
      const r = safeCanonicalBytes(value);
      expect(canonicalBytesOrUndefined(value)).toEqual(r.ok ? r.bytes : undefined);
    };
    samples.forEach(same);
    fc.assert(fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withNullPrototype: true, withSparseArray: true, withBoxedValues: true, withTypedArray: true }), same));
    fc.assert(fc.property(fc.jsonValue(), same));
  });

  it("is invariant under member reordering (recursively)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer(), (value, s) => {
        expect(assertCanonicalJson(shuffleKeys(value, { s }))).toBe(assertCanonicalJson(value));
      }),
    );
  });

  it("is invariant under insignificant whitespace", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom<string | number>(0, 1, 2, 4, "\t", "\n", " \r\n"), (value, indent) => {
        // JSON.stringify only accepts whitespace-only strings as indentation that still parses.
        const text = JSON.stringify(value, null, indent);
        expect(assertCanonicalJson(JSON.parse(text))).toBe(assertCanonicalJson(value));
      }),
    );
  });

  it("orders members by UTF-16 code units and writes strings as JSON.stringify does", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ unit: "grapheme" }), fc.integer()), (dict) => {
        const keys = Object.keys(dict).sort(compareUtf16);
        const expected = `{${keys.map((k) => `${JSON.stringify(k)}:${String(dict[k])}`).join(",")}}`;
        expect(assertCanonicalJson(dict)).toBe(expected);
      }),
    );
  });
});
