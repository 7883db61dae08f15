import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderMessage } from "../issues/render.js";
import type { Issue } from "../issues/issue.js";
import { DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, MAX_DEPTH_CEILING, safeParseJsonDocument, resolveParseLimits } from "./safe-parse-json-document.js";
import type { ParsedJson } from "./safe-parse-json-document.js";
import { es } from "../locales/es/index.js";
import { en } from "../locales/en/index.js";

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

function only(parsed: ParsedJson, code: string): Issue {
  const found = parsed.issues.filter((i) => i.code === code);
  expect(found, JSON.stringify(parsed.issues)).toHaveLength(1);
  return found[0]!;
}

/** Line and column of `offset`, counted by hand from the text (the test's own oracle). */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

describe("safeParseJsonDocument: accepted documents", () => {
  it("parses strict JSON to the same value as JSON.parse, with no issues", () => {
    const text = '{"name": "España", "levels": [1, 2.5, -3e2, true, false, null, "\\u00e9"]}';
    const parsed = safeParseJsonDocument(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.value).toEqual({ name: "España", levels: [1, 2.5, -300, true, false, null, "é"] });
    expect(parsed.issues).toEqual([]);
  });

  it("accepts the same document given as UTF-8 bytes", () => {
    const parsed = safeParseJsonDocument(encode('{"a": ["中文", "😀"]}'));
    expect(parsed.ok && parsed.value).toEqual({ a: ["中文", "😀"] });
  });

  it("accepts and strips a byte order mark, with an info issue", () => {
    for (const input of ['\uFEFF{"a": 1}', new Uint8Array([0xef, 0xbb, 0xbf, ...encode('{"a": 1}')])]) {
      const parsed = safeParseJsonDocument(input);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.value).toEqual({ a: 1 });
      expect(parsed.text).toBe('{"a": 1}');
      expect(parsed.issues).toEqual([{ code: "byte_order_mark", severity: "info", pointer: "", params: {} }]);
      expect(parsed.locate("/a")).toEqual({ line: 1, column: 2, offset: 1 });
    }
  });

  it("accepts a scalar document and surrounding JSON whitespace", () => {
    const parsed = safeParseJsonDocument(' \t\r\n 42 \n');
    expect(parsed.ok && parsed.value).toBe(42);
  });

  it("accepts the largest document within the limit and nesting at the limit", () => {
    expect(safeParseJsonDocument('"abc"', { maxBytes: 5 }).ok).toBe(true);
    expect(safeParseJsonDocument("[[1]]", { maxDepth: 2 }).ok).toBe(true);
    expect(safeParseJsonDocument("1", { maxDepth: 0 }).ok).toBe(true);
  });
});

describe("resolveParseLimits", () => {
  it("fills defaults, keeps a NaN or negative limit from switching a check off, and caps depth", () => {
    const defaults = { maxBytes: DEFAULT_MAX_BYTES, maxDepth: DEFAULT_MAX_DEPTH };
    expect(resolveParseLimits()).toEqual(defaults);
    expect(resolveParseLimits({ maxBytes: Number.NaN, maxDepth: -1 })).toEqual(defaults);
    expect(resolveParseLimits({ maxBytes: 10.7, maxDepth: 1e9 })).toEqual({ maxBytes: 10, maxDepth: MAX_DEPTH_CEILING });
  });
});

