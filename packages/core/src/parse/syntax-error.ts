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

/** Index of the last non-whitespace character before `offset`, or -1. */
function previousSignificant(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && " \t\n\r".includes(text[i]!)) i--;
  return i;
}

/**
 * Turns the parser's first error into an `invalid_json` issue with a precise position; `problem`
 * is the parser's first bad character or escape of a string (json-tree.ts).
 */
export function syntaxErrorIssue(text: string, error: JsonSyntaxError, lines: LineIndex, problem?: JsonSyntaxError): Issue {
  let reason = REASONS[error.error] ?? "unparseable";
  let offset = error.offset;
  let length = error.length;
  if (reason === "control_character_in_string" || reason === "invalid_escape" || reason === "invalid_unicode_escape") {
    // The parser reports the whole string token; point at its first offending character instead.
    if (problem) {
      ({ offset, length } = problem);
      reason = REASONS[problem.error]!;
    }
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
