import { validRange } from "../../semver/range.js";
import type { Issue } from "../../issues/issue.js";
import { DOCUMENT_ID_MAX_LENGTH, DOCUMENT_ID_PATTERN } from "../../model/patterns.js";
import { splitRef } from "../../model/ref.js";
import type { RelatedScale } from "../../model/scale.js";
import { issue } from "../_issue.js";
import type { ScaleContext } from "../_scale-context.js";

/** A related scale's reference read as `<id>` or `<id>@<semver range>`; undefined when it does not parse. */
export function parseRelatedRef(ref: string): { id: string; versions?: string } | undefined {
  const { id, version: versions } = splitRef(ref);
  if (id.length > DOCUMENT_ID_MAX_LENGTH || !DOCUMENT_ID_PATTERN.test(id)) return undefined;
  if (versions === undefined) return { id };
  if (versions.trim() === "" || validRange(versions) === null) return undefined;
  return { id, versions };
}

/**
 * The related scales (`related`): `related_ref_invalid` when a reference is not `<id>` or
 * `<id>@<semver range>`; `related_self` when it names this scale's own id (an earlier version is
 * `supersedes`, not a relation); `related_duplicate` (warning) when one id is named twice.
 * A related scale that is not at hand is no finding: tools name it instead of showing it.
 */
export function relatedScales(ctx: ScaleContext): Issue[] {
  const related: readonly RelatedScale[] = ctx.document.related ?? [];
  const out: Issue[] = [];
  const first = new Map<string, number>();
  related.forEach((r, i) => {
    const parsed = parseRelatedRef(r.ref);
    if (!parsed) {
      out.push(issue("related_ref_invalid", ["related", i, "ref"], { ref: r.ref }));
      return;
    }
    if (parsed.id === ctx.document.id) {
      out.push(issue("related_self", ["related", i, "ref"], { id: parsed.id }));
      return;
    }
    const seen = first.get(parsed.id);
    if (seen !== undefined) out.push(issue("related_duplicate", ["related", i, "ref"], { id: parsed.id, first: `/related/${seen}` }));
    else first.set(parsed.id, i);
  });
  return out;
}
