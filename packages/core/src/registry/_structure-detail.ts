import type { RawIssue } from "../validate/_structure-report.js";

/** True when the path names a member that exists in the value. */
function present(root: unknown, path: readonly (string | number)[]): boolean {
  let current: unknown = root;
  for (const key of path) {
    if (typeof current !== "object" || current === null || !Object.hasOwn(current, key)) return false;
    current = (current as Record<string | number, unknown>)[key];
  }
  return true;
}

/**
 * A short technical description of a structure finding ("missing", "expected string",
 * "unknown member \"x\"", "invalid semver"), the same in every language like a JSON Schema keyword:
 * the `detail` of a registry file's structure issues.
 */
export function structureDetail(root: unknown, raw: RawIssue): string {
  switch (raw.code) {
    case "invalid_type":
      return present(root, raw.path) ? `expected ${raw.expected ?? "another type"}` : "missing";
    case "unrecognized_keys":
      return `unknown member ${(raw.keys ?? []).map((k) => JSON.stringify(k)).join(", ")}`;
    case "invalid_value":
      return `expected one of ${(raw.values ?? []).map((v) => JSON.stringify(v)).join(", ")}`;
    case "invalid_format":
      return `invalid ${raw.info?.format ?? "format"}`;
    case "too_small":
      return `fewer than ${String(raw.minimum)}`;
    case "too_big":
      return `more than ${String(raw.maximum)}`;
    default:
      return raw.code;
  }
}
