/**
 * Corpus cases that are not documents at all: bytes that the safe parser must refuse (or, for a
 * byte order mark, accept with an info). Each starts from the base scale's text.
 */
import { BASE_SCALE } from "../../../packages/core/test/fixtures/base-documents.js";

/** One raw case: the file's exact bytes. */
export interface RawCase {
  /** File name without `.json`: the issue code, optionally `--variant`. */
  readonly name: string;
  readonly note: string;
  readonly content: () => string | Uint8Array;
}

const baseText = (): string => `${JSON.stringify(BASE_SCALE, null, 2)}\n`;

function replaceOnce(text: string, find: string, replacement: string): string {
  const at = text.indexOf(find);
  if (at < 0) throw new Error(`raw case: "${find}" not found in the base scale`);
  return text.slice(0, at) + replacement + text.slice(at + find.length);
}

/** Every raw case. */
export const RAW_CASES: readonly RawCase[] = [
  {
    name: "invalid_json",
    note: 'A comma is missing after `"status": "active"`.',
    content: () => replaceOnce(baseText(), '"status": "active",', '"status": "active"'),
  },
  {
    name: "invalid_json--trailing-comma",
    note: "The last member of the top-level object is followed by a comma.",
    content: () => baseText().replace(/\n}\n$/, ",\n}\n"),
  },
  {
    name: "duplicate_key",
    note: '"version" appears twice in the top-level object.',
    content: () => replaceOnce(baseText(), '"status": "active",', '"status": "active",\n  "version": "9.9.9",'),
  },
  {
    name: "forbidden_key",
    note: 'A level has a "__proto__" member (prototype pollution attempt).',
    content: () => replaceOnce(baseText(), '"code": "L1",', '"code": "L1",\n      "__proto__": { "isAdmin": true },'),
  },
  {
    name: "nesting_too_deep",
    note: "An extension holds arrays nested 100 deep (the parser's limit is 64).",
    content: () => replaceOnce(baseText(), '"kind": "scale",', `"kind": "scale",\n  "x-extensions": { "org.example": ${"[".repeat(100)}${"]".repeat(100)} },`),
  },
  {
    name: "empty_document",
    note: "The file holds only white space.",
    content: () => "\n  \n",
  },
  {
    name: "invalid_utf8",
    note: "A label holds the byte 0xC3 followed by 0x28, which is not UTF-8.",
    content: () => {
      const text = replaceOnce(baseText(), '"code": "L1",', '"code": "L1\u0001",');
      const bytes = new TextEncoder().encode(text);
      const at = bytes.indexOf(0x01);
      const out = new Uint8Array(bytes.length + 1);
      out.set(bytes.subarray(0, at));
      out.set([0xc3, 0x28], at);
      out.set(bytes.subarray(at + 1), at + 2);
      return out;
    },
  },
  {
    name: "byte_order_mark",
    note: "The file starts with a UTF-8 byte order mark (accepted; reported as info).",
    content: () => `\uFEFF${baseText()}`,
  },
];
