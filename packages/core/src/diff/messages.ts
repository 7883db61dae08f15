/**
 * Messages of the diff (stage "diff"): the tracking checks on the version fields (issues), and
 * one template per change (rendered into every Change's `message`, and by `renderMessage`).
 */
import { defineMessages } from "../issues/define.js";

/** Issue codes of the tracking checks and of the method comparison. */
export const DIFF_ISSUE_MESSAGES = defineMessages({
  version_not_increased: { severity: "error", stage: "diff", params: ["new", "old"] },
  diff_version_invalid: { severity: "error", stage: "diff", params: ["version"] },
  diff_id_mismatch: { severity: "error", stage: "diff", params: ["new", "old"] },
  diff_kind_mismatch: { severity: "error", stage: "diff", params: ["new", "old"] },
  revision_history_not_extended: { severity: "error", stage: "diff", params: ["added", "version", "withVersion"] },
  revision_history_rewritten: { severity: "error", stage: "diff", params: ["version"] },
  supersedes_mismatch: { severity: "warning", stage: "diff", params: ["actual", "expected"] },
  version_bump_insufficient: { severity: "error", stage: "diff", params: ["declared", "required", "suggested"] },
  diff_level_oracle_missing: { severity: "warning", stage: "diff", params: [] },
  diff_level_oracle_failed: { severity: "warning", stage: "diff", params: ["failures", "version"] },
  diff_method_sampled: { severity: "info", stage: "diff", params: ["checked", "space"] },
  diff_method_budget: { severity: "info", stage: "diff", params: ["budget", "checked", "space"] },
});