describe("safeParseJsonDocument: each issue code", () => {
  it("document_too_large: measured in UTF-8 bytes before parsing", () => {
    // "é" is 2 bytes: 4 characters, 6 bytes with quotes... over a 5-byte limit.
    const issue = only(safeParseJsonDocument('"éé"', { maxBytes: 5 }), "document_too_large");
    expect(issue).toMatchObject({ severity: "error", pointer: "", params: { bytes: 6, limit: 5 } });
    const bytes = only(safeParseJsonDocument(new Uint8Array(11), { maxBytes: 10 }), "document_too_large");
    expect(bytes.params).toEqual({ bytes: 11, limit: 10 });
  });

  it("document_too_large: the default limit is 5 MiB, and a huge input is refused without parsing", () => {
    const parsed = safeParseJsonDocument(new Uint8Array(DEFAULT_MAX_BYTES + 1).fill(0x5b));
    expect(parsed.issues.map((i) => i.code)).toEqual(["document_too_large"]);
    expect(parsed.text).toBeUndefined();
  });

  it("invalid_utf8: byte offset, line and column of the first bad sequence", () => {
    const prefix = encode('{\n  "é": "');
    const parsed = safeParseJsonDocument(new Uint8Array([...prefix, 0xc3, 0x28, ...encode('"\n}')]));
    const issue = only(parsed, "invalid_utf8");
    expect(issue.params).toEqual({ byteOffset: prefix.length, line: 2, column: 9, offset: 10 });
    expect(parsed.ok).toBe(false);
    expect(parsed.locate("")).toBeUndefined();
  });

  it("invalid_utf8: columns after a BOM ignore the BOM", () => {
    const parsed = safeParseJsonDocument(new Uint8Array([0xef, 0xbb, 0xbf, 0x22, 0xff, 0x22]));
    expect(only(parsed, "invalid_utf8").params).toEqual({ byteOffset: 4, line: 1, column: 2, offset: 1 });
  });

  it("empty_document: empty, whitespace only, or only a BOM", () => {
    for (const input of ["", "  \n\t\r\n", "\uFEFF", new Uint8Array(0)]) {
      const parsed = safeParseJsonDocument(input);
      expect(parsed.ok).toBe(false);
      expect(only(parsed, "empty_document")).toMatchObject({ severity: "error", pointer: "" });
    }
  });

  it("nesting_too_deep: depth, limit, the pointer and position of the first container too deep", () => {
    const text = '{"a": [1, {"b": [[]]}]}';
    const issue = only(safeParseJsonDocument(text, { maxDepth: 4 }), "nesting_too_deep");
    const offset = text.indexOf("[[") + 1;
    expect(issue).toMatchObject({ severity: "error", pointer: "/a/1/b/0" });
    expect(issue.params).toEqual({ depth: 5, limit: 4, offset, ...lineColumn(text, offset) });
  });

  it("nesting_too_deep: 100 000 nested arrays are refused without overflowing the stack", () => {
    const parsed = safeParseJsonDocument("[".repeat(100_000) + "]".repeat(100_000));
    const issue = only(parsed, "nesting_too_deep");
    expect(issue.params).toMatchObject({ depth: 100_000, limit: 64, offset: 64 });
    expect(issue.pointer).toBe("/0".repeat(64));
  });

  it("nesting_too_deep: also for unbalanced and malformed deep input", () => {
    for (const text of ["[".repeat(100_000), '{"a":'.repeat(100_000), "[},".repeat(100_000), '[{"a":[},'.repeat(50_000)]) {
      const parsed = safeParseJsonDocument(text);
      expect(parsed.issues.map((i) => i.code)).toEqual(["nesting_too_deep"]);
    }
  });

  it("nesting_too_deep: maxDepth is capped, so a huge limit cannot re-enable the stack overflow", () => {
    const issue = only(safeParseJsonDocument("[".repeat(100_000), { maxDepth: 1e9 }), "nesting_too_deep");
    expect(issue.params.limit).toBe(MAX_DEPTH_CEILING);
  });

  it("invalid_json: the reason, line, column and the text found there", () => {
    const cases: [string, string, string, string][] = [
      // text, reason, where (the first occurrence of this marker is the reported offset), found
      ['{\n  "a": 1,\n  "b": 2,\n}', "trailing_comma", ",\n}", '","'],
      ["[1, 2,]", "trailing_comma", ",]", '","'],
      ['{"a": 1 "b": 2}', "comma_expected", '"b"', '"\\"b\\""'],
      ['{"a" 1}', "colon_expected", "1}", '"1"'],
      ["{1: 2}", "property_name_expected", "1:", '"1"'],
      ['{"a": }', "value_expected", "}", '"}"'],
      ['{"a": 1', "unclosed_object", "", "EOF"],
      ["[1, 2", "unclosed_array", "", "EOF"],
      ["[1] 2", "trailing_data", "2", '"2"'],
      ['{"a": 1} x', "unexpected_token", "x", '"x"'],
      ["// note\n{}", "comment_not_allowed", "//", '"// note"'],
      ["{} /* note */", "comment_not_allowed", "/*", '"/* note */"'],
      ['["abc', "unterminated_string", '"abc', '"\\"abc"'],
      ['["a\\qb"]', "invalid_escape", "\\q", '"\\\\q"'],
      ['["\\u12G4"]', "invalid_unicode_escape", "\\u", '"\\\\u12G4"'],
      ['["a\tb"]', "control_character_in_string", "\t", '"\\t"'],
      ["[NaN]", "unexpected_token", "NaN", '"NaN"'],
      ["['a']", "unexpected_token", "'a'", "\"'a'\""],
      ["[01]", "invalid_number", "01", '"01"'],
      ["[1.]", "invalid_number", "1.", '"1."'],
      ["[-]", "unexpected_token", "-", '"-"'],
    ];
    for (const [text, reason, marker, found] of cases) {
      const parsed = safeParseJsonDocument(text);
      expect(parsed.ok, text).toBe(false);
      const issue = only(parsed, "invalid_json");
      const offset = marker === "" ? text.length : text.indexOf(marker);
      expect(issue, text).toMatchObject({ severity: "error", pointer: "" });
      expect(issue.params, text).toEqual({ reason, offset, ...lineColumn(text, offset), found });
    }
  });

  it("invalid_json: found text is quoted so that no control character reaches a terminal", () => {
    const issue = only(safeParseJsonDocument("[\u001b[31m]"), "invalid_json");
    expect(issue.params.found).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    const c1 = only(safeParseJsonDocument("[\u009b31m]"), "invalid_json");
    expect(c1.params.found).toBe('"\\u009b31m"');
  });

  it("duplicate_key: pointer of the object, the key, and both positions, after unescaping", () => {
    const text = '{\n  "levels": [{\n    "code": 1,\n    "c\\u006fde": 2\n  }]\n}';
    const parsed = safeParseJsonDocument(text);
    expect(parsed.ok).toBe(false);
    const issue = only(parsed, "duplicate_key");
    const first = text.indexOf('"code"');
    const second = text.indexOf('"c\\u006fde"');
    expect(issue).toMatchObject({ severity: "error", pointer: "/levels/0" });
    const a = lineColumn(text, first);
    expect(issue.params).toEqual({
      key: "code",
      offset: second,
      ...lineColumn(text, second),
      firstLine: a.line,
      firstColumn: a.column,
      firstOffset: first,
    });
  });

  it("duplicate_key: one issue per extra occurrence", () => {
    const parsed = safeParseJsonDocument('{"a": 1, "a": 2, "a": 3}');
    expect(parsed.issues.map((i) => [i.code, i.params.offset, i.params.firstOffset])).toEqual([
      ["duplicate_key", 9, 1],
      ["duplicate_key", 17, 1],
    ]);
  });

  it("forbidden_key: __proto__, constructor and prototype at any depth, even escaped", () => {
    const text = '{"a": {"__proto__": {"x": 1}}, "b": [{"constructor": 1}], "prototype": 2, "c": {"__proto\\u005f_": 3}}';
    const parsed = safeParseJsonDocument(text);
    expect(parsed.ok).toBe(false);
    const found = parsed.issues.filter((i) => i.code === "forbidden_key");
    expect(found.map((i) => [i.pointer, i.params.key, i.params.offset])).toEqual([
      ["/a/__proto__", "__proto__", text.indexOf('"__proto__"')],
      ["/b/0/constructor", "constructor", text.indexOf('"constructor"')],
      ["/prototype", "prototype", text.indexOf('"prototype"')],
      ["/c/__proto__", "__proto__", text.indexOf('"__proto\\u005f_"')],
    ]);
    for (const issue of found) expect(issue.severity).toBe("error");
    // Nothing leaked into a prototype while parsing.
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("keys that only look forbidden are accepted", () => {
    const parsed = safeParseJsonDocument('{"__proto": 1, "Constructor": 2, "prototypes": 3, "x": "__proto__"}');
    expect(parsed.ok).toBe(true);
  });

  it("every issue renders in English and Spanish with all placeholders filled", () => {
    const inputs = [`"${"é".repeat(20)}"`, new Uint8Array([0xff]), "", "[[[1]]]", "[1,]", '{"a":1,"a":2}', '{"__proto__":1}', "\uFEFF1"];
    const codes = new Set<string>();
    for (const input of inputs) {
      for (const issue of safeParseJsonDocument(input, { maxBytes: 20, maxDepth: 2 }).issues) {
        codes.add(issue.code);
        for (const [lang, locale] of [["en", en], ["es", es]] as const) {
          const message = renderMessage(issue, locale);
          expect(message, `${issue.code} ${lang}`).not.toMatch(/\{[A-Za-z0-9_]+\}/);
          expect(message).not.toContain(issue.code);
        }
      }
    }
    expect(codes.size).toBe(inputs.length);
  });
});

describe("safeParseJsonDocument: positions in multi-line documents with multi-byte characters", () => {
  const text = [
    "{",
    '  "nombre": "Señal é",',
    '  "emoji": "😀😀",',
    '  "中文": { "键": [true, "漢字"] },',
    '  "last": null',
    "}",
  ].join("\r\n");

  it("columns count UTF-16 code units (an emoji counts 2), lines start at 1", () => {
    for (const input of [text, encode(text)]) {
      const parsed = safeParseJsonDocument(input);
      expect(parsed.ok).toBe(true);
      expect(parsed.locate("/nombre")).toEqual({ line: 2, column: 3, offset: text.indexOf('"nombre"') });
      expect(parsed.locate("/emoji", "value")).toEqual({ line: 3, column: 12, offset: text.indexOf('"😀😀"') });
      expect(parsed.locate("/中文")).toEqual({ line: 4, column: 3, offset: text.indexOf('"中文"') });
      expect(parsed.locate("/中文/键/1")).toEqual({ line: 4, column: 23, offset: text.indexOf('"漢字"') });
      // After two emoji on line 3, line 5's columns are unaffected.
      expect(parsed.locate("/last", "value")).toEqual({ line: 5, column: 11, offset: text.indexOf("null") });
    }
  });

  it("a syntax error after multi-byte characters reports its column in UTF-16 code units", () => {
    const broken = '{\n  "é😀中": 1,\n  "x": tru\n}';
    const issue = only(safeParseJsonDocument(broken), "invalid_json");
    expect(issue.params).toMatchObject({ line: 3, column: 8, reason: "unexpected_token" });
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

/** Text mutations: the characters most likely to turn valid JSON into tricky invalid JSON. */
const mutationChar = fc.constantFrom(..."{}[],:\"\\0123456789-+.eE tfnul \n\r\t/*\u0000\u001f\uFEFF\u00e9\u4e2d\ud83d\ude00x", "\ud83d", "\ude00");
const mutation = fc.record({ at: fc.nat(), kind: fc.constantFrom("insert", "delete", "replace"), char: mutationChar });

function mutate(text: string, mutations: readonly { at: number; kind: string; char: string }[]): string {
  let out = text;
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % (out.length + 1);
    if (m.kind === "insert") out = out.slice(0, at) + m.char + out.slice(at);
    else if (m.kind === "delete") out = out.slice(0, at) + out.slice(at + 1);
    else out = out.slice(0, at) + m.char + out.slice(at + 1);
  }
  return out;
}

const mutatedJson = fc
  .tuple(fc.jsonValue({ maxDepth: 4 }), fc.boolean(), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([value, pretty, mutations]) => mutate(JSON.stringify(value, null, pretty ? 2 : undefined), mutations));

function jsonParseThrows(text: string): boolean {
  try {
    JSON.parse(text);
    return false;
  } catch {
    return true;
  }
}

describe("safeParseJsonDocument: properties", () => {
  it("never throws on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: fc.constantFrom(..."[]{},:\"\\ 1a\n") })), (text) => {
        const parsed = safeParseJsonDocument(text);
        expect(parsed.ok || parsed.issues.some((i) => i.severity === "error")).toBe(true);
      }),
    );
  });

  it("never throws on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const parsed = safeParseJsonDocument(bytes);
        expect(parsed.ok || parsed.issues.some((i) => i.severity === "error")).toBe(true);
      }),
    );
  });

  it("agrees with JSON.parse on mutated valid JSON (strings and bytes)", () => {
    fc.assert(
      fc.property(mutatedJson, (text) => {
        // As bytes, lone surrogates become U+FFFD: compare each form with what it really says.
        const asBytes = encode(text);
        const forms: [ParsedJson, string][] = [
          [safeParseJsonDocument(text), text],
          [safeParseJsonDocument(asBytes), new TextDecoder("utf-8", { ignoreBOM: true }).decode(asBytes)],
        ];
        for (const [parsed, source] of forms) {
          const withoutBom = source.replace(/^\uFEFF/, "");
          if (jsonParseThrows(withoutBom)) {
            expect(parsed.ok).toBe(false);
            const errors = parsed.issues.filter((i) => i.severity === "error").map((i) => i.code);
            expect(errors.length).toBe(1);
            expect(["invalid_json", "empty_document"]).toContain(errors[0]);
          } else if (parsed.ok) {
            expect(parsed.value).toEqual(JSON.parse(withoutBom));
          } else {
            // JSON.parse accepts duplicate and __proto__ keys; we refuse them on purpose.
            for (const issue of parsed.issues) expect(["duplicate_key", "forbidden_key", "byte_order_mark"]).toContain(issue.code);
          }
        }
      }),
    );
  });

  it("never throws on mutated valid JSON bytes", () => {
    const byteMutation = fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) });
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), fc.array(byteMutation, { minLength: 1, maxLength: 3 }), (value, mutations) => {
        const bytes = encode(JSON.stringify(value));
        for (const m of mutations) bytes[m.at % bytes.length] = m.byte;
        const parsed = safeParseJsonDocument(bytes);
        if (!parsed.ok) expect(parsed.issues.some((i) => i.severity === "error")).toBe(true);
      }),
    );
  });

  it("deep-nested input of any shape is refused or parsed, never a crash", () => {
    const piece = fc.constantFrom("[", "{", '{"a":', "[},", "]", "}", ",", "1", '"s"');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.integer({ min: 100, max: 3000 }), (pieces, times) => {
        const parsed = safeParseJsonDocument(pieces.join("").repeat(times), { maxDepth: MAX_DEPTH_CEILING });
        expect(parsed.ok || parsed.issues.length > 0).toBe(true);
      }),
      { numRuns: 30 },
    );
  });
});
