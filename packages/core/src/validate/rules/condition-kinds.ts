import type { Issue } from "../../issues/issue.js";
import type { Path } from "../_issue.js";
import { issue } from "../_issue.js";
import type { ScaleContext } from "../_scale-context.js";

/** The direct tests (`{dimension, …}`) anywhere in a value, with their paths. */
function directTests(value: unknown, path: Path, out: { test: Record<string, unknown>; path: Path }[]): void {
  if (Array.isArray(value)) {
    value.forEach((v, i) => directTests(v, [...path, i], out));
    return;
  }
  if (typeof value !== "object" || value === null) return;
  const record = value as Record<string, unknown>;
  if (typeof record["dimension"] === "string") out.push({ test: record, path });
  for (const key of Object.keys(record)) directTests(record[key], [...path, key], out);
}

/**
 * The kinds of dimension a condition may test, as written in the document:
 * `condition_order_on_nominal` — `atLeast` / `atMost` on a nominal or boolean dimension (its
 * values have no order, so "at least" means nothing); `dimension_type_mismatch` — `is` on a
 * dimension that is not boolean.
 */
export function conditionKinds(ctx: ScaleContext): Issue[] {
  const out: Issue[] = [];
  const kinds = new Map<string, string>();
  for (const d of ctx.document.dimensions) if (!kinds.has(d.code)) kinds.set(d.code, d.type);
  const tests: { test: Record<string, unknown>; path: Path }[] = [];
  directTests(ctx.document.method, ["method"], tests);
  for (const { test, path } of tests) {
    const dimension = test["dimension"] as string;
    const kind = kinds.get(dimension);
    if (kind === undefined) continue; // unknown_dimension_reference says so
    for (const property of ["atLeast", "atMost"] as const) {
      if (property in test && (kind === "nominal" || kind === "boolean")) {
        out.push(issue("condition_order_on_nominal", [...path, property], { dimension, property, kind }));
      }
    }
    if ("is" in test && typeof test["is"] === "boolean" && kind !== "boolean") {
      out.push(issue("dimension_type_mismatch", [...path, "is"], { dimension, actual: kind, expected: "boolean", property: "is" }));
    }
  }
  return out;
}
