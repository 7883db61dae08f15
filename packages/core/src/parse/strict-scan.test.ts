import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapePointerToken } from "../issues/issue.js";
import type { ParsedJson } from "./safe-parse-json-document.js";
import { safeParseJsonDocument, safeParseJsonDocumentThoroughly } from "./safe-parse-json-document.js";
import { isCleanJson } from "./strict-scan.js";

/** A JSON text written token by token, so that it can hold duplicate keys and odd whitespace. */
type Tree = { kind: "scalar"; text: string } | { kind: "array"; items: Tree[] } | { kind: "object"; members: [string, Tree][] };

// Keys that collide after unescaping, look-alikes of forbidden keys, many distinct keys (objects
// with many keys are checked with a set), and now and then a forbidden key, plain or escaped.
const keyText = fc.oneof(
  { arbitrary: fc.constantFrom('"a"', '"\\u0061"', '"b"', '"a\\"b"', '"a\\\\"', '"__proto"', '"é"', '"\\u00e9"', '""'), weight: 6 },
  { arbitrary: fc.nat({ max: 40 }).map((n) => `"k${n}"`), weight: 6 },
  { arbitrary: fc.constantFrom('"__proto__"', '"__proto\\u005f_"', '"constructor"', '"prototype"'), weight: 1 },
);
const scalarText = fc.constantFrom("0", "-1.5e+3", "1E2", "true", "false", "null", '"x"', '"\\"]}"', '"a\\\\"', '"\\ud83d"', '"😀"', "[]", "{}");
const whitespace = fc.constantFrom("", " ", "\n", "\r\n", "\t", "  \n    ");

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    scalarText.map((text): Tree => ({ kind: "scalar", text })),
    fc.array(tie("node"), { maxLength: 4 }).map((items): Tree => ({ kind: "array", items })),
    fc.array(fc.tuple(keyText, tie("node")), { maxLength: 20 }).map((members): Tree => ({ kind: "object", members })),
  ),
})).node;

function write(node: Tree, ws: () => string): string {
  if (node.kind === "scalar") return node.text;
  if (node.kind === "array") return `[${ws()}${node.items.map((item) => write(item, ws)).join(`${ws()},${ws()}`)}${ws()}]`;
  return `{${ws()}${node.members.map(([k, v]) => `${k}${ws()}:${ws()}${write(v, ws)}`).join(`${ws()},${ws()}`)}${ws()}}`;
}

const jsonText = fc.tuple(tree, fc.array(whitespace, { minLength: 1, maxLength: 8 })).map(([t, spaces]) => {
  let n = 0;
  const ws = () => spaces[n++ % spaces.length]!;
  return `${ws()}${write(t, ws)}${ws()}`;
});

/** Text mutations that break JSON in the ways a scanner is most likely to misread. */
const mutationChar = fc.constantFrom(..."{}[],:\"\\0123456789-+.eE tfnul \n\r\t/*\u0000\u001f\uFEFF\u00a0\u2028x", "\\u", '\\"', "\ud83d");
function mutate(text: string, edits: readonly { at: number; kind: number; char: string }[]): string {
  let out = text;
  for (const e of edits) {
    const at = e.at % (out.length + 1);
    out = out.slice(0, at) + (e.kind === 1 ? "" : e.char) + out.slice(at + (e.kind === 0 ? 0 : 1));
  }
  return out;
}
const edits = fc.array(fc.record({ at: fc.nat(), kind: fc.integer({ min: 0, max: 2 }), char: mutationChar }), { maxLength: 3 });
const anyText = fc.oneof(jsonText, fc.tuple(jsonText, edits).map(([t, e]) => mutate(t, e)), fc.jsonValue().map((v) => JSON.stringify(v, null, 1)));

/** Every pointer of a value, plus a missing member and a bad index under each container. */
function pointersOf(value: unknown, pointer = "", out: string[] = []): string[] {
  out.push(pointer);
  if (Array.isArray(value)) {
    out.push(`${pointer}/${value.length}`);
    value.forEach((v, i) => pointersOf(v, `${pointer}/${i}`, out));
  } else if (value !== null && typeof value === "object") {
    out.push(`${pointer}/~missing`);
    for (const [k, v] of Object.entries(value)) pointersOf(v, `${pointer}/${escapePointerToken(k)}`, out);
  }
  return out;
}

