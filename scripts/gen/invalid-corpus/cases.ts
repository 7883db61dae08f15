/**
 * The invalid-document corpus: each case is one change to a base document that triggers the
 * issue code its name starts with (`<code>.json` or `<code>--<variant>.json`). Used by the
 * generator (examples/invalid/), the corpus test and docs/error-codes.md.
 */
import { BASE_ASSESSMENT, BASE_MAPPING, BASE_REGISTRY, BASE_SCALE } from "../../../packages/core/test/fixtures/base-documents.js";

// Cases edit plain JSON copies; a loose type keeps each one-line change readable.
type Doc = any;

/** One example: which base it starts from, what it changes, and how. */
export interface InvalidCase {
  /** File name without `.json`: the issue code, optionally `--variant`. */
  readonly name: string;
  readonly base: "scale" | "mapping" | "registry" | "assessment";
  /** What the change is, for the corpus README. */
  readonly note: string;
  /** Changes the copy in place, or returns a replacement document. */
  readonly mutate: (doc: Doc) => Doc | void;
}

/** The issue code a case name stands for. */
export const caseCode = (name: string): string => name.split("--")[0]!;

const component = (d: Doc, id: string): Doc => d.method.components.find((c: Doc) => c.id === id).method;
const rules = (d: Doc): Doc[] => component(d, "rules").rules;
const score = (d: Doc): Doc => component(d, "score");
const matrix = (d: Doc): Doc => component(d, "matrix");
const max = (d: Doc): Doc => component(d, "max");
const t = (en: string, es: string) => ({ en, es });
/** A complete crosswalk from the base scale's effect and scope to the CRS criteria. */
const crosswalk = (): Doc => ({
  dimensions: [
    { dimension: "effect", options: { e0: { effect: "E0" }, e1: { effect: "E2" }, e2: { effect: "E4" } } },
    { dimension: "scope", options: { s0: { scope: "S0" }, s1: { scope: "S2" }, s2: { scope: "S4" }, s3: { scope: "S5" } } },
  ],
  assume: { "national-interest": "N0" },
});

