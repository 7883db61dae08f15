import type { z } from "zod";
import type { Issue } from "../issues/issue.js";
import { toPointer } from "../issues/issue.js";

function present(root: unknown, path: readonly PropertyKey[]): boolean {
  let current: unknown = root;
  for (const key of path) {
    if (typeof current !== "object" || current === null || !Object.prototype.hasOwnProperty.call(current, key)) return false;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return true;
}

/**
 * A short technical description of a zod finding ("missing", "expected string",
 * "unknown member \"x\"", "invalid format"), the same in every language like a JSON Schema keyword.
 */
function detailOf(input: unknown, zi: z.core.$ZodIssue): string {
  switch (zi.code) {
    case "invalid_type":
      return present(input, zi.path) ? `expected ${zi.expected}` : "missing";
    case "unrecognized_keys":
      return `unknown member ${zi.keys.map((k) => JSON.stringify(k)).join(", ")}`;
    case "invalid_value":
      return `expected one of ${zi.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "invalid_format":
      return `invalid ${zi.format}`;
    case "too_small":
      return `fewer than ${String(zi.minimum)}`;
    case "too_big":
      return `more than ${String(zi.maximum)}`;
    default:
      return zi.code;
  }
}

/** Turns zod findings into issues of one code, with a JSON Pointer (under `prefix`) and a `detail`. */
export function zodIssues(
  code: string,
  input: unknown,
  error: z.core.$ZodError,
  prefix: readonly (string | number)[] = [],
  params: Issue["params"] = {},
): Issue[] {
  return error.issues.map((zi) => ({
    code,
    severity: "error" as const,
    pointer: toPointer([...prefix, ...zi.path.map((p) => (typeof p === "number" ? p : String(p)))]),
    params: { ...params, detail: detailOf(input, zi) },
  }));
}
