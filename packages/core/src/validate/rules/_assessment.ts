/** What the assessment rules see: the document and, when it could be resolved, the scale it names. */
import type { Issue, IssueParams } from "../../issues/issue.js";
import { toPointer } from "../../issues/issue.js";
import type { AssessmentCode } from "../../assessment/messages.js";
import type { Assessment } from "../../model/assessment.js";
import type { Scale } from "../../model/scale.js";
import type { Path } from "../_issue.js";
import { ASSESSMENT_SEVERITIES, severityIn } from "../../generated/severities.js";

/** The context of the assessment rules. */
export interface AssessmentContext {
  readonly assessment: Assessment;
  /** The scale named by `scale.id` and `scale.version`, when available. */
  readonly scale?: Scale | undefined;
}

/** An assessment issue with the catalogue's severity. */
export function assessmentIssue(code: AssessmentCode, path: Path, params: IssueParams = {}): Issue {
  return { code, severity: severityIn(ASSESSMENT_SEVERITIES, code), pointer: toPointer(path), params };
}

/** The scale's `id@version`, as messages name it. */
export function scaleName(scale: Pick<Scale, "id" | "version">): string {
  return `${scale.id}@${scale.version}`;
}
