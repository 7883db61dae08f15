/** The diff of two versions of a scale: structure, texts, and whether the method can change a level. */
import type { Issue } from "../issues/issue.js";
import type { Scale } from "../model/scale.js";
import type { ChangeSink } from "./change.js";
import { brief, deepEqual, isObject, unionKeys } from "./json.js";
import { child, diffMeta } from "./meta.js";
import { defaultLevelOf } from "./default-oracle.js";
import { compareMethods } from "./method-impact.js";
import { decidingPart, diffMethodInfo, firstDifference, renameMethod } from "./method-normalise.js";
import { diffDimensions } from "./scale-dimensions.js";
import { diffDirection, diffLevels, diffSentinels, diffSignificance } from "./scale-levels.js";
import type { DiffExample, DiffOptions } from "./types.js";

/** Members that track versions rather than carry content; the tracking checks look at them. */
export const TRACKING_KEYS: ReadonlySet<string> = new Set([
  "kind",
  "id",
  "version",
  "status",
  "published",
  "effective",
  "date",
  "supersedes",
  "revisionHistory",
]);

/** Members of a scale with their own comparison. */
const SCALE_KEYS = new Set([
  "levels",
  "sentinels",
  "significance",
  "direction",
  "dimensions",
  "method",
  "languages",
  "defaultLanguage",
  "license",
]);

/**
 * What a scale and a mapping share, after the caller has compared its own members (`own`): the
 * languages and licence, then every other member that is not a tracking one, as metadata.
 */
export function diffRest(sink: ChangeSink, a: Record<string, unknown>, b: Record<string, unknown>, own: ReadonlySet<string>): void {
  diffLanguagesAndLicense(sink, a, b);
  for (const k of unionKeys(a, b)) {
    if (TRACKING_KEYS.has(k) || own.has(k)) continue;
    diffMeta(sink, a[k], b[k], child("", k), child("", k), k);
  }
}

/** Compares declared languages, the default language and the licence (shared by scales and mappings). */
export function diffLanguagesAndLicense(sink: ChangeSink, a: Record<string, unknown>, b: Record<string, unknown>): void {
  const la = (Array.isArray(a["languages"]) ? a["languages"] : []).filter(isObject);
  const lb = (Array.isArray(b["languages"]) ? b["languages"] : []).filter(isObject);
  const index = new Map<unknown, number>();
  lb.forEach((l, j) => {
    if (!index.has(l["tag"])) index.set(l["tag"], j);
  });
  const seen = new Set<number>();
  la.forEach((l, i) => {
    const j = index.get(l["tag"]);
    if (j === undefined || seen.has(j)) {
      sink.add("language-removed", "major", "change_language_removed", `/languages/${i}`, { tag: brief(l["tag"]) });
      return;
    }
    seen.add(j);
    diffMeta(sink, l, lb[j], `/languages/${i}`, `/languages/${j}`, "languages");
  });
  lb.forEach((l, j) => {
    if (!seen.has(j)) sink.add("language-added", "minor", "change_language_added", `/languages/${j}`, { tag: brief(l["tag"]) });
  });
  if (a["defaultLanguage"] !== b["defaultLanguage"]) {
    sink.add("default-language-changed", "minor", "change_default_language_changed", "/defaultLanguage", {
      from: brief(a["defaultLanguage"]),
      to: brief(b["defaultLanguage"]),
    });
  }
  const ca = isObject(a["license"]) ? a["license"] : {};
  const cb = isObject(b["license"]) ? b["license"] : {};
  if (ca["id"] !== cb["id"]) {
    sink.add("license-changed", "minor", "change_license_changed", "/license/id", { from: brief(ca["id"]), to: brief(cb["id"]) });
  }
  for (const k of unionKeys(ca, cb)) if (k !== "id") diffMeta(sink, ca[k], cb[k], child("/license", k), child("/license", k), k);
}