/** One template per change message code (`change_<kind>` plus a variant where the wording differs). */
export const DIFF_CHANGE_MESSAGES = defineMessages({
  change_level_added_top: { severity: "info", stage: "diff", params: ["code"] },
  change_level_added_bottom: { severity: "info", stage: "diff", params: ["code"] },
  change_level_inserted: { severity: "info", stage: "diff", params: ["above", "below", "code"] },
  change_level_removed: { severity: "info", stage: "diff", params: ["code", "rank"] },
  change_level_renamed: { severity: "info", stage: "diff", params: ["from", "to"] },
  change_level_reordered: { severity: "info", stage: "diff", params: ["code", "fromRank", "toRank"] },
  change_level_split: { severity: "info", stage: "diff", params: ["code", "into"] },
  change_level_merged: { severity: "info", stage: "diff", params: ["codes", "into"] },
  change_notification_added: { severity: "info", stage: "diff", params: ["deadline", "level"] },
  change_notification_removed: { severity: "info", stage: "diff", params: ["level"] },
  change_notification_deadline_changed: { severity: "info", stage: "diff", params: ["from", "level", "to"] },
  change_notification_mandatory_changed: { severity: "info", stage: "diff", params: ["from", "level", "to"] },
  change_sentinel_added: { severity: "info", stage: "diff", params: ["code"] },
  change_sentinel_removed: { severity: "info", stage: "diff", params: ["code"] },
  change_sentinel_changed: { severity: "info", stage: "diff", params: ["code", "from", "to"] },
  change_significance_added: { severity: "info", stage: "diff", params: ["level"] },
  change_significance_removed: { severity: "info", stage: "diff", params: ["level"] },
  change_significance_changed: { severity: "info", stage: "diff", params: ["from", "to"] },
  change_direction_changed: { severity: "info", stage: "diff", params: ["from", "to"] },
  change_dimension_added: { severity: "info", stage: "diff", params: ["code"] },
  change_dimension_added_changes_levels: { severity: "info", stage: "diff", params: ["code", "newLevel", "oldLevel"] },
  change_dimension_added_unchecked: { severity: "info", stage: "diff", params: ["code"] },
  change_dimension_removed: { severity: "info", stage: "diff", params: ["code"] },
  change_dimension_type_changed: { severity: "info", stage: "diff", params: ["code", "from", "to"] },
  change_dimension_unit_changed: { severity: "info", stage: "diff", params: ["code", "from", "to"] },
  change_dimension_range_narrowed: { severity: "info", stage: "diff", params: ["code", "from", "to"] },
  change_dimension_range_widened: { severity: "info", stage: "diff", params: ["code", "from", "to"] },
  change_dimension_now_single: { severity: "info", stage: "diff", params: ["code"] },
  change_dimension_now_multiple: { severity: "info", stage: "diff", params: ["code"] },
  change_dimension_axis_changed: { severity: "info", stage: "diff", params: ["code", "from", "to"] },
  change_option_added_top: { severity: "info", stage: "diff", params: ["code", "dimension"] },
  change_option_added_bottom: { severity: "info", stage: "diff", params: ["code", "dimension"] },
  change_option_inserted: { severity: "info", stage: "diff", params: ["above", "below", "code", "dimension"] },
  change_option_removed: { severity: "info", stage: "diff", params: ["code", "dimension"] },
  change_option_renamed: { severity: "info", stage: "diff", params: ["dimension", "from", "to"] },
  change_option_reordered: { severity: "info", stage: "diff", params: ["code", "dimension", "fromPosition", "toPosition"] },
  change_method_changed_levels: { severity: "info", stage: "diff", params: ["at", "newLevel", "oldLevel"] },
  change_method_changed_same: { severity: "info", stage: "diff", params: ["at", "checked"] },
  change_method_changed_unchecked: { severity: "info", stage: "diff", params: ["at"] },
  change_subject_changed: { severity: "info", stage: "diff", params: ["from", "to"] },
  change_object_changed: { severity: "info", stage: "diff", params: ["from", "to"] },
  change_subject_range_narrowed: { severity: "info", stage: "diff", params: ["from", "to"] },
  change_subject_range_widened: { severity: "info", stage: "diff", params: ["from", "to"] },
  change_subject_range_rewritten: { severity: "info", stage: "diff", params: ["from", "to"] },
  change_subject_range_changed: { severity: "info", stage: "diff", params: ["from", "to"] },
  change_object_range_narrowed: { severity: "info", stage: "diff", params: ["from", "to"] },
  change_object_range_widened: { severity: "info", stage: "diff", params: ["from", "to"] },
  change_object_range_rewritten: { severity: "info", stage: "diff", params: ["from", "to"] },
  change_object_range_changed: { severity: "info", stage: "diff", params: ["from", "to"] },
  change_record_added: { severity: "info", stage: "diff", params: ["subject"] },
  change_record_removed: { severity: "info", stage: "diff", params: ["subject"] },
  change_record_interval_changed: { severity: "info", stage: "diff", params: ["from", "subject", "to"] },
  change_record_relation_changed: { severity: "info", stage: "diff", params: ["from", "subject", "to"] },
  change_record_confidence_changed: { severity: "info", stage: "diff", params: ["from", "subject", "to"] },
  change_record_justification_changed: { severity: "info", stage: "diff", params: ["from", "subject", "to"] },
  change_language_added: { severity: "info", stage: "diff", params: ["tag"] },
  change_language_removed: { severity: "info", stage: "diff", params: ["tag"] },
  change_default_language_changed: { severity: "info", stage: "diff", params: ["from", "to"] },
  change_license_changed: { severity: "info", stage: "diff", params: ["from", "to"] },
  change_text_changed: { severity: "info", stage: "diff", params: ["languages"] },
  change_color_changed: { severity: "info", stage: "diff", params: ["from", "to"] },
  change_sources_changed: { severity: "info", stage: "diff", params: [] },
  change_publisher_changed: { severity: "info", stage: "diff", params: [] },
  change_contributors_changed: { severity: "info", stage: "diff", params: [] },
  change_metadata_added: { severity: "info", stage: "diff", params: ["to"] },
  change_metadata_removed: { severity: "info", stage: "diff", params: ["from"] },
  change_metadata_changed: { severity: "info", stage: "diff", params: ["from", "to"] },
});

/** Every message of the diff, for the catalogue. */
export const DIFF_MESSAGES = { ...DIFF_ISSUE_MESSAGES, ...DIFF_CHANGE_MESSAGES };

/** A change message code. */
export type ChangeMessageCode = keyof typeof DIFF_CHANGE_MESSAGES;
