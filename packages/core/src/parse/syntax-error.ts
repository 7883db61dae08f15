import type { JsonSyntaxError } from "./json-tree.js";
import type { Issue } from "../issues/issue.js";
import type { LineIndex } from "./source-position.js";

/** Why a text is not JSON: the `reason` parameter of an `invalid_json` issue. */
export type JsonSyntaxReason =
  | "unexpected_token"
  | "invalid_number"
  | "property_name_expected"
  | "value_expected"
  | "colon_expected"
  | "comma_expected"
  | "trailing_comma"
  | "unclosed_object"
  | "unclosed_array"
  | "trailing_data"
  | "comment_not_allowed"
  | "unterminated_string"
  | "invalid_unicode_escape"
  | "invalid_escape"
  | "control_character_in_string"
  | "unparseable";

/** The reason of each parse error code (json-tree.ts's jsonc-parser `ParseErrorCode` numbers, from 1). */
const REASONS: readonly JsonSyntaxReason[] = [
  "unparseable",
  "unexpected_token",
  "invalid_number",
  "property_name_expected",
  "value_expected",
  "colon_expected",
  "comma_expected",
  "unclosed_object",
  "unclosed_array",
  "trailing_data",
  "comment_not_allowed",
  "comment_not_allowed",
  "unterminated_string",
  "invalid_number",
  "invalid_unicode_escape",
  "invalid_escape",
  "control_character_in_string",
];

const MAX_EXCERPT = 20;

/**
 * Quotes a piece of untrusted text for a message: JSON escapes, plus the C1 controls and bidi
 * overrides JSON.stringify leaves alone, so nothing in it can drive a terminal.
 */
export function quoteExcerpt(excerpt: string): string {
  const cut = excerpt.length > MAX_EXCERPT ? `${excerpt.slice(0, MAX_EXCERPT)}…` : excerpt;
  return JSON.stringify(cut).replace(
    /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

function isHex(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

/** First problem inside a string token starting at `start` (its opening quote), if any. */
function stringProblem(text: string, start: number): { offset: number; length: number; reason: JsonSyntaxReason } | undefined {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return undefined;
    if (c === 0x0a || c === 0x0d) return undefined; // unterminated: reported as such
    if (c < 0x20) return { offset: i, length: 1, reason: "control_character_in_string" };
    if (c === 0x5c) {
      const e = text.charCodeAt(i + 1);
      if (e === 0x75) {
        for (let k = 2; k < 6; k++) {
          if (!isHex(text.charCodeAt(i + k))) return { offset: i, length: Math.min(6, text.length - i), reason: "invalid_unicode_escape" };
        }
        i += 5;
      } else if ([0x22, 0x5c, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74].includes(e)) i++;
      else if (Number.isNaN(e)) return undefined;
      else return { offset: i, length: 2, reason: "invalid_escape" };
    }
  }
  return undefined;
}

/** Index of the last non-whitespace character before `offset`, or -1. */
function previousSignificant(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && " \t\n\r".includes(text[i]!)) i--;
  return i;
}

/** Turns the parser's first error into an `invalid_json` issue with a precise position. */
export function syntaxErrorIssue(text: string, error: JsonSyntaxError, lines: LineIndex): Issue {
  let reason = REASONS[error.error] ?? "unparseable";
  let offset = error.offset;
  let length = error.length;
  if (reason === "control_character_in_string" || reason === "invalid_escape" || reason === "invalid_unicode_escape") {
    // The parser reports the whole string token; point at the offending character instead.
    const problem = stringProblem(text, error.offset);
    if (problem) ({ offset, length, reason } = problem);
  } else if (reason === "value_expected" || reason === "property_name_expected") {
    const closer = text[offset];
    const before = previousSignificant(text, offset);
    if ((closer === "]" || closer === "}") && text[before] === ",") {
      reason = "trailing_comma";
      offset = before;
      length = 1;
    }
  } else if (reason === "trailing_data" || reason === "comma_expected") {
    // "01" scans as 0 then 1: report the number with a leading zero, not the "1".
    let start = offset;
    while (start > 0 && /[0-9.eE+-]/.test(text[start - 1]!)) start--;
    if (start < offset && /[0-9]/.test(text[offset] ?? "")) {
      reason = "invalid_number";
      length = offset + 1 - start;
      offset = start;
    }
  }
  const at = lines.positionAt(offset);
  const found = offset >= text.length ? "EOF" : quoteExcerpt(text.slice(offset, offset + Math.max(1, length)));
  return {
    code: "invalid_json",
    severity: "error",
    pointer: "",
    params: { reason, line: at.line, column: at.column, offset: at.offset, found },
  };
}
