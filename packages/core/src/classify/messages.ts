/**
 * Catalogue of classification: issue codes about facts (stage "facts") and about a method that
 * cannot be applied (stage "classify"), and the templates of trace steps (stage "trace").
 */
import { defineMessages } from "../issues/define.js";

/** Issues about an incident's facts. Pointers point into the facts (`/<dimension>`). */
export const FACT_MESSAGES = defineMessages({
  facts_not_object: { severity: "error", stage: "facts", params: ["got"] },
  fact_unknown_dimension: { severity: "warning", stage: "facts", params: ["dimension"] },
  fact_unknown_option: { severity: "error", stage: "facts", params: ["dimension", "option", "options"] },
  fact_missing: { severity: "warning", stage: "facts", params: ["dimension"] },
  fact_assumed: { severity: "info", stage: "facts", params: ["dimension", "value"] },
  fact_number_as_option: { severity: "info", stage: "facts", params: ["dimension", "option"] },
  fact_missing_default: { severity: "info", stage: "facts", params: ["dimension", "value"] },
  fact_wrong_unit: { severity: "error", stage: "facts", params: ["dimension", "expected", "unit"] },
  fact_multiple_not_allowed: { severity: "error", stage: "facts", params: ["count", "dimension"] },
  fact_wrong_type: { severity: "error", stage: "facts", params: ["dimension", "expected", "got"] },
  fact_out_of_range: { severity: "error", stage: "facts", params: ["dimension", "max", "min", "value"] },
  fact_not_integer: { severity: "error", stage: "facts", params: ["dimension", "value"] },
  // Batch input (NDJSON or CSV, one incident per record): a record that cannot be read is skipped.
  incident_too_large: { severity: "error", stage: "facts", params: ["bytes", "limit"] },
  incident_csv_invalid: { severity: "error", stage: "facts", params: ["problem"] },
  incident_csv_too_large: { severity: "error", stage: "facts", params: ["limit"] },
});

/**
 * Issues about a method that cannot be applied as written (a scale validation would also report
 * them). `at` is a JSON Pointer into the scale; the issue's own pointer is "" (the facts).
 */
export const CLASSIFY_MESSAGES = defineMessages({
  classify_no_level: { severity: "warning", stage: "classify", params: ["method"] },
  classify_level_unknown: { severity: "error", stage: "classify", params: ["at", "level"] },
  classify_dimension_unknown: { severity: "error", stage: "classify", params: ["at", "dimension", "expected"] },
  classify_option_unknown: { severity: "error", stage: "classify", params: ["at", "dimension", "option"] },
  classify_matrix_ungrouped: { severity: "error", stage: "classify", params: ["at", "dimension", "option"] },
  classify_matrix_no_cell: { severity: "error", stage: "classify", params: ["at", "values"] },
  classify_score_value_missing: { severity: "error", stage: "classify", params: ["at", "dimension", "option"] },
  classify_score_undefined: { severity: "error", stage: "classify", params: ["at"] },
  classify_score_range_unknown: { severity: "error", stage: "classify", params: ["at", "dimension"] },
  classify_matrix_budget: { severity: "error", stage: "classify", params: ["at", "budget"] },
});


