/**
 * Validation of a document as it arrives: bytes or text from another organisation. Parses it
 * safely (size, depth, UTF-8, duplicate and `__proto__`-style keys), then validates structure and
 * meaning, and gives every issue its line and column in the text.
 */
import type { Issue } from "../issues/issue.js";
import type { Locate } from "../parse/locate.js";
import type { ParseJsonOptions } from "../parse/safe-parse-json-document.js";
import { safeParseJsonDocument } from "../parse/safe-parse-json-document.js";
import type { ValidateOptions, ValidationResult } from "./validate-document.js";
import { validateDocument } from "./validate-document.js";

/** An issue with its 1-based line and column in the source text, when it could be placed. */
export interface LocatedIssue extends Issue {
  readonly line?: number;
  readonly column?: number;
}

/** The outcome of {@link validateText}. */
export interface TextValidationResult extends Omit<ValidationResult, "issues"> {
  /** Parse issues first, then validation issues, each with line and column when known. */
  readonly issues: LocatedIssue[];
  /** The parsed value, when the text was well-formed JSON (even if not a valid document). */
  readonly value?: unknown;
  /** Maps a JSON Pointer of the value to its place in the text. */
  readonly locate: Locate;
}

/** Codes whose position is best shown at the member's key rather than its value. */
const KEY_CODES = new Set(["unknown_property", "duplicate_key", "forbidden_key"]);

/**
 * Adds line and column to issues: from the issue's own `line`/`column` params when it has them
 * (parse errors), else by locating its pointer in the parsed text.
 */
export function locateIssues(issues: readonly Issue[], locate: Locate | undefined): LocatedIssue[] {
  return issues.map((issue) => {
    const { line, column } = issue.params;
    if (typeof line === "number" && typeof column === "number") return { ...issue, line, column };
    const pos = locate?.(issue.pointer, KEY_CODES.has(issue.code) ? "key" : "value");
    return pos ? { ...issue, line: pos.line, column: pos.column } : { ...issue };
  });
}

/**
 * Parses and validates a document given as text or bytes. Never throws on bad input.
 *
 * @example
 * const r = validateText(await file.text());
 * for (const i of r.issues) console.log(`${i.line}:${i.column} ${i.code} ${renderMessage(i, "es")}`);
 */
export function validateText(input: string | Uint8Array, options: ValidateOptions & ParseJsonOptions = {}): TextValidationResult {
  const parsed = safeParseJsonDocument(input, options);
  const parseIssues = locateIssues(parsed.issues, parsed.locate);
  if (!parsed.ok) return { kind: null, valid: false, issues: parseIssues, locate: parsed.locate };
  const result = validateDocument(parsed.value, options);
  const issues = [...parseIssues, ...locateIssues(result.issues, parsed.locate)];
  return {
    ...result,
    valid: !issues.some((i) => i.severity === "error"),
    issues,
    value: parsed.value,
    locate: parsed.locate,
  };
}
