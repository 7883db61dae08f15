import { versionGt, versionLt, versionNeq } from "../../semver/compare.js";
import type { Issue } from "../../issues/issue.js";
import { toPointer } from "../../issues/issue.js";
import { issue } from "../_issue.js";
import type { TrackedDocument } from "./_tracked.js";

/**
 * The revision history (after CSAF's tracking) is the public record of what changed:
 * - `revision_history_duplicate`: each version appears once (reported at the repeat);
 * - `revision_history_unsorted`: entries go oldest first — dates never decrease and versions
 *   strictly increase (semver order) from one entry to the next;
 * - `revision_history_not_current`: the latest version in the history is the document's
 *   `version`, so a new version is never published without saying what changed.
 */
export function revisionHistoryConsistent(doc: TrackedDocument): Issue[] {
  const out: Issue[] = [];
  const history = doc.revisionHistory;
  const firstOf = new Map<string, number>();
  history.forEach((entry, i) => {
    const at = ["revisionHistory", i];
    const first = firstOf.get(entry.version);
    if (first !== undefined) {
      out.push(issue("revision_history_duplicate", [...at, "version"], { version: entry.version, first: toPointer(["revisionHistory", first]) }));
      return;
    }
    firstOf.set(entry.version, i);
    const prev = history[i - 1];
    if (prev && prev.version !== entry.version && (entry.date < prev.date || versionLt(entry.version, prev.version))) {
      out.push(issue("revision_history_unsorted", at, { version: entry.version, date: entry.date, previousVersion: prev.version, previousDate: prev.date }));
    }
  });
  if (history.length === 0) return out;
  const latest = history.map((e) => e.version).reduce((a, b) => (versionGt(b, a) ? b : a));
  if (versionNeq(latest, doc.version)) {
    out.push(issue("revision_history_not_current", ["revisionHistory", history.findIndex((e) => e.version === latest)], { latest, version: doc.version }));
  }
  return out;
}
