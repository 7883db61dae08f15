import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapePointerToken } from "../issues/issue.js";
import { FORBIDDEN_KEYS } from "./check-keys.js";
import { safeParseJsonDocument } from "./safe-parse-json-document.js";

interface Expected {
  /** Offset of the member's key (its opening quote), for object members. */
  readonly key: number | undefined;
  /** Offset of the value's first character. */
  readonly value: number;
}

/**
 * The test's oracle: writes a value exactly as JSON.stringify(value, null, 2) does, recording
 * where each pointer's key and value start. Checked against JSON.stringify before use.
 */
function stringifyWithOffsets(root: unknown): { text: string; offsets: Map<string, Expected> } {
  let text = "";
  const offsets = new Map<string, Expected>();
  const write = (value: unknown, indent: string, pointer: string, key: number | undefined): void => {
    offsets.set(pointer, { key, value: text.length });
    const inner = `${indent}  `;
    if (Array.isArray(value)) {
      if (value.length === 0) text += "[]";
      else {
        text += "[";
        value.forEach((item, i) => {
          text += `${i > 0 ? "," : ""}\n${inner}`;
          write(item, inner, `${pointer}/${i}`, undefined);
        });
        text += `\n${indent}]`;
      }
    } else if (value !== null && typeof value === "object") {
      const keys = Object.keys(value);
      if (keys.length === 0) text += "{}";
      else {
        text += "{";
        keys.forEach((k, i) => {
          text += `${i > 0 ? "," : ""}\n${inner}`;
          const keyOffset = text.length;
          text += `${JSON.stringify(k)}: `;
          write((value as Record<string, unknown>)[k], inner, `${pointer}/${escapePointerToken(k)}`, keyOffset);
        });
        text += `\n${indent}}`;
      }
    } else text += JSON.stringify(value);
  };
  write(root, "", "", undefined);
  return { text, offsets };
}

function hasForbiddenKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasForbiddenKey);
  if (value !== null && typeof value === "object") {
    return Object.keys(value).some((k) => FORBIDDEN_KEYS.includes(k) || hasForbiddenKey((value as Record<string, unknown>)[k]));
  }
  return false;
}

function depthOf(value: unknown): number {
  if (value === null || typeof value !== "object") return 0;
  return 1 + Math.max(0, ...Object.values(value).map(depthOf));
}

/** JSON has no -0: JSON.stringify writes it as 0. */
function withoutNegativeZero(value: unknown): unknown {
  if (Object.is(value, -0)) return 0;
  if (Array.isArray(value)) return value.map(withoutNegativeZero);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutNegativeZero(v)]));
  }
  return value;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const lines = text.slice(0, offset).split("\n");
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

describe("locate", () => {
  it("round-trips any JSON value and locates every pointer at its key and its value", () => {
    const anyJson = fc.oneof(fc.jsonValue(), fc.jsonValue({ stringUnit: "grapheme" }), fc.jsonValue({ stringUnit: "binary" }));
    fc.assert(
      fc.property(anyJson, (value) => {
        const { text, offsets } = stringifyWithOffsets(value);
        expect(text).toBe(JSON.stringify(value, null, 2));
        const parsed = safeParseJsonDocument(text);
        if (depthOf(value) > 64) {
          expect(parsed.issues.map((i) => i.code)).toEqual(["nesting_too_deep"]);
          return;
        }
        if (hasForbiddenKey(value)) {
          expect(parsed.ok).toBe(false);
          expect(parsed.issues.length).toBeGreaterThan(0);
          for (const issue of parsed.issues) expect(issue.code).toBe("forbidden_key");
        } else {
          expect(parsed.ok).toBe(true);
          if (parsed.ok) expect(parsed.value).toEqual(withoutNegativeZero(value));
        }
        for (const [pointer, expected] of offsets) {
          const at = parsed.locate(pointer, "value");
          expect(at, pointer).toEqual({ offset: expected.value, ...lineColumn(text, expected.value) });
          const key = parsed.locate(pointer);
          const keyOffset = expected.key ?? expected.value;
          expect(key, pointer).toEqual({ offset: keyOffset, ...lineColumn(text, keyOffset) });
        }
      }),
    );
  });

  const text = '{\n  "a": {"b": [10, {"c": null}]},\n  "x~/y": 1\n}';
  const parsed = safeParseJsonDocument(text);

  it("follows escaped pointer tokens", () => {
    expect(parsed.locate("/x~0~1y")?.offset).toBe(text.indexOf('"x~/y"'));
  });

  it("gives the deepest existing ancestor for a pointer that does not exist, with the same part", () => {
    expect(parsed.locate("/a/b/1/zzz")?.offset).toBe(text.indexOf('{"c"'));
    expect(parsed.locate("/a/missing/deeper")?.offset).toBe(text.indexOf('"a"'));
    expect(parsed.locate("/a/missing", "value")?.offset).toBe(text.indexOf('{"b"'));
    expect(parsed.locate("/a/b/2")?.offset).toBe(text.indexOf('"b"'));
    expect(parsed.locate("/a/b/-")?.offset).toBe(text.indexOf('"b"'));
    expect(parsed.locate("/a/b/01", "value")?.offset).toBe(text.indexOf("[10"));
    expect(parsed.locate("/a/b/0/x", "value")?.offset).toBe(text.indexOf("10"));
    expect(parsed.locate("/nothing")).toEqual({ line: 1, column: 1, offset: 0 });
  });

  it("gives undefined for a malformed pointer", () => {
    expect(parsed.locate("a")).toBeUndefined();
    expect(parsed.locate("#/a")).toBeUndefined();
  });

  it("locates inside a document that was refused for a duplicate key (first occurrence)", () => {
    const dup = '{"k": 1, "k": 2}';
    const refused = safeParseJsonDocument(dup);
    expect(refused.ok).toBe(false);
    expect(refused.locate("/k", "value")?.offset).toBe(dup.indexOf("1"));
  });

  it("locates a key named __proto__ without touching any prototype", () => {
    const proto = '{"__proto__": {"polluted": true}}';
    const refused = safeParseJsonDocument(proto);
    expect(refused.locate("/__proto__/polluted")?.offset).toBe(proto.indexOf('"polluted"'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
