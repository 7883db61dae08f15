import type { Issue } from "../../issues/issue.js";
import type { AssessmentContext } from "./_assessment.js";
import { assessmentIssue } from "./_assessment.js";

/** `assessment_supersedes_self` (error): an assessment supersedes an earlier one, never itself. */
export function assessmentSupersedesOther(ctx: AssessmentContext): Issue[] {
  const { id, supersedes } = ctx.assessment;
  return supersedes === id ? [assessmentIssue("assessment_supersedes_self", ["supersedes"], { id })] : [];
}
