/** English wording of the assessment messages. */
import type { ASSESSMENT_MESSAGES } from "../../assessment/messages.js";
import { templates } from "../../i18n/templates.js";

/** English templates of assessments, including the meaning rules `validateText` applies to an assessment document. */
export const assessmentMessages = templates<typeof ASSESSMENT_MESSAGES>()({
  assessment_scale_unresolved: "The scale {id} version {version} is not available here, so the level, the facts and the digest were not checked against it.",
  assessment_digest_mismatch: "The SHA-256 of {id} version {version} is {actual}, but the assessment states {stated}: it was made on other content than this document.",
  assessment_level_unknown: "\"{code}\" is not a level of {scale}.",
  assessment_range_inverted: "The range goes from {atLeast} to {atMost}, but {atLeast} is more severe than {atMost}; give the least severe level first.",
  assessment_facts_invalid: "The facts do not fit the dimensions of {scale} (see the classification findings).",
  assessment_facts_disagree: "The assessment states {stated}, but its own facts give {derived} on the scale it names.",
  assessment_reference_invalid: "The reference interval {min}–{max} is not an interval of reference levels, least severe first.",
  assessment_supersedes_self: "The assessment {id} says it supersedes itself.",
  assessment_scale_missing: "The registry has no scale {id} version {version}.",
  assessment_mapping_missing: "No mapping of {scale} onto the reference scale was found.",
  assessment_reference_disagrees: "The assessment places the result at {stated} on the reference scale, but the mapping gives {derived}.",
  assessment_not_created: "No assessment was written: the classification ended as \"{status}\" (see the findings).",
  assessment_crosswalk_outside: "Through the mapping's crosswalk the facts give {reference} on the reference scale, outside {band}, where the mapping places {level}: the mapping and its crosswalk disagree for this incident (sevscale audit lists every such case).",
  assessment_crosswalk_undecided: "The facts read through the crosswalk do not decide a reference level ({status}); the level was translated through the mapping instead.",
  assessment_thread_incident: "Assessment {id} is about incident {found}, not {expected} like the rest of the thread.",
  assessment_thread_missing: "Assessment {id} supersedes {supersedes}, which is not in the thread.",
  assessment_thread_fork: "Several assessments ({ids}) supersede {supersedes}; a thread has one successor per assessment.",
  assessment_thread_cycle: "The assessments {ids} supersede each other in a circle.",
});