/** Templates of trace steps (a step's `kind` is its code). */
export const TRACE_MESSAGES = defineMessages({
  trace_facts_invalid: { severity: "info", stage: "trace", params: ["count"] },
  trace_undecided: { severity: "info", stage: "trace", params: [] },
  trace_at_least: { severity: "info", stage: "trace", params: ["level"] },
  trace_fact_assumed: { severity: "info", stage: "trace", params: ["dimension", "value"] },
  trace_between: { severity: "info", stage: "trace", params: ["highest", "lowest"] },
  trace_at_most_or_none: { severity: "info", stage: "trace", params: ["highest"] },
  trace_rules_same_level: { severity: "info", stage: "trace", params: ["level"] },
  trace_matrix_same_level: { severity: "info", stage: "trace", params: ["level"] },
  trace_composite_bounded: { severity: "info", stage: "trace", params: ["component", "level"] },
  trace_test_compare_bounded_held: { severity: "info", stage: "trace", params: ["dimension", "fact", "op", "threshold"] },
  trace_test_compare_bounded_failed: { severity: "info", stage: "trace", params: ["dimension", "fact", "op", "threshold"] },
  trace_test_any_option_held: { severity: "info", stage: "trace", params: ["dimension"] },
  trace_rule_fired: { severity: "info", stage: "trace", params: ["level", "rule"] },
  trace_rule_not_applied: { severity: "info", stage: "trace", params: ["level", "rule"] },
  trace_rule_undecided: { severity: "info", stage: "trace", params: ["level", "rule"] },
  trace_rules_otherwise: { severity: "info", stage: "trace", params: ["level"] },
  trace_rules_none: { severity: "info", stage: "trace", params: [] },
  trace_rules_most_severe: { severity: "info", stage: "trace", params: ["level", "rule"] },
  trace_test_in_held: { severity: "info", stage: "trace", params: ["dimension", "fact", "options"] },
  trace_test_in_failed: { severity: "info", stage: "trace", params: ["dimension", "fact", "options"] },
  trace_test_at_least_held: { severity: "info", stage: "trace", params: ["dimension", "fact", "option"] },
  trace_test_at_least_failed: { severity: "info", stage: "trace", params: ["dimension", "fact", "option"] },
  trace_test_at_most_held: { severity: "info", stage: "trace", params: ["dimension", "fact", "option"] },
  trace_test_at_most_failed: { severity: "info", stage: "trace", params: ["dimension", "fact", "option"] },
  trace_test_compare_held: { severity: "info", stage: "trace", params: ["dimension", "fact", "op", "threshold"] },
  trace_test_compare_failed: { severity: "info", stage: "trace", params: ["dimension", "fact", "op", "threshold"] },
  trace_test_missing: { severity: "info", stage: "trace", params: ["dimension"] },
  trace_test_always: { severity: "info", stage: "trace", params: [] },
  trace_test_not: { severity: "info", stage: "trace", params: [] },
  trace_test_invalid: { severity: "info", stage: "trace", params: ["at"] },
  trace_score_component: { severity: "info", stage: "trace", params: ["contribution", "dimension", "fact", "value", "weight"] },
  trace_score_component_missing: { severity: "info", stage: "trace", params: ["contribution", "dimension", "value", "weight"] },
  trace_score_raw: { severity: "info", stage: "trace", params: ["raw"] },
  trace_score_weighted_mean: { severity: "info", stage: "trace", params: ["normalised", "raw", "weights"] },
  trace_score_min_max: { severity: "info", stage: "trace", params: ["fromMax", "fromMin", "normalised", "toMax", "toMin"] },
  trace_score_clamped: { severity: "info", stage: "trace", params: ["after", "before", "max", "min"] },
  trace_score_rounded: { severity: "info", stage: "trace", params: ["decimals", "mode", "score"] },
  trace_score_cut_point: { severity: "info", stage: "trace", params: ["atLeast", "level", "score"] },
  trace_score_below_cut_points: { severity: "info", stage: "trace", params: ["lowest", "score"] },
  trace_score_no_cut_points: { severity: "info", stage: "trace", params: ["score"] },
  trace_matrix_axis: { severity: "info", stage: "trace", params: ["dimension", "fact"] },
  trace_matrix_axis_group: { severity: "info", stage: "trace", params: ["dimension", "fact", "group"] },
  trace_matrix_missing: { severity: "info", stage: "trace", params: ["dimension"] },
  trace_matrix_cell: { severity: "info", stage: "trace", params: ["level", "values"] },
  trace_matrix_most_severe: { severity: "info", stage: "trace", params: ["level", "values"] },
  trace_max_rating: { severity: "info", stage: "trace", params: ["dimension", "fact", "level"] },
  trace_max_unrated: { severity: "info", stage: "trace", params: ["dimension", "fact"] },
  trace_max_band: { severity: "info", stage: "trace", params: ["atLeast", "dimension", "fact", "level"] },
  trace_max_below_bands: { severity: "info", stage: "trace", params: ["dimension", "fact", "lowest"] },
  trace_max_missing: { severity: "info", stage: "trace", params: ["dimension"] },
  trace_max_winner: { severity: "info", stage: "trace", params: ["dimension", "level"] },
  trace_judgement: { severity: "info", stage: "trace", params: [] },
  trace_judgement_criteria: { severity: "info", stage: "trace", params: ["levels"] },
  trace_component: { severity: "info", stage: "trace", params: ["component", "method"] },
  trace_component_level: { severity: "info", stage: "trace", params: ["component", "level"] },
  trace_component_no_level: { severity: "info", stage: "trace", params: ["component", "status"] },
  trace_composite_winner: { severity: "info", stage: "trace", params: ["component", "level"] },
  trace_composite_top: { severity: "info", stage: "trace", params: ["component", "level"] },
  trace_composite_waiting: { severity: "info", stage: "trace", params: ["components"] },
  trace_rules_sentinel: { severity: "info", stage: "trace", params: ["outcome", "rule"] },
  trace_rules_maybe_sentinel: { severity: "info", stage: "trace", params: [] },
  trace_component_sentinel: { severity: "info", stage: "trace", params: ["component", "outcome"] },
  trace_composite_sentinel: { severity: "info", stage: "trace", params: ["component", "outcome"] },
});

/** Every message of the classify area, for the catalogue. */
export const CLASSIFY_CATALOG = { ...FACT_MESSAGES, ...CLASSIFY_MESSAGES, ...TRACE_MESSAGES };
