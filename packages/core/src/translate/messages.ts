/**
 * Issue messages of translation and comparison (docs/translation.md). Codes are stable; the
 * wording may improve.
 */
import { defineMessages } from "../issues/define.js";

/** Messages reported by `toReference`, `translate`, `compare` (the SSSOM exporter moved to export/). */
export const TRANSLATE_MESSAGES = defineMessages({
  level_unknown: { severity: "error", stage: "translate", params: ["code", "scaleId", "version"] },
  level_is_sentinel: { severity: "error", stage: "translate", params: ["code", "meaning", "scaleId", "version"] },
  level_not_mapped: { severity: "error", stage: "translate", params: ["code", "mappingId", "mappingVersion"] },
  level_no_match: { severity: "warning", stage: "translate", params: ["code", "mappingId", "mappingVersion", "referenceId"] },
  mapping_record_ambiguous: { severity: "warning", stage: "translate", params: ["code", "mappingId", "mappingVersion"] },
  mapping_subject_mismatch: { severity: "error", stage: "translate", params: ["actual", "expected", "mappingId", "mappingVersion"] },
  mapping_version_mismatch: { severity: "warning", stage: "translate", params: ["mappingId", "mappingVersion", "range", "scaleId", "version"] },
  mapping_range_unusable: { severity: "warning", stage: "translate", params: ["mappingId", "mappingVersion", "range"] },
  reference_scale_mismatch: { severity: "error", stage: "translate", params: ["actual", "expected", "mappingId", "mappingVersion"] },
  reference_version_mismatch: { severity: "warning", stage: "translate", params: ["mappingId", "mappingVersion", "range", "referenceId", "version"] },
  reference_mismatch: { severity: "error", stage: "translate", params: ["from", "to"] },
  reference_versions_disjoint: { severity: "warning", stage: "translate", params: ["fromRange", "referenceId", "toRange"] },
  reference_level_unknown: { severity: "error", stage: "translate", params: ["code", "level", "mappingId", "mappingVersion", "referenceId", "referenceVersion"] },
  reference_interval_reversed: { severity: "error", stage: "translate", params: ["code", "mappingId", "mappingVersion", "max", "min"] },
  reference_interval_missing: { severity: "error", stage: "translate", params: ["code", "mappingId", "mappingVersion", "relation"] },
  close_match_not_chained: { severity: "info", stage: "translate", params: ["candidate", "source"] },
  compare_no_entries: { severity: "error", stage: "compare", params: [] },
  compare_pairwise_truncated: { severity: "warning", stage: "compare", params: ["budget", "done", "total"] },
});