/** Compares two versions of a scale, appending changes and issues; returns the example incident, if any. */
export function diffScales(sink: ChangeSink, issues: Issue[], a: Scale, b: Scale, options: DiffOptions & { readonly edition?: boolean }): DiffExample | undefined {
  const renames = diffLevels(sink, a, b, { edition: options.edition === true, ...(options.mappings ? { mappings: options.mappings } : {}) });
  diffSentinels(sink, a, b);
  diffSignificance(sink, a, b, renames);
  diffDirection(sink, a, b);
  const dims = diffDimensions(sink, a, b);

  let example: DiffExample | undefined;
  const oldMethod = decidingPart(renameMethod(a.method, renames, dims.optionRenames));
  const newMethod = decidingPart(b.method);
  const methodChanged = !deepEqual(oldMethod, newMethod);
  const at = `/method${firstDifference(oldMethod, newMethod) ?? ""}`;
  if (!methodChanged) {
    // An unchanged method cannot refer to a dimension that did not exist: new ones inform only.
    for (const d of dims.added) sink.add("dimension-added", "minor", "change_dimension_added", d.pointer, { code: d.code });
    return finish(sink, a, b, example);
  }
  // undefined: the core classifier; null: none (nothing can be proved).
  const levelOf = options.levelOf === undefined ? defaultLevelOf : options.levelOf;
  const r = levelOf ? compareMethods(a, b, levelOf, renames, dims.optionRenames, options) : null;
  if (!r || r.checked === 0) {
    // Nothing could be compared: a method change is assumed to change levels.
    if (!levelOf) issues.push({ code: "diff_level_oracle_missing", severity: "warning", pointer: "/method", params: {} });
    sink.add("method-changed", "major", "change_method_changed_unchecked", "/method", { at });
    for (const d of dims.added) sink.add("dimension-added", "major", "change_dimension_added_unchecked", d.pointer, { code: d.code });
  } else {
    example = r.first;
    const failed = r.failures.old + r.failures.new > 0;
    if (r.firstExisting) {
      sink.add("method-changed", "major", "change_method_changed_levels", "/method", {
        at,
        oldLevel: brief(r.firstExisting.oldLevel),
        newLevel: brief(r.firstExisting.newLevel),
      });
    } else if (failed) {
      // A classifier that failed may hide a difference: no proof, so no minor.
      sink.add("method-changed", "major", "change_method_changed_unchecked", "/method", { at });
    } else {
      sink.add("method-changed", "minor", "change_method_changed_same", "/method", { at, checked: r.checked });
    }
    for (const d of dims.added) {
      const ex = r.byAddedDimension.get(d.code);
      if (ex) {
        sink.add("dimension-added", "major", "change_dimension_added_changes_levels", d.pointer, {
          code: d.code,
          oldLevel: brief(ex.oldLevel),
          newLevel: brief(ex.newLevel),
        });
      } else if (failed) {
        sink.add("dimension-added", "major", "change_dimension_added_unchecked", d.pointer, { code: d.code });
      } else sink.add("dimension-added", "minor", "change_dimension_added", d.pointer, { code: d.code });
    }
    if (r.budgetReached !== undefined && !r.first) {
      issues.push({ code: "diff_method_budget", severity: "info", pointer: "/method", params: { checked: r.checked, space: r.space.toString(), budget: r.budgetReached } });
    } else if (!r.exhaustive && !r.first) {
      issues.push({ code: "diff_method_sampled", severity: "info", pointer: "/method", params: { checked: r.checked, space: r.space.toString() } });
    }
    for (const side of ["old", "new"] as const) {
      if (r.failures[side] > 0) {
        issues.push({
          code: "diff_level_oracle_failed",
          severity: "warning",
          pointer: "/method",
          params: { version: brief(side === "old" ? a.version : b.version), failures: r.failures[side] },
        });
      }
    }
  }
  return finish(sink, a, b, example);
}

/** The parts every scale diff ends with: method wording, languages and licence, other metadata. */
function finish(sink: ChangeSink, a: Scale, b: Scale, example: DiffExample | undefined): DiffExample | undefined {
  diffMethodInfo(sink, a.method, b.method);
  diffRest(sink, a as unknown as Record<string, unknown>, b as unknown as Record<string, unknown>, SCALE_KEYS);
  return example;
}
