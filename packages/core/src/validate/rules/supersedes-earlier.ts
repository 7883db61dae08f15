// One module of semver per function: its index pulls every function and class into a bundle.
import semverValid from "semver/functions/valid.js";
import semverLt from "semver/functions/lt.js";
import type { Issue } from "../../issues/issue.js";
import { issue } from "../_issue.js";
import type { TrackedDocument } from "./_tracked.js";

/**
 * `supersedes_other_id`, `supersedes_not_lower` (warnings): `supersedes` (`<id>@<version>`)
 * normally names an earlier version of the same document. Another id may be a deliberate rename,
 * hence a warning; a version that is not valid semver or not lower than this one is almost surely
 * a typo.
 */
export function supersedesEarlier(doc: TrackedDocument): Issue[] {
  if (doc.supersedes === undefined) return [];
  const at = doc.supersedes.lastIndexOf("@");
  const id = doc.supersedes.slice(0, at);
  const version = doc.supersedes.slice(at + 1);
  const out: Issue[] = [];
  if (id !== doc.id) out.push(issue("supersedes_other_id", ["supersedes"], { ref: doc.supersedes, id: doc.id }));
  if (semverValid(version) === null || !semverLt(version, doc.version)) {
    out.push(issue("supersedes_not_lower", ["supersedes"], { supersededVersion: version, version: doc.version }));
  }
  return out;
}
