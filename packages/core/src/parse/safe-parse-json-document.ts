import { parseJsonTree } from "./json-tree.js";
import type { Issue } from "../issues/issue.js";
import { checkKeys } from "./check-keys.js";
import { createLocator, locateNothing } from "./locate.js";
import type { Locate } from "./locate.js";
import { scanNesting } from "./nesting-scan.js";
import { isCleanJson } from "./strict-scan.js";
import { createLineIndex } from "./source-position.js";
import type { LineIndex } from "./source-position.js";
import { syntaxErrorIssue } from "./syntax-error.js";
import { decodeUtf8, utf8ByteLength } from "./utf8.js";

/** Default size limit of a document: 5 MiB of UTF-8. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
/** Default nesting limit: scales are a handful of levels deep, so 64 is generous. */
export const DEFAULT_MAX_DEPTH = 64;
/**
 * Hard ceiling on `maxDepth`: the syntax tree's parser and JSON.parse recurse once per level, and 1000 levels
 * is far below any JavaScript engine's stack on any platform.
 */
export const MAX_DEPTH_CEILING = 1000;

/** Limits applied to untrusted input before it is parsed. */
export interface ParseJsonOptions {
  /** Largest accepted document, in UTF-8 bytes (strings are measured as UTF-8). Default 5 MiB. */
  readonly maxBytes?: number;
  /** Deepest accepted nesting of arrays and objects (`[]` is 1). Default 64, at most 1000. */
  readonly maxDepth?: number;
}

/** A document that is strict JSON with no duplicate or forbidden key. */
export interface ParsedJsonSuccess {
  readonly ok: true;
  /** The value, as JSON.parse builds it. */
  readonly value: unknown;
  /** The decoded text without its byte order mark; positions index into it. */
  readonly text: string;
  /** Infos and warnings only (e.g. `byte_order_mark`). */
  readonly issues: readonly Issue[];
  readonly locate: Locate;
}

/** A document that was refused; `issues` holds at least one error. */
export interface ParsedJsonFailure {
  readonly ok: false;
  /** The decoded text without its byte order mark, when it could be decoded. */
  readonly text: string | undefined;
  readonly issues: readonly Issue[];
  /** Works whenever a syntax tree was built (after syntax, duplicate or forbidden-key errors). */
  readonly locate: Locate;
}

/** Result of {@link safeParseJsonDocument}. */
export type ParsedJson = ParsedJsonSuccess | ParsedJsonFailure;

const JSON_WHITESPACE_ONLY = /^[ \t\n\r]*$/;

function limit(value: number | undefined, fallback: number, ceiling: number): number {
  // Options come from code, not documents, but a NaN must not switch a limit off.
  if (value === undefined || Number.isNaN(value) || value < 0) return fallback;
  return Math.min(Math.floor(value), ceiling);
}

/** The limits {@link safeParseJsonDocument} applies for these options (defaults filled, depth capped). */
export function resolveParseLimits(options: ParseJsonOptions = {}): { readonly maxBytes: number; readonly maxDepth: number } {
  return {
    maxBytes: limit(options.maxBytes, DEFAULT_MAX_BYTES, Infinity),
    maxDepth: limit(options.maxDepth, DEFAULT_MAX_DEPTH, MAX_DEPTH_CEILING),
  };
}

function issue(code: string, params: Issue["params"], pointer = "", severity: Issue["severity"] = "error"): Issue {
  return { code, severity, pointer, params };
}

function failure(text: string | undefined, issues: readonly Issue[], locate: Locate = locateNothing): ParsedJsonFailure {
  return { ok: false, text, issues, locate };
}

function unparseable(lines: LineIndex): Issue {
  const at = lines.positionAt(0);
  return issue("invalid_json", { reason: "unparseable", line: at.line, column: at.column, offset: at.offset, found: "" });
}

/**
 * Parses an untrusted JSON document, strictly (RFC 8259: no comments, no trailing commas), into
 * a value plus issues and a {@link Locate} that maps JSON Pointers to lines and columns. Never
 * throws on any input: every problem is a coded issue. Checks run cheapest first, and each check
 * that bounds the work (size, encoding, depth) runs before the step it protects.
 *
 * @example
 * const parsed = safeParseJsonDocument('{\n  "name": "ES"\n}');
 * if (parsed.ok) parsed.locate("/name"); // { line: 2, column: 3, offset: 4 }
 */
export function safeParseJsonDocument(input: string | Uint8Array, options: ParseJsonOptions = {}): ParsedJson {
  return parseWith(input, options, true);
}

/**
 * {@link safeParseJsonDocument} without its fast path: every document goes through the thorough
 * checks that find and place issues. Internal; tests compare the two paths.
 */
