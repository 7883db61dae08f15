/**
 * A JSON tokenizer with the token kinds, values, offsets and scan errors of jsonc-parser 3's
 * scanner (it replaced that package: jsonc-parser stays the oracle of json-tree.test.ts), so the
 * first syntax error of a text, its position and its reason are the ones users saw before.
 */

/** Token kinds (jsonc-parser's `SyntaxKind` numbers). */
export const Token = {
  OpenBrace: 1,
  CloseBrace: 2,
  OpenBracket: 3,
  CloseBracket: 4,
  Comma: 5,
  Colon: 6,
  Null: 7,
  True: 8,
  False: 9,
  String: 10,
  Number: 11,
  LineComment: 12,
  BlockComment: 13,
  LineBreak: 14,
  Whitespace: 15,
  Unknown: 16,
  EOF: 17,
} as const;
/** One of {@link Token}'s values. */
export type Token = (typeof Token)[keyof typeof Token];

/** Scan errors (jsonc-parser's `ScanError` numbers). */
export const ScanError = {
  None: 0,
  UnexpectedEndOfComment: 1,
  UnexpectedEndOfString: 2,
  UnexpectedEndOfNumber: 3,
  InvalidUnicode: 4,
  InvalidEscapeCharacter: 5,
  InvalidCharacter: 6,
} as const;
/** One of {@link ScanError}'s values. */
export type ScanError = (typeof ScanError)[keyof typeof ScanError];

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
 * s.scan(); // Token.OpenBrace
 */
export function createJsonScanner(text: string): JsonScanner {
  const len = text.length;
  let pos = 0;
  const state = { offset: 0, length: 0, value: "", error: ScanError.None as ScanError, scan };

  function scanNumber(): string {
    const start = pos;
    if (text.charCodeAt(pos) === 48) pos++;
    else while (++pos < len && isDigit(text.charCodeAt(pos)));
    if (text.charCodeAt(pos) === 46) {
      pos++;
      if (!isDigit(text.charCodeAt(pos))) {
        state.error = ScanError.UnexpectedEndOfNumber;
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
      } else state.error = ScanError.UnexpectedEndOfNumber;
    }
    return text.substring(start, end);
  }

  function scanString(): string {
    let result = "";
    let start = pos;
    for (;;) {
      if (pos >= len) {
        state.error = ScanError.UnexpectedEndOfString;
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
          state.error = ScanError.UnexpectedEndOfString;
          return result;
        }
        const e = text.charCodeAt(pos++);
        if (e === 117) {
          // Up to four hex digits are consumed; fewer than four is an invalid escape.
          const n = countHex(pos);
          if (n === 4) result += String.fromCharCode(parseInt(text.substring(pos, pos + 4), 16));
          else state.error = ScanError.InvalidUnicode;
          pos += n;
        } else if (ESCAPES[e] !== undefined) result += ESCAPES[e];
        else state.error = ScanError.InvalidEscapeCharacter;
        start = pos;
        continue;
      }
      if (c <= 0x1f) {
        if (isBreak(c)) {
          state.error = ScanError.UnexpectedEndOfString;
          return result + text.substring(start, pos);
        }
        state.error = ScanError.InvalidCharacter;
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
    state.error = ScanError.None;
    state.offset = pos;
    if (pos >= len) {
      state.offset = len;
      return Token.EOF;
    }
    let c = text.charCodeAt(pos);
    if (isSpace(c)) {
      while (isSpace(text.charCodeAt(++pos)));
      return Token.Whitespace;
    }
    if (isBreak(c)) {
      pos += c === 13 && text.charCodeAt(pos + 1) === 10 ? 2 : 1;
      return Token.LineBreak;
    }
    switch (c) {
      case 123:
        pos++;
        return Token.OpenBrace;
      case 125:
        pos++;
        return Token.CloseBrace;
      case 91:
        pos++;
        return Token.OpenBracket;
      case 93:
        pos++;
        return Token.CloseBracket;
      case 58:
        pos++;
        return Token.Colon;
      case 44:
        pos++;
        return Token.Comma;
      case 34:
        pos++;
        state.value = scanString();
        return Token.String;
      case 47: {
        const c2 = text.charCodeAt(pos + 1);
        if (c2 === 47) {
          pos += 2;
          while (pos < len && !isBreak(text.charCodeAt(pos))) pos++;
          return Token.LineComment;
        }
        if (c2 === 42) {
          const close = text.indexOf("*/", pos + 2);
          if (close < 0) {
            // jsonc-parser's end of an unclosed comment: one past the text when it ends with "/*".
            pos = Math.max(pos + 2, len - 1) + 1;
            state.error = ScanError.UnexpectedEndOfComment;
          } else pos = close + 2;
          return Token.BlockComment;
        }
        pos++;
        return Token.Unknown;
      }
      case 45:
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) return Token.Unknown;
        state.value = `-${scanNumber()}`;
        return Token.Number;
    }
    if (isDigit(c)) {
      state.value = scanNumber();
      return Token.Number;
    }
    while (pos < len && !ENDS_WORD.has(c)) c = text.charCodeAt(++pos);
    if (state.offset === pos) {
      pos++;
      return Token.Unknown;
    }
    state.value = text.substring(state.offset, pos);
    return state.value === "true" ? Token.True : state.value === "false" ? Token.False : state.value === "null" ? Token.Null : Token.Unknown;
  }

  function scan(): Token {
    const token = next();
    state.length = pos - state.offset;
    return token;
  }

  return state;
}
