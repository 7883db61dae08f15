/** `diffDocuments`: what changed between two versions of a scale or mapping, and the bump it requires. */
import type { Issue } from "../issues/issue.js";
import type { Mapping } from "../model/mapping.js";
import type { Scale } from "../model/scale.js";
import { declaredBump, requiredBump } from "./bump.js";
import { ChangeSink } from "./change.js";
import { diffMappings } from "./diff-mapping.js";
import { diffScales } from "./diff-scale.js";
import { editionOf } from "./edition.js";
import { brief } from "./json.js";
import { trackingIssues } from "./tracking.js";
import type { DiffExample, DiffOptions, DiffResult } from "./types.js";

/**
 * Compares two versions of a scale or a mapping: the changes (each with the semver bump it
 * requires, docs/versioning.md), the bump the version fields declare, an example incident whose
 * level differs when a method change can change one, and the tracking checks. Pure and
 * deterministic: the same inputs (and seed) give the same result. Never throws on bad input.
 *
 * @example
 * const r = diffDocuments(v1, v2, { levelOf });
 * if (!bumpSatisfies(r.declared, r.required)) ... // r.issues has version_bump_insufficient
 */
export function diffDocuments(old: Scale | Mapping, next: Scale | Mapping, options: DiffOptions = {}): DiffResult {
  const a = old as unknown as Record<string, unknown>;
  const b = next as unknown as Record<string, unknown>;
  const kind = a["kind"] === "mapping" ? "mapping" : "scale";
  const declared = declaredBump(a["version"] as string, b["version"] as string);
  if (a["kind"] !== b["kind"]) {
    const issue: Issue = {
      code: "diff_kind_mismatch",
      severity: "error",
      pointer: "/kind",
      params: { old: brief(a["kind"]), new: brief(b["kind"]) },
    };
    return { kind, required: "none", declared, changes: [], issues: [issue] };
  }
  const sink = new ChangeSink();
  const methodIssues: Issue[] = [];
  let example: DiffExample | undefined;
  const edition = editionOf(a, b);
  // Another id is a new edition: said first, as a change of its own.
  if (edition) sink.add("id-changed", "major", "change_id_changed", "/id", { from: edition.from, to: edition.to });
  if (kind === "mapping") diffMappings(sink, old as Mapping, next as Mapping);
  else example = diffScales(sink, methodIssues, old as Scale, next as Scale, { ...options, edition: edition !== undefined });
  const required = requiredBump(sink.changes.map((c) => c.bump));
  const issues = [...trackingIssues(a, b, { required, declared, edition: edition !== undefined }), ...methodIssues];
  return {
    kind,
    required,
    declared,
    changes: sink.changes,
    ...(example ? { example } : {}),
    issues,
    ...(edition ? { edition } : {}),
  };
}
