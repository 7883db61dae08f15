import type { Issue } from "../../issues/issue.js";
import { describeResult, resultFromClassification, sameResult } from "../../assessment/result.js";
import { classify } from "../../classify/interpret.js";
import type { AssessmentContext } from "./_assessment.js";
import { assessmentIssue, scaleName } from "./_assessment.js";

/**
 * `assessment_facts_invalid`, `assessment_facts_disagree` (errors): when the assessment carries
 * its facts and the scale is available, classifying the facts on the scale must give the stated
 * result. An assessment that contradicts its own facts is an error.
 */
export function assessmentFactsAgree(ctx: AssessmentContext): Issue[] {
  const { assessment, scale } = ctx;
  if (scale === undefined || assessment.facts === undefined) return [];
  const derived = resultFromClassification(classify(scale, assessment.facts), scale);
  if (derived === undefined) return [assessmentIssue("assessment_facts_invalid", ["facts"], { scale: scaleName(scale) })];
  if (sameResult(derived, assessment.result)) return [];
  return [assessmentIssue("assessment_facts_disagree", ["result"], { stated: describeResult(assessment.result), derived: describeResult(derived) })];
}
