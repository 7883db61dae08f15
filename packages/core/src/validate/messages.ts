/**
 * Messages of document validation: the structure stage (the document's shape, from the zod
 * schema) and the meaning stage (cross-field rules). Written for a CSIRT analyst editing the file
 * by hand: say what is wrong and how to fix it, in plain words.
 */
import { defineMessages } from "../issues/define.js";

/** Structure-stage messages: one per kind of shape error. */
export const STRUCTURE_MESSAGES = defineMessages({
  document_kind_unknown: { severity: "error", stage: "structure", params: ["allowed", "found"] },
  document_too_deep: { severity: "error", stage: "structure", params: ["limit"] },
  unknown_property: { severity: "error", stage: "structure", params: ["allowed", "property"] },
  missing_property: { severity: "error", stage: "structure", params: ["property"] },
  wrong_type: { severity: "error", stage: "structure", params: ["expected", "received"] },
  invalid_value: { severity: "error", stage: "structure", params: ["allowed", "value"] },
  invalid_format: { severity: "error", stage: "structure", params: ["example", "format", "value"] },
  too_short: { severity: "error", stage: "structure", params: ["minimum"] },
  too_long: { severity: "error", stage: "structure", params: ["actual", "maximum"] },
  too_few_items: { severity: "error", stage: "structure", params: ["actual", "minimum"] },
  too_small: { severity: "error", stage: "structure", params: ["minimum", "value"] },
  too_big: { severity: "error", stage: "structure", params: ["maximum", "value"] },
  no_matching_variant: { severity: "error", stage: "structure", params: ["alternatives"] },
});

