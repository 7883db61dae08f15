import fc from "fast-check";
// jsonc-parser was the core's parser; it stays the oracle here (a devDependency).
import { createScanner, parseTree } from "jsonc-parser";
import type { Node, ParseError } from "jsonc-parser";
import { describe, expect, it } from "vitest";
import { createJsonScanner } from "./json-scanner.js";
import { parseJsonTree } from "./json-tree.js";
import type { JsonNode } from "./json-tree.js";

const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false } as const;

/** The parts of a node the core reads: kind, offset, value, children. */
function shape(node: Node | JsonNode | undefined): unknown {
  if (!node) return undefined;
  return { type: node.type, offset: node.offset, value: node.value, children: node.children?.map(shape) };
}

// Random JSON, printed compactly or with indentation, then broken by random edits.
const json = fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v, null, Math.random() < 0.5 ? 0 : 2));
const junk = fc.constantFrom(..."{}[]:,\"\\/*-+.0123456789eEtrufalsn \t\n\rx\u0001\u00a0u");
const edited = fc
  .tuple(json, fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.string({ unit: junk, maxLength: 3 })), { maxLength: 3 }))
  .map(([text, edits]) => edits.reduce((t, [at, del, ins]) => t.slice(0, at % (t.length + 1)) + ins + t.slice((at % (t.length + 1)) + del), text));
const noise = fc.string({ unit: junk, maxLength: 30 });
const anyText = fc.oneof(json, edited, edited, noise);

describe("the JSON scanner and tree, jsonc-parser as the oracle", () => {
  it("scans every text into jsonc-parser's tokens: kind, offset, length, value and scan error", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const [mine, theirs] = [createJsonScanner(text), createScanner(text, false)];
        for (let i = 0; i <= text.length + 1; i++) {
          const t = mine.scan();
          const u = theirs.scan();
          expect([t, mine.offset, mine.length, mine.error]).toEqual([u, theirs.getTokenOffset(), theirs.getTokenLength(), theirs.getTokenError()]);
          if (u === 10 || u === 11) expect(mine.value).toBe(theirs.getTokenValue());
          if (u === 17) break;
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("finds jsonc-parser's first syntax error (code, offset, length) and, on valid text, its tree", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const errors: ParseError[] = [];
        const root = parseTree(text, errors, STRICT);
        const mine = parseJsonTree(text);
        const first = errors[0];
        expect(mine.error).toEqual(first && { error: first.error, offset: first.offset, length: first.length });
        if (!first) expect(shape(mine.root)).toEqual(shape(root));
        else if (mine.root) expect(mine.root.offset).toBe(root?.offset);
      }),
      { numRuns: 3000 },
    );
  });

  it("reads every kind of value and stops at the first error", () => {
    expect(shape(parseJsonTree('{"a": [1, "x", true, false, null, {}], "b": -0.5e3}').root)).toEqual(
      shape(parseTree('{"a": [1, "x", true, false, null, {}], "b": -0.5e3}')),
    );
    expect(parseJsonTree("[1,]").error).toEqual({ error: 4, offset: 3, length: 1 });
    expect(parseJsonTree('{"a" 1}').error).toEqual({ error: 5, offset: 5, length: 1 });
    expect(parseJsonTree("[1 // no\n]").error).toEqual({ error: 10, offset: 3, length: 5 });
    expect(parseJsonTree("").error).toEqual({ error: 4, offset: 0, length: 0 });
  });

  it("gives a failing string's first bad character or escape where a scan of the string from its quote finds it", () => {
    // The scan syntax-error.ts used to run over the string token (the oracle of `problem`).
    const isHex = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
    const firstProblem = (text: string, start: number): { offset: number; length: number; error: number } | undefined => {
      for (let i = start + 1; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x22 || c === 0x0a || c === 0x0d) return undefined;
        if (c < 0x20) return { offset: i, length: 1, error: 16 };
        if (c === 0x5c) {
          const e = text.charCodeAt(i + 1);
          if (e === 0x75) {
            for (let k = 2; k < 6; k++) if (!isHex(text.charCodeAt(i + k))) return { offset: i, length: Math.min(6, text.length - i), error: 14 };
            i += 5;
          } else if ([0x22, 0x5c, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74].includes(e)) i++;
          else if (Number.isNaN(e)) return undefined;
          else return { offset: i, length: 2, error: 15 };
        }
      }
      return undefined;
    };
    const stringish = fc.string({ unit: fc.constantFrom(..."\\u0aF9g\"\n\r\t\u0001\u001fbfnrt/ x"), maxLength: 14 });
    fc.assert(
      fc.property(fc.constantFrom("", "[", '{"k": ', '{"'), stringish, (before, body) => {
        const text = `${before}"${body}`;
        const { error, problem } = parseJsonTree(text);
        if (error && error.error >= 14 && error.error <= 16) expect(problem).toEqual(firstProblem(text, error.offset));
      }),
      { numRuns: 2000 },
    );
  });
});
