import type { Issue } from "../../issues/issue.js";
import type { AssessmentContext } from "./_assessment.js";
import { assessmentIssue } from "./_assessment.js";

/**
 * `assessment_scale_unresolved` (info): without the scale it names, the level, the facts and the
 * digest cannot be checked; the other rules skip those checks and this says so.
 */
export function assessmentScaleResolved(ctx: AssessmentContext): Issue[] {
  if (ctx.scale !== undefined) return [];
  return [assessmentIssue("assessment_scale_unresolved", ["scale"], { id: ctx.assessment.scale.id, version: ctx.assessment.scale.version })];
}
