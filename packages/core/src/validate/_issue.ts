/** Building and ordering validation issues (internal to validate/). */
import type { Issue, IssueParams } from "../issues/issue.js";
import { fromPointer, toPointer } from "../issues/issue.js";
import type { ValidateCode } from "./messages.js";
import { VALIDATE_SEVERITIES, severityIn } from "../generated/severities.js";

/** A path inside a document, as zod and JSON Pointer see it. */
export type Path = readonly (string | number)[];

/** Makes an issue with the catalogue's severity for its code. */
export function issue(code: ValidateCode, path: Path, params: IssueParams = {}): Issue {
  return { code, severity: severityIn(VALIDATE_SEVERITIES, code), pointer: toPointer(path), params };
}

function compareTokens(a: string, b: string): number {
  const na = /^(0|[1-9]\d*)$/.test(a);
  const nb = /^(0|[1-9]\d*)$/.test(b);
  if (na && nb) return Number(a) - Number(b);
  if (na !== nb) return na ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Orders pointers token by token, array indices numerically ("/levels/2" before "/levels/10"),
 * a parent before its children.
 */
export function comparePointers(a: string, b: string): number {
  const ta = fromPointer(a);
  const tb = fromPointer(b);
  for (let i = 0; i < Math.min(ta.length, tb.length); i++) {
    const c = compareTokens(ta[i]!, tb[i]!);
    if (c !== 0) return c;
  }
  return ta.length - tb.length;
}

/** Deterministic order: by pointer, then code, then parameters. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  const keyed = issues.map((i) => ({ i, p: JSON.stringify(i.params) }));
  keyed.sort((x, y) => comparePointers(x.i.pointer, y.i.pointer) || (x.i.code < y.i.code ? -1 : x.i.code > y.i.code ? 1 : 0) || (x.p < y.p ? -1 : x.p > y.p ? 1 : 0));
  return keyed.map((k) => k.i);
}

/** Shortens a value quoted in a message, so a huge string does not flood the output. */
export function preview(value: unknown, max = 80): string {
  let text: string;
  try {
    text = typeof value === "string" ? JSON.stringify(value) : value === undefined ? "undefined" : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
