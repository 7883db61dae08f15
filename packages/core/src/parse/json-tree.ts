/**
 * The syntax tree of a strict JSON text (RFC 8259: no comments, no trailing commas, no empty
 * text), for positions and key checks, with the first syntax error as jsonc-parser 3's
 * `parseTree` reports it (its code, offset and length; jsonc-parser is the oracle of
 * json-tree.test.ts). Parsing stops at the first error: later ones would be echoes of it.
 */
import { ScanError, Token, createJsonScanner } from "./json-scanner.js";

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

/** jsonc-parser's `ParseErrorCode` numbers. */
export const ParseErrorCode = {
  InvalidSymbol: 1,
  InvalidNumberFormat: 2,
  PropertyNameExpected: 3,
  ValueExpected: 4,
  ColonExpected: 5,
  CommaExpected: 6,
  CloseBraceExpected: 7,
  CloseBracketExpected: 8,
  EndOfFileExpected: 9,
  InvalidCommentToken: 10,
  UnexpectedEndOfString: 12,
  UnexpectedEndOfNumber: 13,
  InvalidUnicode: 14,
  InvalidEscapeCharacter: 15,
  InvalidCharacter: 16,
} as const;

/** The parse error of each scan error (an unclosed comment is reported as a comment). */
const SCAN_TO_PARSE: Partial<Record<ScanError, number>> = {
  [ScanError.UnexpectedEndOfString]: ParseErrorCode.UnexpectedEndOfString,
  [ScanError.UnexpectedEndOfNumber]: ParseErrorCode.UnexpectedEndOfNumber,
  [ScanError.InvalidUnicode]: ParseErrorCode.InvalidUnicode,
  [ScanError.InvalidEscapeCharacter]: ParseErrorCode.InvalidEscapeCharacter,
  [ScanError.InvalidCharacter]: ParseErrorCode.InvalidCharacter,
};

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
export function parseJsonTree(text: string): { readonly root: JsonNode | undefined; readonly error: JsonSyntaxError | undefined } {
  const s = createJsonScanner(text);
  const top: JsonNode[] = [];
  let token: Token = Token.EOF;
  let error: JsonSyntaxError | undefined;

  const fail = (code: number): never => {
    error = { error: code, offset: s.offset, length: s.length };
    throw STOP;
  };

  function next(): void {
    for (;;) {
      const t = s.scan();
      const scanError = SCAN_TO_PARSE[s.error];
      if (scanError) fail(scanError);
      if (t === Token.LineComment || t === Token.BlockComment) fail(ParseErrorCode.InvalidCommentToken);
      if (t === Token.Unknown) fail(ParseErrorCode.InvalidSymbol);
      if (t !== Token.LineBreak && t !== Token.Whitespace) {
        token = t;
        return;
      }
    }
  }

  /** Items of an array, members of an object: separated by commas, up to `close`. */
  function items(close: Token, item: () => boolean, missing: number): void {
    next();
    let needsComma = false;
    while (token !== close && token !== Token.EOF) {
      if (token === Token.Comma) {
        if (!needsComma) fail(ParseErrorCode.ValueExpected);
        next();
      } else if (needsComma) fail(ParseErrorCode.CommaExpected);
      if (!item()) fail(ParseErrorCode.ValueExpected);
      needsComma = true;
    }
    if (token !== close) fail(missing);
    next();
  }

  function property(into: JsonNode[]): boolean {
    if (token !== Token.String) fail(ParseErrorCode.PropertyNameExpected);
    const children: JsonNode[] = [{ type: "string", offset: s.offset, value: s.value }];
    into.push({ type: "property", offset: s.offset, children });
    next();
    if (token !== Token.Colon) fail(ParseErrorCode.ColonExpected);
    next();
    if (!value(children)) fail(ParseErrorCode.ValueExpected);
    return true;
  }

  function value(into: JsonNode[]): boolean {
    const offset = s.offset;
    const children: JsonNode[] = [];
    switch (token) {
      case Token.OpenBracket:
        into.push({ type: "array", offset, children });
        items(Token.CloseBracket, () => value(children), ParseErrorCode.CloseBracketExpected);
        return true;
      case Token.OpenBrace:
        into.push({ type: "object", offset, children });
        items(Token.CloseBrace, () => property(children), ParseErrorCode.CloseBraceExpected);
        return true;
      case Token.String:
        into.push({ type: "string", offset, value: s.value });
        break;
      case Token.Number:
        if (Number.isNaN(Number(s.value))) fail(ParseErrorCode.InvalidNumberFormat);
        into.push({ type: "number", offset, value: Number(s.value) });
        break;
      case Token.True:
      case Token.False:
        into.push({ type: "boolean", offset, value: token === Token.True });
        break;
      case Token.Null:
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
    if (token === Token.EOF || !value(top)) fail(ParseErrorCode.ValueExpected);
    if (token !== Token.EOF) fail(ParseErrorCode.EndOfFileExpected);
  } catch (e) {
    if (e !== STOP) throw e;
  }
  return { root: top[0], error };
}