export function safeParseJsonDocumentThoroughly(input: string | Uint8Array, options: ParseJsonOptions = {}): ParsedJson {
  return parseWith(input, options, false);
}

function parseWith(input: string | Uint8Array, options: ParseJsonOptions, fast: boolean): ParsedJson {
  const { maxBytes, maxDepth } = resolveParseLimits(options);
  const issues: Issue[] = [];

  if (typeof input === "string") {
    // A UTF-16 code unit takes 1 to 3 bytes: count exactly only when the bounds do not decide.
    if (input.length * 3 > maxBytes) {
      const bytes = utf8ByteLength(input);
      if (bytes > maxBytes) return failure(undefined, [issue("document_too_large", { bytes, limit: maxBytes })]);
    }
  } else if (input.byteLength > maxBytes) {
    return failure(undefined, [issue("document_too_large", { bytes: input.byteLength, limit: maxBytes })]);
  }

  let text: string;
  if (typeof input === "string") text = input;
  else {
    const decoded = decodeUtf8(input);
    if (!decoded.ok) {
      const prefix = decoded.validPrefix.replace(/^\uFEFF/, "");
      const at = createLineIndex(prefix).positionAt(prefix.length);
      return failure(undefined, [
        issue("invalid_utf8", { byteOffset: decoded.byteOffset, line: at.line, column: at.column, offset: at.offset }),
      ]);
    }
    text = decoded.text;
  }

  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    issues.push(issue("byte_order_mark", {}, "", "info"));
  }
  if (JSON_WHITESPACE_ONLY.test(text)) return failure(text, [...issues, issue("empty_document", {})]);

  // The fast path: one scan that bounds depth and checks keys before JSON.parse builds anything.
  // It says yes only to documents the thorough path accepts; the rest take the thorough path,
  // which finds and places their issues. Positions are worked out only when asked for.
  if (fast && isCleanJson(text, maxDepth)) {
    try {
      return { ok: true, value: JSON.parse(text), text, issues, locate: lazyLocator(text) };
    } catch {
      // Structure was fine but JSON.parse refused something inside (a string or a number):
      // the thorough path says what and where.
    }
  }
  return parseThoroughly(text, issues, maxDepth);
}

/** The checks that find and place every issue: depth, syntax, keys, then JSON.parse. */
function parseThoroughly(text: string, issues: Issue[], maxDepth: number): ParsedJson {
  const lines = createLineIndex(text);
  const overflow = scanNesting(text, maxDepth);
  if (overflow) {
    const at = lines.positionAt(overflow.offset);
    return failure(text, [
      ...issues,
      issue("nesting_too_deep", { depth: overflow.depth, limit: maxDepth, line: at.line, column: at.column, offset: at.offset }, overflow.pointer),
    ]);
  }

  let tree: ReturnType<typeof parseJsonTree>;
  try {
    tree = parseJsonTree(text);
  } catch {
    // Not expected once depth is bounded; kept so that a parser bug cannot become a crash.
    return failure(text, [...issues, unparseable(lines)]);
  }
  const { root, error: firstError, problem } = tree;
  const locate = root ? createLocator(root, lines) : locateNothing;
  // Only the first syntax error: the parser stops there (later errors would be echoes of it).
  if (firstError) return failure(text, [...issues, syntaxErrorIssue(text, firstError, lines, problem)], locate);
  if (!root) return failure(text, [...issues, unparseable(lines)], locate);

  const keyIssues = checkKeys(root, lines);
  if (keyIssues.length > 0) return failure(text, [...issues, ...keyIssues], locate);

  let value: unknown;
  try {
    // Safe now: no duplicate key to disagree on, no __proto__ key, depth bounded. JSON.parse is
    // also a second, independent judge of strictness.
    value = JSON.parse(text);
  } catch {
    return failure(text, [...issues, unparseable(lines)], locate);
  }
  return { ok: true, value, text, issues, locate };
}

/**
 * A {@link Locate} for a document that passed the fast path: the syntax tree and line table are
 * built on the first call that needs them (most valid documents are never located). The root
 * needs neither: it is the first non-whitespace character, after a few line breaks at most.
 */
function lazyLocator(text: string): Locate {
  let locate: Locate | undefined;
  return (pointer, part) => {
    if (pointer === "" && !locate) {
      let start = 0;
      while (start < text.length && " \t\n\r".includes(text.charAt(start))) start++;
      return createLineIndex(text.slice(0, start)).positionAt(start);
    }
    if (!locate) {
      // The text passed the fast path and JSON.parse, so it is strict JSON and has a tree.
      const { root } = parseJsonTree(text);
      locate = root ? createLocator(root, createLineIndex(text)) : locateNothing;
    }
    return locate(pointer, part);
  };
}
