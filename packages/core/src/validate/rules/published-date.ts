import type { Issue } from "../../issues/issue.js";
import type { Scale } from "../../model/scale.js";
import { issue } from "../_issue.js";

/** What the date rules read of a scale. */
type Dated = Pick<Scale, "version" | "published" | "revisionHistory" | "sources">;

/**
 * `published_not_revision_date` (warning): `published` is the date this version of the document
 * was published, so it is the date of the revision-history entry for `version` (the last one, if
 * the version appears twice). No entry for `version` is `revision_history_not_current`'s finding.
 */
export function publishedIsRevisionDate(doc: Dated): Issue[] {
  const entry = [...doc.revisionHistory].reverse().find((e) => e.version === doc.version);
  if (!entry || entry.date === doc.published) return [];
  return [issue("published_not_revision_date", ["published"], { published: doc.published, version: doc.version, date: entry.date })];
}

/**
 * `published_before_source` (warning): a source is dated after `published`, so the document
 * would have been published before the text it encodes. Usually one of the two dates is wrong
 * (`published` is the document's date, a source's `date` the issuer's date of that source).
 */
export function publishedAfterSources(doc: Dated): Issue[] {
  const out: Issue[] = [];
  (doc.sources ?? []).forEach((source, i) => {
    if (source.date !== undefined && source.date > doc.published) out.push(issue("published_before_source", ["sources", i, "date"], { published: doc.published, date: source.date }));
  });
  return out;
}
