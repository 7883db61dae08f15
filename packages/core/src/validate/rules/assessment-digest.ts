import type { Issue } from "../../issues/issue.js";
import { canonicalBytesOrUndefined } from "../../integrity/canonical.js";
import { sha256HexSync } from "../../integrity/digest.js";
import type { AssessmentContext } from "./_assessment.js";
import { assessmentIssue } from "./_assessment.js";

/**
 * `assessment_digest_mismatch` (error): the SHA-256 of the scale's canonical bytes must be the one
 * the assessment pins; otherwise it was rated on other content than this scale.
 */
export function assessmentDigest(ctx: AssessmentContext): Issue[] {
  if (ctx.scale === undefined) return [];
  const bytes = canonicalBytesOrUndefined(ctx.scale);
  if (!bytes) return [];
  const actual = sha256HexSync(bytes);
  const pinned = ctx.assessment.scale;
  if (actual === pinned.sha256) return [];
  return [assessmentIssue("assessment_digest_mismatch", ["scale", "sha256"], { id: pinned.id, version: pinned.version, stated: pinned.sha256, actual })];
}
