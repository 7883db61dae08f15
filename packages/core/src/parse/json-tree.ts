/**
 * The syntax tree of a strict JSON text (RFC 8259: no comments, no trailing commas, no empty
 * text), for positions and key checks, with the first syntax error as jsonc-parser 3's
 * `parseTree` reports it (its code, offset and length; jsonc-parser is the oracle of
 * json-tree.test.ts). Parsing stops at the first error: later ones would be echoes of it.
 */
import * as T from "./_json-tokens.js";
import type { Token } from "./_json-tokens.js";
import { createJsonScanner } from "./json-scanner.js";

/** A node of the tree: containers have children; a property's are its key and its value. */
export interface JsonNode {
  readonly type: "object" | "array" | "property" | "string" | "number" | "boolean" | "null";
  readonly offset: number;
  readonly value?: unknown;
  readonly children?: JsonNode[];
}

/** The first syntax error: jsonc-parser's `ParseErrorCode` number, where, and how long. */
export interface JsonSyntaxError {
  readonly error: number;
  readonly offset: number;
  readonly length: number;
}

/**
 * jsonc-parser's `ParseErrorCode` numbers, one constant each (see _json-tokens.ts for why). A scan
 * error from 2 on (an unterminated string, a number without digits after "." or "e", a bad "\u"
 * escape, a bad escape, a control character) is parse error 10 more (12 to 16).
 */
const INVALID_SYMBOL = 1;
const INVALID_NUMBER_FORMAT = 2;
const PROPERTY_NAME_EXPECTED = 3;
const VALUE_EXPECTED = 4;
const COLON_EXPECTED = 5;
const COMMA_EXPECTED = 6;
const CLOSE_BRACE_EXPECTED = 7;
const CLOSE_BRACKET_EXPECTED = 8;
const END_OF_FILE_EXPECTED = 9;
const INVALID_COMMENT_TOKEN = 10;

/** Thrown inside the parser to stop at the first error; never leaves {@link parseJsonTree}. */
const STOP = Symbol("stop");

/**
 * Parses `text` into a tree; on a syntax error, the tree built up to it and the error. Recursion
 * is one level per nesting level: bound the depth first (nesting-scan.ts).
 *
 * @example
 * parseJsonTree('{"a": [1]}').root?.children?.[0]?.children?.[0]?.value; // "a"
 * parseJsonTree("[1,]").error; // { error: 4, offset: 3, length: 1 } (value expected)
 */
export function parseJsonTree(text: string): {
  readonly root: JsonNode | undefined;
  readonly error: JsonSyntaxError | undefined;
  /**
   * When the error is a string's: its first bad character or escape, as a parse error (code 14
   * to 16) with its own offset and length (the error covers the whole string, and its code is
   * that of the string's last problem).
   */
  readonly problem?: JsonSyntaxError | undefined;
} {
  const s = createJsonScanner(text);
  const top: JsonNode[] = [];
  let token: Token = T.EOF;
  let error: JsonSyntaxError | undefined;
  let problem: JsonSyntaxError | undefined;

  const fail = (code: number): never => {
    error = { error: code, offset: s.offset, length: s.length };
    const p = s.problem;
    if (p) problem = { error: p.error + 10, offset: p.offset, length: p.length };
    throw STOP;
  };

  function next(): void {
    for (;;) {
      const t = s.scan();
      if (s.error > T.UNEXPECTED_END_OF_COMMENT) fail(s.error + 10);
      if (t === T.LINE_COMMENT || t === T.BLOCK_COMMENT) fail(INVALID_COMMENT_TOKEN);
      if (t === T.UNKNOWN) fail(INVALID_SYMBOL);
      if (t !== T.LINE_BREAK && t !== T.WHITESPACE) {
        token = t;
        return;
      }
    }
  }

  /** Items of an array, members of an object: separated by commas, up to `close`. */
  function items(close: Token, item: () => boolean, missing: number): void {
    next();
    let needsComma = false;
    while (token !== close && token !== T.EOF) {
      if (token === T.COMMA) {
        if (!needsComma) fail(VALUE_EXPECTED);
        next();
      } else if (needsComma) fail(COMMA_EXPECTED);
      if (!item()) fail(VALUE_EXPECTED);
      needsComma = true;
    }
    if (token !== close) fail(missing);
    next();
  }

  function property(into: JsonNode[]): boolean {
    if (token !== T.STRING) fail(PROPERTY_NAME_EXPECTED);
    const children: JsonNode[] = [{ type: "string", offset: s.offset, value: s.value }];
    into.push({ type: "property", offset: s.offset, children });
    next();
    if (token !== T.COLON) fail(COLON_EXPECTED);
    next();
    if (!value(children)) fail(VALUE_EXPECTED);
    return true;
  }

  function value(into: JsonNode[]): boolean {
    const offset = s.offset;
    const children: JsonNode[] = [];
    switch (token) {
      case T.OPEN_BRACKET:
        into.push({ type: "array", offset, children });
        items(T.CLOSE_BRACKET, () => value(children), CLOSE_BRACKET_EXPECTED);
        return true;
      case T.OPEN_BRACE:
        into.push({ type: "object", offset, children });
        items(T.CLOSE_BRACE, () => property(children), CLOSE_BRACE_EXPECTED);
        return true;
      case T.STRING:
        into.push({ type: "string", offset, value: s.value });
        break;
      case T.NUMBER:
        if (Number.isNaN(Number(s.value))) fail(INVALID_NUMBER_FORMAT);
        into.push({ type: "number", offset, value: Number(s.value) });
        break;
      case T.TRUE:
      case T.FALSE:
        into.push({ type: "boolean", offset, value: token === T.TRUE });
        break;
      case T.NULL:
        into.push({ type: "null", offset, value: null });
        break;
      default:
        return false;
    }
    next();
    return true;
  }

  try {
    next();
    if (token === T.EOF || !value(top)) fail(VALUE_EXPECTED);
    if (token !== T.EOF) fail(END_OF_FILE_EXPECTED);
  } catch (e) {
    if (e !== STOP) throw e;
  }
  return { root: top[0], error, problem };
}
