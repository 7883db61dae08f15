import { versionLt } from "../../semver/compare.js";
import { validVersion } from "../../semver/version.js";
import type { Issue } from "../../issues/issue.js";
import { splitRef } from "../../model/ref.js";
import { issue } from "../_issue.js";
import type { TrackedDocument } from "./_tracked.js";

/**
 * `supersedes_other_id` (info), `supersedes_not_lower` (warning): `supersedes` (`<id>@<version>`)
 * names either an earlier version of the same document, or, under another id, the scheme this one
 * is a new edition of (e.g. a 2025 edition published under a new id). Versions are ordered only
 * within one id, so an edition is never compared by version; it is noted as an info, with the fix
 * in case the id was a typo. A version of the same id that is not valid semver or not lower than
 * this one is almost surely a typo (warning).
 */
export function supersedesEarlier(doc: TrackedDocument): Issue[] {
  if (doc.supersedes === undefined) return [];
  const { id, version } = splitRef(doc.supersedes);
  // Without a version it names no earlier version of this id (the schema requires one): as another id.
  if (id !== doc.id || version === undefined) return [issue("supersedes_other_id", ["supersedes"], { ref: doc.supersedes, id: doc.id })];
  if (validVersion(version) === null || !versionLt(version, doc.version)) {
    return [issue("supersedes_not_lower", ["supersedes"], { supersededVersion: version, version: doc.version })];
  }
  return [];
}
