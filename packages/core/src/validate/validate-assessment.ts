/** Stage 2 for assessments: every named meaning rule, in one place. */
import type { Issue } from "../issues/issue.js";
import type { Assessment } from "../model/assessment.js";
import type { Scale } from "../model/scale.js";
import { sortIssues } from "./_issue.js";
import type { AssessmentContext } from "./rules/_assessment.js";
import { assessmentDigest } from "./rules/assessment-digest.js";
import { assessmentFactsAgree } from "./rules/assessment-facts.js";
import { assessmentLevelsExist, assessmentRangeOrdered } from "./rules/assessment-levels.js";
import { assessmentReferenceInterval } from "./rules/assessment-reference.js";
import { assessmentScaleResolved } from "./rules/assessment-scale-resolved.js";
import { assessmentSupersedesOther } from "./rules/assessment-supersedes.js";

/** The meaning rules of an assessment, by name. */
export const ASSESSMENT_RULES: Readonly<Record<string, (ctx: AssessmentContext) => Issue[]>> = {
  assessmentScaleResolved,
  assessmentDigest,
  assessmentLevelsExist,
  assessmentRangeOrdered,
  assessmentFactsAgree,
  assessmentReferenceInterval,
  assessmentSupersedesOther,
};

/**
 * The meaning stage for a structurally valid assessment. With `ctx.scale` (the scale it names),
 * the digest, the levels and the facts are checked against it; without, `assessment_scale_unresolved`
 * (info) says those checks were skipped.
 */
export function validateAssessment(assessment: Assessment, ctx: { readonly scale?: Scale | undefined } = {}): Issue[] {
  const c: AssessmentContext = { assessment, scale: ctx.scale };
  return sortIssues(Object.values(ASSESSMENT_RULES).flatMap((rule) => rule(c)));
}
