/**
 * Token kinds and scan errors of the JSON scanner (jsonc-parser 3's `SyntaxKind` and `ScanError`
 * numbers), as one constant each rather than as objects: a bundler puts an imported constant's
 * value in place of its name, where an object's properties stay in the bundle, read by name.
 */

export const OPEN_BRACE = 1;
export const CLOSE_BRACE = 2;
export const OPEN_BRACKET = 3;
export const CLOSE_BRACKET = 4;
export const COMMA = 5;
export const COLON = 6;
export const NULL = 7;
export const TRUE = 8;
export const FALSE = 9;
export const STRING = 10;
export const NUMBER = 11;
export const LINE_COMMENT = 12;
export const BLOCK_COMMENT = 13;
export const LINE_BREAK = 14;
export const WHITESPACE = 15;
export const UNKNOWN = 16;
export const EOF = 17;

/** A token kind (jsonc-parser's `SyntaxKind` number). */
export type Token = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17;

export const SCAN_OK = 0;
export const UNEXPECTED_END_OF_COMMENT = 1;
export const UNEXPECTED_END_OF_STRING = 2;
export const UNEXPECTED_END_OF_NUMBER = 3;
export const INVALID_UNICODE = 4;
export const INVALID_ESCAPE_CHARACTER = 5;
export const INVALID_CHARACTER = 6;

/**
 * A scan error (jsonc-parser's `ScanError` number). The parse error of a scan error from 2 on is
 * that number plus 10 (json-tree.ts); an unclosed comment is reported as a comment.
 */
export type ScanError = 0 | 1 | 2 | 3 | 4 | 5 | 6;