function nested(depth: number): unknown {
  let v: unknown = [];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

/** Every case, in file-name order. */
export const INVALID_CASES: readonly InvalidCase[] = [
  // --- structure ---
  { name: "document_kind_unknown", base: "scale", note: '"kind" is "scales" and "$schema" is removed.', mutate: (d) => { d.kind = "scales"; delete d.$schema; } },
  { name: "document_too_deep", base: "scale", note: "An extension holds arrays nested 52 deep (over the document limit of 48, under the parser limit of 64).", mutate: (d) => { d["x-extensions"] = { "org.example": nested(52) }; } },
  { name: "unknown_property", base: "scale", note: 'A level has "colour" (British spelling) instead of "color".', mutate: (d) => { d.levels[0].colour = d.levels[0].color; delete d.levels[0].color; } },
  { name: "missing_property", base: "scale", note: '"title" is removed.', mutate: (d) => { delete d.title; } },
  { name: "wrong_type", base: "scale", note: "A level label is a plain string instead of a language map.", mutate: (d) => { d.levels[0].label = "Low"; } },
  { name: "wrong_type--decimal", base: "scale", note: "A score weight is true.", mutate: (d) => { score(d).components[0].weight = true; } },
  { name: "invalid_value", base: "scale", note: '"status" is "live".', mutate: (d) => { d.status = "live"; } },
  { name: "invalid_value--method-kind", base: "scale", note: 'A method "kind" is "matrices".', mutate: (d) => { matrix(d).kind = "matrices"; } },
  { name: "invalid_value--normalisation-kind", base: "scale", note: 'The normalisation "kind" is "minmax".', mutate: (d) => { score(d).normalisation.kind = "minmax"; } },
  { name: "invalid_format", base: "scale", note: '"version" is "1.1" (not semver).', mutate: (d) => { d.version = "1.1"; } },
  { name: "invalid_format--language-tag", base: "scale", note: 'A language tag is "spanish!".', mutate: (d) => { d.languages[1].tag = "spanish!"; } },
  { name: "invalid_format--date", base: "scale", note: '"published" is "2026-02-30".', mutate: (d) => { d.published = "2026-02-30"; } },
  { name: "invalid_format--document-id", base: "scale", note: '"id" is "Base Scale".', mutate: (d) => { d.id = "Base Scale"; } },
  { name: "invalid_format--language-map-key", base: "scale", note: 'A text has the key "english".', mutate: (d) => { d.title.english = "Example"; } },
  { name: "too_short", base: "scale", note: "A level code is empty.", mutate: (d) => { d.levels[0].code = ""; } },
  { name: "too_long", base: "scale", note: "A level code has 101 characters.", mutate: (d) => { d.levels[0].code = "L".repeat(101); } },
  { name: "too_few_items", base: "scale", note: "The scale has one level.", mutate: (d) => { d.levels = [d.levels[0]]; } },
  { name: "too_small", base: "mapping", note: "A confidence is -0.1.", mutate: (d) => { d.records[0].confidence = -0.1; } },
  { name: "too_big", base: "mapping", note: "A confidence is 1.5.", mutate: (d) => { d.records[0].confidence = 1.5; } },
  { name: "no_matching_variant", base: "scale", note: "A rule's condition is an empty object.", mutate: (d) => { rules(d)[2].when = {}; } },
  // --- scale: codes and references ---
  { name: "level_code_duplicate", base: "scale", note: 'A fifth level repeats the code "L4".', mutate: (d) => { d.levels.push({ ...d.levels[3], color: { hex: "#8C564B" } }); } },
  { name: "sentinel_conflicts_level", base: "scale", note: 'The sentinel\'s code is "L1".', mutate: (d) => { d.sentinels[0].code = "L1"; } },
  { name: "sentinel_code_duplicate", base: "scale", note: 'A second sentinel also has the code "unknown".', mutate: (d) => { d.sentinels.push({ code: "unknown", meaning: "not-assessed", label: t("Not assessed", "No evaluado") }); } },
  { name: "dimension_code_duplicate", base: "scale", note: 'A second dimension has the code "users".', mutate: (d) => { d.dimensions.push({ ...d.dimensions[4] }); } },
  { name: "option_code_duplicate", base: "scale", note: 'Dimension "effect" has option "e2" twice.', mutate: (d) => { d.dimensions[0].options.push({ code: "e2", label: t("Destroyed", "Destruido") }); } },
  { name: "axis_code_duplicate", base: "scale", note: 'Axis "impact" is declared twice.', mutate: (d) => { d.axes.push({ code: "impact", label: t("Impact again", "Impacto otra vez") }); } },
  { name: "unknown_axis_reference", base: "scale", note: 'Dimension "scope" names axis "threat", which is not declared.', mutate: (d) => { d.dimensions[1].axis = "threat"; } },
  { name: "unknown_level_reference", base: "scale", note: 'The significance level is "L5".', mutate: (d) => { d.significance.level = "L5"; } },
  { name: "unknown_level_reference--rule", base: "scale", note: 'A rule concludes "L5".', mutate: (d) => { rules(d)[0].level = "L5"; } },
  { name: "unknown_level_reference--cut-point", base: "scale", note: 'A cut-point names "L5".', mutate: (d) => { score(d).cutPoints[3].level = "L5"; } },
  { name: "unknown_level_reference--mapping-subject", base: "mapping", note: 'A record\'s subject is "L0".', mutate: (d) => { d.records[0].subject = "L0"; } },
  { name: "unknown_level_reference--mapping-object", base: "mapping", note: 'A record\'s object max is "R9".', mutate: (d) => { d.records[0].object.max = "R9"; } },
  { name: "unknown_dimension_reference", base: "scale", note: 'A rule tests dimension "efect".', mutate: (d) => { rules(d)[2].when.dimension = "efect"; } },
  { name: "unknown_option_reference", base: "scale", note: 'A rule tests "effect" at least "e9".', mutate: (d) => { rules(d)[2].when.atLeast = "e9"; } },
  { name: "dimension_type_mismatch", base: "scale", note: 'A rule uses "atLeast" on the quantity "loss".', mutate: (d) => { rules(d)[2].when = { dimension: "loss", atLeast: "e1" }; } },
  { name: "dimension_type_mismatch--score-values", base: "scale", note: 'A score component gives option values to the quantity "users".', mutate: (d) => { score(d).components.push({ dimension: "users", weight: 1, values: { e0: 1 } }); } },
  { name: "dimension_assume_invalid", base: "scale", note: 'Quantity "loss" (min 0) assumes -5 when no fact is given.', mutate: (d) => { d.dimensions[2].assume = -5; } },
  { name: "quantity_range_inverted", base: "scale", note: 'Quantity "loss" has min 0 and max -1.', mutate: (d) => { d.dimensions[2].max = -1; } },
  { name: "level_order_direction_mismatch", base: "scale", note: 'Levels "L1" … "L4" (least to most severe) are numbered upwards, but direction is "descending".', mutate: (d) => { d.direction = "descending"; } },
  { name: "notification_deadline_and_stages", base: "scale", note: "Level L4's notification has a deadline of 24 hours and also stages.", mutate: (d) => { d.levels[3].notification = { deadline: "PT24H", stages: [{ name: t("Early warning", "Alerta temprana"), deadline: "PT24H", from: "awareness" }] }; } },
  { name: "notification_stage_event_missing", base: "scale", note: "Level L4's notification stage has a deadline of 72 hours, counted from nothing stated.", mutate: (d) => { d.levels[3].notification = { stages: [{ name: t("Notification", "Notificación"), deadline: "PT72H" }] }; } },
  { name: "level_color_duplicate", base: "scale", note: "Levels L1 and L2 have the same colour.", mutate: (d) => { d.levels[1].color.hex = "#2ca02c"; } },
  { name: "dimension_unused", base: "scale", note: 'A dimension "region" no method uses.', mutate: (d) => { d.dimensions.push({ code: "region", type: "ordinal", label: t("Region", "Región"), options: [{ code: "north", label: t("North", "Norte") }] }); } },
  { name: "level_definition_missing", base: "scale", note: "Level L2 has no definition (the issuer gives none).", mutate: (d) => { delete d.levels[1].definition; } },
  // --- scale: rules method ---
  { name: "rule_id_duplicate", base: "scale", note: 'Two rules have the id "major-loss".', mutate: (d) => { rules(d)[1].id = "major-loss"; } },
  { name: "rule_unreachable", base: "scale", note: 'A first rule that is "always" shadows every later rule (first-match).', mutate: (d) => { rules(d).unshift({ level: "L1", when: { always: true } }); } },
  { name: "rule_unreachable--same-condition", base: "scale", note: "A last rule repeats an earlier rule's condition (first-match).", mutate: (d) => { rules(d).push({ level: "L1", when: { dimension: "effect", atLeast: "e1" } }); } },
  { name: "condition_order_on_nominal", base: "scale", note: 'A rule uses "atLeast" on the nominal dimension "sector" (its options have no order).', mutate: (d) => { d.dimensions.push({ code: "sector", type: "nominal", label: t("Sector", "Sector"), options: [{ code: "health", label: t("Health", "Salud") }, { code: "energy", label: t("Energy", "Energía") }] }); rules(d)[2].when = { dimension: "sector", atLeast: "energy" }; } },
  { name: "condition_unsatisfiable", base: "scale", note: '"effect" is required to be in [e0] and in [e2] at once.', mutate: (d) => { rules(d)[2].when = { all: [{ dimension: "effect", in: ["e0"] }, { dimension: "effect", in: ["e2"] }] }; } },
  // --- scale: score method ---
  { name: "score_weight_negative", base: "scale", note: "A weight is -1.", mutate: (d) => { score(d).components[0].weight = -1; } },
  { name: "score_value_missing", base: "scale", note: 'Option "e2" has no score value.', mutate: (d) => { delete score(d).components[0].values.e2; } },
  { name: "score_range_invalid", base: "scale", note: "The normalisation's from range is 5 to 5.", mutate: (d) => { score(d).normalisation.from = { min: 5, max: 5 }; } },
  { name: "cut_points_unordered", base: "scale", note: "L2 starts at 60, above L3 at 50.", mutate: (d) => { score(d).cutPoints[1].atLeast = 60; } },
  { name: "cut_point_out_of_range", base: "scale", note: "L4 starts at 750 on a 0–100 score.", mutate: (d) => { score(d).cutPoints[3].atLeast = 750; } },
  // --- scale: matrix method ---
  { name: "matrix_axis_duplicate", base: "scale", note: 'Both axes use "effect".', mutate: (d) => { matrix(d).axes[1] = { dimension: "effect" }; } },
  { name: "matrix_group_code_duplicate", base: "scale", note: 'Both groups are called "narrow".', mutate: (d) => { matrix(d).axes[1].groups[1].code = "narrow"; } },
  { name: "matrix_group_member_duplicate", base: "scale", note: '"s1" is in both groups.', mutate: (d) => { matrix(d).axes[1].groups[1].members = ["s1", "s2", "s3"]; } },
  { name: "matrix_group_member_missing", base: "scale", note: '"s3" is in no group.', mutate: (d) => { matrix(d).axes[1].groups[1].members = ["s2"]; } },
  { name: "matrix_cell_arity", base: "scale", note: "A cell gives three values for two axes.", mutate: (d) => { matrix(d).cells[0].at = ["e0", "narrow", "x"]; } },
  { name: "matrix_value_unknown", base: "scale", note: 'A cell uses group "narow".', mutate: (d) => { matrix(d).cells[0].at = ["e0", "narow"]; } },
  { name: "matrix_cell_missing", base: "scale", note: "The cell for (e2, wide) is removed.", mutate: (d) => { matrix(d).cells.pop(); } },
  { name: "matrix_cell_duplicate", base: "scale", note: "The cell for (e0, narrow) appears twice.", mutate: (d) => { matrix(d).cells.push({ ...matrix(d).cells[0] }); } },
  { name: "matrix_not_monotone", base: "scale", note: "(e2, wide) gives L1, below (e1, wide) at L2.", mutate: (d) => { matrix(d).cells[5].level = "L1"; } },
  // --- scale: max and composite methods ---
  { name: "max_option_unrated", base: "scale", note: 'Option "s3" is not rated.', mutate: (d) => { delete max(d).ratings[0].levels.s3; } },
  { name: "bands_unordered", base: "scale", note: "The third band starts at 5000, below the second at 10000.", mutate: (d) => { max(d).ratings[1].bands[2].atLeast = 5000; } },
  { name: "component_id_duplicate", base: "scale", note: 'Two components have the id "rules".', mutate: (d) => { d.method.components[1].id = "rules"; } },
  { name: "unknown_level_reference--judgement", base: "scale", note: 'A judgement criterion describes level "L9".', mutate: (d) => { d.method = { kind: "judgement", criteria: [{ level: "L9", criteria: t("Analyst decides.", "Decide el analista.") }] }; } },
  // --- tracking and languages ---
  { name: "revision_history_unsorted", base: "scale", note: "The revision history is newest first.", mutate: (d) => { d.revisionHistory.reverse(); } },
  { name: "revision_history_duplicate", base: "scale", note: "Version 1.1.0 appears twice in the history.", mutate: (d) => { d.revisionHistory[0].version = "1.1.0"; } },
  { name: "revision_history_not_current", base: "scale", note: '"version" is 1.2.0 but the history ends at 1.1.0.', mutate: (d) => { d.version = "1.2.0"; } },
  { name: "supersedes_other_id", base: "scale", note: '"supersedes" names another id: a new edition of that scheme.', mutate: (d) => { d.supersedes = "x-org.example/other@1.0.0"; } },
  { name: "related_ref_invalid", base: "scale", note: 'A related scale named by a reference that is not "<id>@<range>".', mutate: (d) => { d.related = [{ ref: "threat ladder v1", relation: "threat" }]; } },
  { name: "related_self", base: "scale", note: "The scale names itself as its companion.", mutate: (d) => { d.related = [{ ref: "x-org.example/base@^1.0.0", relation: "companion" }]; } },
  { name: "related_duplicate", base: "scale", note: "One related scale named twice.", mutate: (d) => { d.related = [{ ref: "x-org.example/threat@^1.0.0", relation: "threat" }, { ref: "x-org.example/threat", relation: "companion" }]; } },
  { name: "invalid_value--related-relation", base: "scale", note: "A related scale with a relation the format does not define.", mutate: (d) => { d.related = [{ ref: "x-org.example/threat@^1.0.0", relation: "sibling" }]; } },
  { name: "supersedes_not_lower", base: "scale", note: '"supersedes" names version 2.0.0 of the same scale.', mutate: (d) => { d.supersedes = "x-org.example/base@2.0.0"; } },
  { name: "published_not_revision_date", base: "scale", note: '"published" is 2026-03-01 but the history dates 1.1.0 2026-01-15.', mutate: (d) => { d.published = "2026-03-01"; } },
  { name: "published_before_source", base: "scale", note: "A source is dated 2026-06-30, after \"published\" (2026-01-15).", mutate: (d) => { d.sources = [{ title: "Amended scheme", date: "2026-06-30" }]; } },
  { name: "default_language_undeclared", base: "scale", note: 'The default language "fr" is not declared.', mutate: (d) => { d.defaultLanguage = "fr"; } },
  { name: "language_duplicate", base: "scale", note: '"ES" is declared besides "es".', mutate: (d) => { d.languages.push({ tag: "ES", authoritative: false }); } },
  { name: "text_language_missing", base: "scale", note: "A level label has no Spanish text.", mutate: (d) => { delete d.levels[0].label.es; } },
  { name: "score_weights_all_zero", base: "scale", note: "A weighted mean whose weights are all zero.", mutate: (d) => { score(d).normalisation = { kind: "weighted-mean" }; for (const c of score(d).components) c.weight = 0; } },
  { name: "score_range_underivable", base: "scale", note: "A min–max normalisation without \"from\", over the unbounded quantity \"loss\".", mutate: (d) => { delete score(d).normalisation.from; score(d).components.push({ dimension: "loss", weight: 1 }); } },
  { name: "cut_point_gap_below", base: "scale", note: "The first cut-point starts at 10, above the lowest score 0.", mutate: (d) => { score(d).cutPoints[0].atLeast = 10; } },
  { name: "bands_gap_below", base: "scale", note: "The first band of \"loss\" starts at 100, above its minimum 0.", mutate: (d) => { max(d).ratings[1].bands[0].atLeast = 100; } },
  { name: "dimension_code_reserved", base: "scale", note: "A dimension named \"constructor\".", mutate: (d) => { d.dimensions.push({ code: "constructor", type: "ordinal", label: t("Constructor", "Constructor"), options: [{ code: "c0", label: t("C0", "C0") }] }); } },
  { name: "text_unsafe_characters", base: "scale", note: "A level label starts with U+202E (right-to-left override).", mutate: (d) => { d.levels[1].label.en = "\u202eMedium"; } },
  { name: "text_language_undeclared", base: "scale", note: "A level label also has French, which is not declared.", mutate: (d) => { d.levels[0].label.fr = "Faible"; } },
  // --- mappings ---
  { name: "version_range_invalid", base: "mapping", note: 'The subject range is "latest".', mutate: (d) => { d.subject.versions = "latest"; } },
  { name: "mapping_scale_unresolved", base: "mapping", note: "The subject scale is not available.", mutate: (d) => { d.subject.id = "x-org.example/missing"; } },
  { name: "mapping_scale_version_outside_range", base: "mapping", note: "The mapping covers ^2.0.0 of the subject, which is at 1.1.0.", mutate: (d) => { d.subject.versions = "^2.0.0"; } },
  { name: "mapping_record_missing", base: "mapping", note: "Level L4 has no record.", mutate: (d) => { d.records.splice(3, 1); } },
  { name: "mapping_record_duplicate", base: "mapping", note: "Level L1 has two records.", mutate: (d) => { d.records.push({ ...d.records[0] }); } },
  { name: "mapping_sentinel_matched", base: "mapping", note: 'Sentinel "unknown" is a closeMatch of R0.', mutate: (d) => { d.records[4] = { subject: "unknown", relation: "closeMatch", object: { min: "R0", max: "R0" }, justification: "manual-curation", confidence: 0.5 }; } },
  { name: "relation_interval_mismatch", base: "mapping", note: "An exactMatch spans R2 to R3.", mutate: (d) => { d.records[1].object.max = "R3"; } },
  { name: "relation_interval_mismatch--no-object", base: "mapping", note: 'A narrowMatch has no "object".', mutate: (d) => { delete d.records[3].object; } },
  { name: "mapping_interval_inverted", base: "mapping", note: "An interval runs from R5 down to R4.", mutate: (d) => { d.records[3].object = { min: "R5", max: "R4" }; } },
  { name: "mapping_exact_conflict", base: "mapping", note: "L2 is an exactMatch of R2 and also a broadMatch of R1–R3.", mutate: (d) => { d.records.push({ subject: "L2", relation: "broadMatch", object: { min: "R1", max: "R3" }, justification: "manual-curation", confidence: 0.5 }); } },
  { name: "mapping_exact_not_unique", base: "mapping", note: "L2 and L3 are both an exactMatch of R2.", mutate: (d) => { d.records[2].object = { min: "R2", max: "R2" }; } },
  { name: "mapping_not_monotone", base: "mapping", note: "L1 maps to R4–R5, above the more severe L2 and L3.", mutate: (d) => { d.records[0].object = { min: "R4", max: "R5" }; } },
  { name: "mapping_levels_reversed", base: "mapping", note: "L1 maps to R4–R5, L2 to R3, L3 to R2, L4 to R0–R1: the subject levels read most severe first.", mutate: (d) => { d.records[0].object = { min: "R4", max: "R5" }; d.records[1].object = { min: "R3", max: "R3" }; d.records[2].object = { min: "R2", max: "R2" }; d.records[3].object = { min: "R0", max: "R1" }; } },
  { name: "mapping_exact_low_confidence", base: "mapping", note: "An exactMatch has confidence 0.3.", mutate: (d) => { d.records[1].confidence = 0.3; } },
  { name: "crosswalk_dimension_duplicate", base: "mapping", note: "The crosswalk has two entries for effect.", mutate: (d) => { d.crosswalk = crosswalk(); d.crosswalk.dimensions.push(crosswalk().dimensions[0]); } },
  { name: "crosswalk_option_missing", base: "mapping", note: "The crosswalk does not say what effect e2 implies.", mutate: (d) => { d.crosswalk = crosswalk(); delete d.crosswalk.dimensions[0].options.e2; } },
  { name: "crosswalk_reference_uncovered", base: "mapping", note: "Nothing in the crosswalk gives national-interest.", mutate: (d) => { d.crosswalk = crosswalk(); delete d.crosswalk.assume; } },
  // --- registry index ---
  { name: "invalid_format--sha256", base: "registry", note: "A SHA-256 digest is upper case.", mutate: (d) => { d.documents[0].digests.sha256 = "A".repeat(64); } },
  { name: "registry_path_duplicate", base: "registry", note: "Two entries share a path.", mutate: (d) => { d.documents[1].path = d.documents[0].path; } },
  { name: "registry_entry_duplicate", base: "registry", note: "The base scale 1.1.0 is listed twice.", mutate: (d) => { d.documents.push({ ...d.documents[0], path: "x-org.example/base/1.1.0/copy.json" }); } },
  // --- assessment ---
  { name: "assessment_scale_unresolved", base: "assessment", note: 'The scale is pinned at version 9.0.0, which is not beside it.', mutate: (d) => { d.scale.version = "9.0.0"; } },
  { name: "assessment_digest_mismatch", base: "assessment", note: "The pinned SHA-256 of the scale is all zeros.", mutate: (d) => { d.scale.sha256 = "0".repeat(64); } },
  { name: "assessment_level_unknown", base: "assessment", note: 'The level is "L9", and no facts are carried.', mutate: (d) => { d.result.level = "L9"; delete d.facts; } },
  { name: "assessment_range_inverted", base: "assessment", note: "The result is the range L4 to L2, and no facts are carried.", mutate: (d) => { d.result = { range: { atLeast: "L4", atMost: "L2" } }; delete d.facts; } },
  { name: "assessment_facts_invalid", base: "assessment", note: 'The fact "effect" is "e9", not an option of the dimension.', mutate: (d) => { d.facts.effect = "e9"; } },
  { name: "assessment_facts_disagree", base: "assessment", note: "The result says L2 (score 65), but the facts give L4.", mutate: (d) => { d.result.level = "L2"; } },
  { name: "assessment_reference_invalid", base: "assessment", note: "The reference interval is R5 to R4.", mutate: (d) => { d.reference.min = "R5"; d.reference.max = "R4"; } },
  { name: "assessment_supersedes_self", base: "assessment", note: "The assessment supersedes its own id.", mutate: (d) => { d.supersedes = d.id; } },
];

/** The base documents by name. */
export const BASES = { scale: BASE_SCALE, mapping: BASE_MAPPING, registry: BASE_REGISTRY, assessment: BASE_ASSESSMENT } as const;

/** Builds a case's document from a fresh copy of its base. */
export function buildCase(c: InvalidCase): unknown {
  const copy = structuredClone(BASES[c.base]) as Doc;
  const replaced = c.mutate(copy);
  return replaced === undefined ? copy : replaced;
}
