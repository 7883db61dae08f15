/**
 * Tracking checks between two versions (after CSAF document tracking): same id, a greater
 * version, a revision history extended by exactly one entry, `supersedes` naming the previous
 * version, and a declared bump at least the required one.
 */
import type { Issue } from "../issues/issue.js";
import { bumpSatisfies, requiredVersion } from "./bump.js";
import { refId } from "../model/ref.js";
import { validVersion } from "../semver/version.js";
import { brief, deepEqual, isObject } from "./json.js";
import type { DeclaredBump, RequiredBump } from "./types.js";

/** What the checks need besides the two documents. */
export interface TrackingContext {
  readonly required: RequiredBump;
  readonly declared: DeclaredBump;
  /** True when the new document is a new edition under another id: versions are not compared across ids. */
  readonly edition?: boolean;
}

function revisionIssues(a: Record<string, unknown>, b: Record<string, unknown>, version: string): Issue[] {
  const ha = (Array.isArray(a["revisionHistory"]) ? a["revisionHistory"] : []) as unknown[];
  const hb = (Array.isArray(b["revisionHistory"]) ? b["revisionHistory"] : []) as unknown[];
  const out: Issue[] = [];
  // Each old entry must still be there, unchanged, and in the same relative order.
  let from = 0;
  const used = new Set<number>();
  ha.forEach((entry, i) => {
    let found = -1;
    for (let j = from; j < hb.length; j++) {
      if (deepEqual(entry, hb[j])) {
        found = j;
        break;
      }
    }
    if (found < 0) {
      out.push({
        code: "revision_history_rewritten",
        severity: "error",
        pointer: `/revisionHistory/${i}`,
        params: { version: brief(isObject(entry) ? entry["version"] : undefined) },
      });
      return;
    }
    used.add(found);
    from = found + 1;
  });
  const fresh = hb.map((entry, j) => ({ entry, j })).filter(({ j }) => !used.has(j));
  const forVersion = fresh.filter(({ entry }) => isObject(entry) && entry["version"] === version).length;
  // Entries that are rewrites of old ones were reported already; only count genuinely new versions.
  const oldVersions = new Set(ha.map((e) => (isObject(e) ? e["version"] : undefined)));
  const added = fresh.filter(({ entry }) => !(isObject(entry) && oldVersions.has(entry["version"]))).length;
  if (added !== 1 || forVersion !== 1) {
    out.push({
      code: "revision_history_not_extended",
      severity: "error",
      pointer: "/revisionHistory",
      params: { version, added, withVersion: forVersion },
    });
  }
  return out;
}

/**
 * The tracking issues of a diff. When both documents are identical nothing is checked (it is the
 * same release); when only the content changed under the same version, the version was not increased.
 */
export function trackingIssues(a: Record<string, unknown>, b: Record<string, unknown>, ctx: TrackingContext): Issue[] {
  if (deepEqual(a, b)) return [];
  if (ctx.edition) return editionIssues(a, b);
  const out: Issue[] = [];
  if (a["id"] !== b["id"]) {
    out.push({ code: "diff_id_mismatch", severity: "error", pointer: "/id", params: { old: brief(a["id"]), new: brief(b["id"]) } });
  }
  const oldVersion = a["version"];
  const newVersion = b["version"];
  for (const v of [oldVersion, newVersion]) {
    if (typeof v !== "string" || validVersion(v) === null) {
      out.push({ code: "diff_version_invalid", severity: "error", pointer: "/version", params: { version: brief(v) } });
    }
  }
  if (typeof oldVersion !== "string" || typeof newVersion !== "string" || validVersion(oldVersion) === null || validVersion(newVersion) === null) {
    return out;
  }
  if (ctx.declared === "invalid" || ctx.declared === "none") {
    out.push({ code: "version_not_increased", severity: "error", pointer: "/version", params: { old: oldVersion, new: newVersion } });
  }
  if (ctx.declared !== "invalid" && !bumpSatisfies(ctx.declared, ctx.required)) {
    out.push({
      code: "version_bump_insufficient",
      severity: "error",
      pointer: "/version",
      params: { declared: ctx.declared, required: ctx.required, suggested: requiredVersion(oldVersion, ctx.required) ?? "?" },
    });
  }
  if (ctx.declared === "invalid" || ctx.declared === "none") return out;
  out.push(...revisionIssues(a, b, newVersion));
  const expected = `${String(a["id"])}@${oldVersion}`;
  if (b["supersedes"] !== expected) {
    out.push({
      code: "supersedes_mismatch",
      severity: "warning",
      pointer: "/supersedes",
      params: { expected, actual: brief(b["supersedes"]) },
    });
  }
  return out;
}

/**
 * The tracking checks of a new edition: its own id starts its own version history, so only its
 * `supersedes` is checked, and only when it names another version of the old document's id.
 */
function editionIssues(a: Record<string, unknown>, b: Record<string, unknown>): Issue[] {
  const expected = `${String(a["id"])}@${String(a["version"])}`;
  const actual = b["supersedes"];
  if (typeof actual !== "string" || actual === expected || refId(actual) !== a["id"]) return [];
  return [{ code: "supersedes_mismatch", severity: "warning", pointer: "/supersedes", params: { expected, actual: brief(actual) } }];
}
