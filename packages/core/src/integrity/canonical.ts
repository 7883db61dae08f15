import canonicalize from "canonicalize";
import { SevscaleError } from "../issues/error.js";
import type { Issue } from "../issues/issue.js";
import { toPointer } from "../issues/issue.js";

/** Deepest nesting canonicalized; deeper values get `canonical_too_deep` instead of a stack overflow. */
export const MAX_CANONICAL_DEPTH = 256;

/** Most issues reported for one value: a huge broken value needs no thousand identical findings. */
const MAX_ISSUES = 100;

/** Outcome of {@link safeCanonicalBytes}: the RFC 8785 form, or why the value has none. */
export type CanonicalResult =
  | { readonly ok: true; readonly text: string; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly issues: readonly Issue[] };

const encoder = new TextEncoder();

function issue(code: string, path: readonly (string | number)[], params: Issue["params"] = {}): Issue {
  return { code, severity: "error", pointer: toPointer(path), params };
}

function hasLoneSurrogate(s: string): boolean {
  // A lone surrogate is a high surrogate not followed by a low one, or a low one not preceded by a high one.
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function typeName(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value !== "object" || value === null) return typeof value;
  const ctor = (Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null)?.constructor?.name;
  return typeof ctor === "string" && ctor !== "" ? ctor : "object";
}

/**
 * Finds every part of `value` that is not a plain JSON value. The `canonicalize` package mirrors
 * JSON.stringify (drops undefined members, calls toJSON, turns a function member into garbage), so
 * the check runs first: a document either has an exact canonical form or an issue explains why not.
 */
function collectIssues(value: unknown, path: (string | number)[], depth: number, seen: Set<object>, out: Issue[]): void {
  if (out.length >= MAX_ISSUES) return;
  switch (typeof value) {
    case "string":
      if (hasLoneSurrogate(value)) out.push(issue("canonical_lone_surrogate", path));
      return;
    case "number":
      if (!Number.isFinite(value)) out.push(issue("canonical_non_finite_number", path, { value: String(value) }));
      return;
    case "boolean":
      return;
    case "object":
      break;
    default:
      out.push(issue("canonical_unsupported_value", path, { type: typeName(value) }));
      return;
  }
  if (value === null) return;
  if (depth >= MAX_CANONICAL_DEPTH) {
    out.push(issue("canonical_too_deep", path, { limit: MAX_CANONICAL_DEPTH }));
    return;
  }
  if (seen.has(value)) {
    out.push(issue("canonical_circular", path));
    return;
  }
  seen.add(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      // A hole in a sparse array reads as undefined and is reported as such.
      collectIssues(value[i], path, depth + 1, seen, out);
      path.pop();
    }
  } else if (!isPlainObject(value)) {
    out.push(issue("canonical_unsupported_value", path, { type: typeName(value) }));
  } else {
    for (const key of Object.keys(value)) {
      path.push(key);
      if (hasLoneSurrogate(key)) out.push(issue("canonical_lone_surrogate", path));
      collectIssues((value as Record<string, unknown>)[key], path, depth + 1, seen, out);
      path.pop();
    }
  }
  seen.delete(value);
}

/**
 * True when {@link collectIssues} would find nothing in `value`: the same checks, answered yes or
 * no, so a caller that drops the issues carries no issue-building code (canonical.test.ts holds
 * the two equal on arbitrary values).
 */
function hasCanonicalForm(value: unknown, depth: number, seen: Set<object>): boolean {
  switch (typeof value) {
    case "string":
      return !hasLoneSurrogate(value);
    case "number":
      return Number.isFinite(value);
    case "boolean":
      return true;
    case "object":
      break;
    default:
      return false;
  }
  if (value === null) return true;
  if (depth >= MAX_CANONICAL_DEPTH || seen.has(value)) return false;
  seen.add(value);
  let ok = true;
  if (Array.isArray(value)) for (let i = 0; ok && i < value.length; i++) ok = hasCanonicalForm(value[i], depth + 1, seen);
  else if (!isPlainObject(value)) ok = false;
  else for (const key of Object.keys(value)) if (!(ok = !hasLoneSurrogate(key) && hasCanonicalForm((value as Record<string, unknown>)[key], depth + 1, seen))) break;
  seen.delete(value);
  return ok;
}

/**
 * The bytes of {@link safeCanonicalBytes} when it has them, else undefined, without its issues
 * (internal: for a caller that drops them, such as the assessment-digest rule).
 */
export function canonicalBytesOrUndefined(value: unknown): Uint8Array | undefined {
  if (!hasCanonicalForm(value, 0, new Set())) return undefined;
  const text = canonicalize(value);
  return typeof text === "string" ? encoder.encode(text) : undefined;
}

/**
 * The RFC 8785 (JCS) canonical form of a JSON value, or the issues that prevent one
 * (NaN, ±Infinity, undefined, functions, class instances, lone surrogates, cycles, excessive depth).
 * Never throws.
 */
export function safeCanonicalBytes(value: unknown): CanonicalResult {
  const issues: Issue[] = [];
  collectIssues(value, [], 0, new Set(), issues);
  if (issues.length > 0) return { ok: false, issues };
  const text = canonicalize(value);
  // Unreachable after the check above; kept so a library change cannot yield "undefined" bytes.
  if (typeof text !== "string") return { ok: false, issues: [issue("canonical_unsupported_value", [], { type: typeName(value) })] };
  return { ok: true, text, bytes: encoder.encode(text) };
}

/** The RFC 8785 canonical JSON text of a value; throws {@link SevscaleError} when it has none. */
export function assertCanonicalJson(value: unknown): string {
  const result = safeCanonicalBytes(value);
  if (!result.ok) throw new SevscaleError(result.issues);
  return result.text;
}

/** The RFC 8785 canonical form of a value as UTF-8 bytes; throws {@link SevscaleError} when it has none. */
export function assertCanonicalBytes(value: unknown): Uint8Array {
  const result = safeCanonicalBytes(value);
  if (!result.ok) throw new SevscaleError(result.issues);
  return result.bytes;
}
