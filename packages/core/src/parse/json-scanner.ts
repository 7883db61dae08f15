/**
 * A JSON tokenizer with the token kinds, values, offsets and scan errors of jsonc-parser 3's
 * scanner (it replaced that package: jsonc-parser stays the oracle of json-tree.test.ts), so the
 * first syntax error of a text, its position and its reason are the ones users saw before. The
 * token kinds and scan errors are constants in _json-tokens.ts.
 */
import * as T from "./_json-tokens.js";
import type { ScanError, Token } from "./_json-tokens.js";

export type { ScanError, Token };

/** The scanner's state after each {@link JsonScanner.scan}. */
export interface JsonScanner {
  /** Scans the next token, trivia and comments included, and returns its kind. */
  scan(): Token;
  /** Offset of the current token. */
  readonly offset: number;
  /** Length of the current token. */
  readonly length: number;
  /** The current token's value: a string's decoded text, a number's or a word's text. */
  readonly value: string;
  /** The scan error of the current token. */
  readonly error: ScanError;
  /**
   * The current string token's first bad character or escape (its scan error, offset and length:
   * an escape from its backslash, 2 long (up to 6 for "\u"), a control character 1), which {@link error} (the last) may not be.
   */
  readonly problem: { readonly error: ScanError; readonly offset: number; readonly length: number } | undefined;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isSpace = (c: number): boolean => c === 32 || c === 9;
const isBreak = (c: number): boolean => c === 10 || c === 13;
/** Characters that end a word (`true`, or an unknown symbol): space, breaks and `{}[]":,/`. */
const ENDS_WORD = new Set([32, 9, 10, 13, 125, 93, 123, 91, 34, 58, 44, 47]);
const ESCAPES: Record<number, string> = { 34: '"', 92: "\\", 47: "/", 98: "\b", 102: "\f", 110: "\n", 114: "\r", 116: "\t" };
const HEX = /[0-9a-fA-F]/;

/**
 * Creates a scanner over `text`.
 *
 * @example
 * const s = createJsonScanner('{"a": 1}');
 * s.scan(); // OPEN_BRACE (1)
 */
export function createJsonScanner(text: string): JsonScanner {
  const len = text.length;
  let pos = 0;
  const state: { -readonly [K in keyof JsonScanner]: JsonScanner[K] } = { offset: 0, length: 0, value: "", error: T.SCAN_OK, problem: undefined, scan };
  const flag = (error: ScanError, offset: number, length: number): void => {
    state.error = error;
    state.problem ??= { error, offset, length };
  };

  function scanNumber(): string {
    const start = pos;
    if (text.charCodeAt(pos) === 48) pos++;
    else while (++pos < len && isDigit(text.charCodeAt(pos)));
    if (text.charCodeAt(pos) === 46) {
      pos++;
      if (!isDigit(text.charCodeAt(pos))) {
        state.error = T.UNEXPECTED_END_OF_NUMBER;
        return text.substring(start, pos);
      }
      while (++pos < len && isDigit(text.charCodeAt(pos)));
    }
    let end = pos;
    const e = text.charCodeAt(pos);
    if (e === 69 || e === 101) {
      pos++;
      const sign = text.charCodeAt(pos);
      if (sign === 43 || sign === 45) pos++;
      if (isDigit(text.charCodeAt(pos))) {
        while (++pos < len && isDigit(text.charCodeAt(pos)));
        end = pos;
      } else state.error = T.UNEXPECTED_END_OF_NUMBER;
    }
    return text.substring(start, end);
  }

  function scanString(): string {
    let result = "";
    let start = pos;
    for (;;) {
      if (pos >= len) {
        state.error = T.UNEXPECTED_END_OF_STRING;
        return result + text.substring(start, pos);
      }
      const c = text.charCodeAt(pos);
      if (c === 34) {
        result += text.substring(start, pos++);
        return result;
      }
      if (c === 92) {
        result += text.substring(start, pos++);
        if (pos >= len) {
          state.error = T.UNEXPECTED_END_OF_STRING;
          return result;
        }
        const e = text.charCodeAt(pos++);
        if (e === 117) {
          // Up to four hex digits are consumed; fewer than four is an invalid escape.
          const n = countHex(pos);
          if (n === 4) result += String.fromCharCode(parseInt(text.substring(pos, pos + 4), 16));
          else flag(T.INVALID_UNICODE, pos - 2, Math.min(6, len - pos + 2));
          pos += n;
        } else if (ESCAPES[e] !== undefined) result += ESCAPES[e];
        else flag(T.INVALID_ESCAPE_CHARACTER, pos - 2, 2);
        start = pos;
        continue;
      }
      if (c <= 0x1f) {
        if (isBreak(c)) {
          state.error = T.UNEXPECTED_END_OF_STRING;
          return result + text.substring(start, pos);
        }
        flag(T.INVALID_CHARACTER, pos, 1);
      }
      pos++;
    }
  }

  /** How many hex digits (at most four) start at `at`. */
  function countHex(at: number): number {
    let n = 0;
    while (n < 4 && HEX.test(text.charAt(at + n))) n++;
    return n;
  }

  function next(): Token {
    state.value = "";
    state.error = T.SCAN_OK;
    state.problem = undefined;
    state.offset = pos;
    if (pos >= len) {
      state.offset = len;
      return T.EOF;
    }
    let c = text.charCodeAt(pos);
    if (isSpace(c)) {
      while (isSpace(text.charCodeAt(++pos)));
      return T.WHITESPACE;
    }
    if (isBreak(c)) {
      pos += c === 13 && text.charCodeAt(pos + 1) === 10 ? 2 : 1;
      return T.LINE_BREAK;
    }
    switch (c) {
      case 123:
        pos++;
        return T.OPEN_BRACE;
      case 125:
        pos++;
        return T.CLOSE_BRACE;
      case 91:
        pos++;
        return T.OPEN_BRACKET;
      case 93:
        pos++;
        return T.CLOSE_BRACKET;
      case 58:
        pos++;
        return T.COLON;
      case 44:
        pos++;
        return T.COMMA;
      case 34:
        pos++;
        state.value = scanString();
        return T.STRING;
      case 47: {
        const c2 = text.charCodeAt(pos + 1);
        if (c2 === 47) {
          pos += 2;
          while (pos < len && !isBreak(text.charCodeAt(pos))) pos++;
          return T.LINE_COMMENT;
        }
        if (c2 === 42) {
          const close = text.indexOf("*/", pos + 2);
          if (close < 0) {
            // jsonc-parser's end of an unclosed comment: one past the text when it ends with "/*".
            pos = Math.max(pos + 2, len - 1) + 1;
            state.error = T.UNEXPECTED_END_OF_COMMENT;
          } else pos = close + 2;
          return T.BLOCK_COMMENT;
        }
        pos++;
        return T.UNKNOWN;
      }
      case 45:
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) return T.UNKNOWN;
        state.value = `-${scanNumber()}`;
        return T.NUMBER;
    }
    if (isDigit(c)) {
      state.value = scanNumber();
      return T.NUMBER;
    }
    while (pos < len && !ENDS_WORD.has(c)) c = text.charCodeAt(++pos);
    if (state.offset === pos) {
      pos++;
      return T.UNKNOWN;
    }
    state.value = text.substring(state.offset, pos);
    return state.value === "true" ? T.TRUE : state.value === "false" ? T.FALSE : state.value === "null" ? T.NULL : T.UNKNOWN;
  }

  function scan(): Token {
    const token = next();
    state.length = pos - state.offset;
    return token;
  }

  return state;
}