function expectSame(fast: ParsedJson, thorough: ParsedJson, text: string): void {
  expect(fast.ok, text).toBe(thorough.ok);
  expect(fast.issues, text).toEqual(thorough.issues);
  expect(fast.text).toBe(thorough.text);
  if (fast.ok && thorough.ok) {
    expect(fast.value).toEqual(thorough.value);
    for (const pointer of pointersOf(thorough.value)) {
      expect(fast.locate(pointer), pointer).toEqual(thorough.locate(pointer));
      expect(fast.locate(pointer, "value"), pointer).toEqual(thorough.locate(pointer, "value"));
    }
  }
}

describe("isCleanJson (the parser's fast path)", () => {
  it("gives the same result, issues and positions as the thorough path, on any text", () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 0, max: 6 }), (text, maxDepth) => {
        expectSame(safeParseJsonDocument(text, { maxDepth }), safeParseJsonDocumentThoroughly(text, { maxDepth }), text);
      }),
      { numRuns: 500 },
    );
  });

  it("gives the same result as the thorough path on bytes, a byte order mark included", () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), (text, bom) => {
        const bytes = new TextEncoder().encode(bom ? `\uFEFF${text}` : text);
        expectSame(safeParseJsonDocument(bytes), safeParseJsonDocumentThoroughly(bytes), text);
      }),
    );
  });

  it("says yes only to texts JSON.parse accepts, with no duplicate or forbidden key", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        if (!isCleanJson(text, 64)) return;
        // The thorough path with its own checks is the oracle.
        const thorough = safeParseJsonDocumentThoroughly(text);
        const refusedInside = !thorough.ok && thorough.issues.every((i) => i.code === "invalid_json");
        // Refusals the scan leaves to JSON.parse on purpose: a bad character inside a string or number.
        if (!thorough.ok) expect(refusedInside, text).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("says yes to every serialised JSON value without forbidden keys, within the depth limit", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.constantFrom(undefined, 2, "\t"), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const forbidden = /"(__proto__|constructor|prototype)":/.test(text);
        expect(isCleanJson(text, 64)).toBe(!forbidden);
      }),
    );
  });

  it("bounds depth exactly, whatever the mix of arrays and objects", () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 80 }), fc.nat({ max: 80 }), (kinds, limit) => {
        const open = kinds.map((array) => (array ? "[" : '{"k":')).join("");
        const close = kinds.map((array) => (array ? "]" : "}")).reverse().join("");
        expect(isCleanJson(`${open}1${close}`, limit)).toBe(kinds.length <= limit);
      }),
    );
  });

  it("refuses comments, trailing commas, non-JSON whitespace and trailing data", () => {
    for (const text of ["// c\n{}", "[1,]", '{"a":1,}', "\u00a0[]", "[]\u2028", "[] 1", "[1 2]", '{"a" 1}', "{1: 2}", "[}", "{]", '["a"', "'a'"]) {
      expect(isCleanJson(text, 64), text).toBe(false);
    }
  });

  it("finds duplicates in objects with many keys (where it switches to a set)", () => {
    const keys = Array.from({ length: 40 }, (_, i) => `"k${i}": ${i}`);
    expect(isCleanJson(`{${keys.join(",")}}`, 64)).toBe(true);
    for (let i = 0; i < keys.length; i++) expect(isCleanJson(`{${keys.join(",")}, "k${i}": 0}`, 64)).toBe(false);
    expect(isCleanJson(`{${keys.join(",")}, "k\\u0033": 0}`, 64)).toBe(false);
    // The same keys in sibling and nested objects are not duplicates.
    expect(isCleanJson(`[{${keys.join(",")}}, {${keys.join(",")}, "x": {${keys.join(",")}}}]`, 64)).toBe(true);
  });
});
