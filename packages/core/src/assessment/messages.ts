import { defineMessages } from "../issues/define.js";

/**
 * Messages of assessments: the meaning rules of the `assessment` document (stage `meaning`), what
 * receiving one finds (stage `assessment`) and the checks of a thread of assessments of one
 * incident (stage `thread`).
 */
export const ASSESSMENT_MESSAGES = defineMessages({
  // Meaning rules of the document.
  assessment_scale_unresolved: { severity: "info", stage: "meaning", params: ["id", "version"] },
  assessment_digest_mismatch: { severity: "error", stage: "meaning", params: ["actual", "id", "stated", "version"] },
  assessment_level_unknown: { severity: "error", stage: "meaning", params: ["code", "scale"] },
  assessment_range_inverted: { severity: "error", stage: "meaning", params: ["atLeast", "atMost"] },
  assessment_facts_invalid: { severity: "error", stage: "meaning", params: ["scale"] },
  assessment_facts_disagree: { severity: "error", stage: "meaning", params: ["derived", "stated"] },
  assessment_reference_invalid: { severity: "error", stage: "meaning", params: ["max", "min"] },
  assessment_supersedes_self: { severity: "error", stage: "meaning", params: ["id"] },

  // Receiving: the documents the assessment names.
  assessment_scale_missing: { severity: "error", stage: "assessment", params: ["id", "version"] },
  assessment_mapping_missing: { severity: "error", stage: "assessment", params: ["scale"] },
  assessment_reference_disagrees: { severity: "error", stage: "assessment", params: ["derived", "stated"] },
  assessment_not_created: { severity: "error", stage: "assessment", params: ["status"] },
  assessment_crosswalk_outside: { severity: "warning", stage: "assessment", params: ["band", "level", "reference"] },
  assessment_crosswalk_undecided: { severity: "info", stage: "assessment", params: ["status"] },

  // A thread of assessments of one incident.
  assessment_thread_incident: { severity: "error", stage: "thread", params: ["expected", "found", "id"] },
  assessment_thread_missing: { severity: "warning", stage: "thread", params: ["id", "supersedes"] },
  assessment_thread_fork: { severity: "error", stage: "thread", params: ["ids", "supersedes"] },
  assessment_thread_cycle: { severity: "error", stage: "thread", params: ["ids"] },
});

/** A code of the assessment area. */
export type AssessmentCode = keyof typeof ASSESSMENT_MESSAGES;
