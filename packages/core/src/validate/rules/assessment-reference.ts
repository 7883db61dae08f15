import type { Issue } from "../../issues/issue.js";
import { CRS_OUTLINE } from "../../reference/crs-outline.js";
import type { AssessmentContext } from "./_assessment.js";
import { assessmentIssue } from "./_assessment.js";

/** `assessment_reference_invalid` (error): the reference interval names reference levels, least severe first. */
export function assessmentReferenceInterval(ctx: AssessmentContext): Issue[] {
  const reference = ctx.assessment.reference;
  if (reference === undefined) return [];
  const rank = (code: string) => CRS_OUTLINE.levels.findIndex((l) => l.code === code);
  const min = rank(reference.min);
  const max = rank(reference.max);
  if (min >= 0 && max >= 0 && min <= max) return [];
  return [assessmentIssue("assessment_reference_invalid", ["reference"], { min: reference.min, max: reference.max })];
}