/** Meaning-stage messages: one per named rule finding (see rules/). */
export const MEANING_MESSAGES = defineMessages({
  // --- codes and references inside a scale ---
  level_code_duplicate: { severity: "error", stage: "meaning", params: ["code", "first"] },
  level_order_direction_mismatch: { severity: "warning", stage: "meaning", params: ["direction", "first", "last", "numbering"] },
  notification_deadline_and_stages: { severity: "error", stage: "meaning", params: ["level"] },
  notification_stage_event_missing: { severity: "warning", stage: "meaning", params: ["deadline", "level", "stage"] },
  sentinel_conflicts_level: { severity: "error", stage: "meaning", params: ["code"] },
  sentinel_code_duplicate: { severity: "error", stage: "meaning", params: ["code", "first"] },
  dimension_assume_invalid: { severity: "error", stage: "meaning", params: ["dimension", "value"] },
  dimension_code_duplicate: { severity: "error", stage: "meaning", params: ["code", "first"] },
  option_code_duplicate: { severity: "error", stage: "meaning", params: ["code", "dimension", "first"] },
  axis_code_duplicate: { severity: "error", stage: "meaning", params: ["code", "first"] },
  unknown_axis_reference: { severity: "error", stage: "meaning", params: ["code", "known"] },
  unknown_level_reference: { severity: "error", stage: "meaning", params: ["code", "known", "scale"] },
  unknown_dimension_reference: { severity: "error", stage: "meaning", params: ["code", "known"] },
  unknown_option_reference: { severity: "error", stage: "meaning", params: ["code", "dimension", "known"] },
  dimension_type_mismatch: { severity: "error", stage: "meaning", params: ["actual", "dimension", "expected", "property"] },
  condition_order_on_nominal: { severity: "error", stage: "meaning", params: ["dimension", "kind", "property"] },
  quantity_range_inverted: { severity: "error", stage: "meaning", params: ["dimension", "max", "min"] },
  level_color_duplicate: { severity: "warning", stage: "meaning", params: ["hex", "level", "other"] },
  dimension_unused: { severity: "info", stage: "meaning", params: ["dimension"] },
  level_definition_missing: { severity: "info", stage: "meaning", params: ["level"] },
  // --- rules method ---
  rule_id_duplicate: { severity: "error", stage: "meaning", params: ["first", "id"] },
  rule_unreachable: { severity: "warning", stage: "meaning", params: ["earlier"] },
  condition_unsatisfiable: { severity: "warning", stage: "meaning", params: [] },
  // --- score method ---
  score_weight_negative: { severity: "error", stage: "meaning", params: ["dimension", "weight"] },
  score_value_missing: { severity: "warning", stage: "meaning", params: ["dimension", "missing"] },
  score_range_invalid: { severity: "error", stage: "meaning", params: ["max", "min"] },
  cut_points_unordered: { severity: "error", stage: "meaning", params: ["atLeast", "level", "previousAtLeast", "previousLevel"] },
  cut_point_out_of_range: { severity: "error", stage: "meaning", params: ["atLeast", "max", "min"] },
  // --- matrix method ---
  matrix_axis_duplicate: { severity: "error", stage: "meaning", params: ["dimension"] },
  matrix_group_code_duplicate: { severity: "error", stage: "meaning", params: ["code", "dimension"] },
  matrix_group_member_duplicate: { severity: "error", stage: "meaning", params: ["dimension", "groups", "option"] },
  matrix_group_member_missing: { severity: "error", stage: "meaning", params: ["dimension", "missing"] },
  matrix_cell_arity: { severity: "error", stage: "meaning", params: ["actual", "expected"] },
  matrix_value_unknown: { severity: "error", stage: "meaning", params: ["dimension", "known", "value"] },
  matrix_cell_missing: { severity: "error", stage: "meaning", params: ["at", "count", "total"] },
  matrix_cell_duplicate: { severity: "error", stage: "meaning", params: ["at", "first"] },
  matrix_not_monotone: { severity: "warning", stage: "meaning", params: ["at", "dimension", "from", "fromLevel", "level"] },
  // --- max method ---
  max_option_unrated: { severity: "warning", stage: "meaning", params: ["dimension", "missing"] },
  bands_unordered: { severity: "error", stage: "meaning", params: ["atLeast", "previous"] },
  // --- composite method ---
  component_id_duplicate: { severity: "error", stage: "meaning", params: ["first", "id"] },
  // --- tracking and languages (scales and mappings) ---
  revision_history_unsorted: { severity: "error", stage: "meaning", params: ["date", "previousDate", "previousVersion", "version"] },
  revision_history_duplicate: { severity: "error", stage: "meaning", params: ["first", "version"] },
  revision_history_not_current: { severity: "error", stage: "meaning", params: ["latest", "version"] },
  supersedes_other_id: { severity: "info", stage: "meaning", params: ["id", "ref"] },
  supersedes_not_lower: { severity: "warning", stage: "meaning", params: ["supersededVersion", "version"] },
  published_not_revision_date: { severity: "warning", stage: "meaning", params: ["date", "published", "version"] },
  published_before_source: { severity: "warning", stage: "meaning", params: ["date", "published"] },
  related_ref_invalid: { severity: "error", stage: "meaning", params: ["ref"] },
  related_self: { severity: "error", stage: "meaning", params: ["id"] },
  related_duplicate: { severity: "warning", stage: "meaning", params: ["first", "id"] },
  default_language_undeclared: { severity: "error", stage: "meaning", params: ["declared", "language"] },
  language_duplicate: { severity: "error", stage: "meaning", params: ["language"] },
  text_language_missing: { severity: "warning", stage: "meaning", params: ["missing"] },
  text_language_undeclared: { severity: "info", stage: "meaning", params: ["undeclared"] },
  // --- mappings ---
  version_range_invalid: { severity: "error", stage: "meaning", params: ["range"] },
  mapping_scale_unresolved: { severity: "info", stage: "meaning", params: ["id", "range"] },
  mapping_scale_version_outside_range: { severity: "warning", stage: "meaning", params: ["id", "range", "version"] },
  mapping_record_missing: { severity: "error", stage: "meaning", params: ["level"] },
  mapping_record_duplicate: { severity: "error", stage: "meaning", params: ["first", "level"] },
  mapping_sentinel_matched: { severity: "error", stage: "meaning", params: ["code"] },
  relation_interval_mismatch: { severity: "error", stage: "meaning", params: ["relation"] },
  mapping_interval_inverted: { severity: "error", stage: "meaning", params: ["max", "min"] },
  mapping_exact_conflict: { severity: "error", stage: "meaning", params: ["level", "object", "other", "relation"] },
  mapping_exact_not_unique: { severity: "warning", stage: "meaning", params: ["level", "object", "other"] },
  mapping_not_monotone: { severity: "error", stage: "meaning", params: ["conflicts", "interval", "level"] },
  mapping_levels_reversed: { severity: "error", stage: "meaning", params: ["first", "last", "scale"] },
  mapping_exact_low_confidence: { severity: "info", stage: "meaning", params: ["confidence"] },
  crosswalk_dimension_duplicate: { severity: "error", stage: "meaning", params: ["dimension", "first"] },
  crosswalk_option_missing: { severity: "error", stage: "meaning", params: ["dimension", "missing"] },
  crosswalk_reference_uncovered: { severity: "warning", stage: "meaning", params: ["dimension"] },
  // --- registry index ---
  registry_path_duplicate: { severity: "error", stage: "meaning", params: ["first", "path"] },
  registry_entry_duplicate: { severity: "error", stage: "meaning", params: ["first", "id", "kind", "version"] },
  score_weights_all_zero: { severity: "error", stage: "meaning", params: [] },
  score_range_underivable: { severity: "error", stage: "meaning", params: ["dimension"] },
  cut_point_gap_below: { severity: "warning", stage: "meaning", params: ["atLeast", "level", "min"] },
  bands_gap_below: { severity: "warning", stage: "meaning", params: ["atLeast", "dimension", "min"] },
  dimension_code_reserved: { severity: "error", stage: "meaning", params: ["code"] },
  text_unsafe_characters: { severity: "warning", stage: "meaning", params: ["characters"] },
});

/** Every validation message. */
/**
 * How findings themselves are reported: a class of findings past its first few is counted by one
 * `findings_omitted` (see `boundIssues`), whichever stage found them.
 */
export const REPORT_MESSAGES = defineMessages({
  findings_omitted: { severity: "error", stage: "report", params: ["code", "count", "examples", "shown"] },
});

export const VALIDATE_MESSAGES = { ...STRUCTURE_MESSAGES, ...MEANING_MESSAGES, ...REPORT_MESSAGES };

/** An issue code reported by validation. */
export type ValidateCode = keyof typeof VALIDATE_MESSAGES;
