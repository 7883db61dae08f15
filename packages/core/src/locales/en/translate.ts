/** English wording of the translation messages. */
import type { TRANSLATE_MESSAGES } from "../../translate/messages.js";
import { templates } from "../../i18n/templates.js";

/** English templates of translation and comparison (`translate`, `compare`). */
export const translateMessages = templates<typeof TRANSLATE_MESSAGES>()({
  level_unknown: "\"{code}\" is not a level of {scaleId}@{version}.",
  level_is_sentinel: "\"{code}\" is a value outside the order of {scaleId}@{version} (it means \"{meaning}\"), so it has no place on the reference scale and cannot be translated.",
  level_not_mapped: "Mapping {mappingId}@{mappingVersion} has no record for level \"{code}\".",
  level_no_match: "Mapping {mappingId}@{mappingVersion} says level \"{code}\" has no counterpart on {referenceId} (noMatch).",
  mapping_record_ambiguous: "Mapping {mappingId}@{mappingVersion} has more than one record for level \"{code}\"; the first one is used.",
  mapping_subject_mismatch: "Mapping {mappingId}@{mappingVersion} maps scale {expected}, not {actual}.",
  mapping_version_mismatch: "Mapping {mappingId}@{mappingVersion} covers versions \"{range}\" of {scaleId}, which does not include {version}.",
  mapping_range_unusable: "\"{range}\" in mapping {mappingId}@{mappingVersion} is not a valid semver range; versions were not checked.",
  reference_scale_mismatch: "Mapping {mappingId}@{mappingVersion} maps onto {expected}, but the reference scale in use is {actual}; pass the right reference scale.",
  reference_version_mismatch: "Mapping {mappingId}@{mappingVersion} covers versions \"{range}\" of {referenceId}, which does not include {version}.",
  reference_mismatch: "The two mappings do not map onto the same reference scale ({from} and {to}), so their levels cannot be compared.",
  reference_versions_disjoint: "The two mappings cover versions of {referenceId} that cannot both hold (\"{fromRange}\" and \"{toRange}\"); the translation may compare different editions of the reference.",
  reference_level_unknown: "Mapping {mappingId}@{mappingVersion} maps \"{code}\" to \"{level}\", which is not a level of {referenceId}@{referenceVersion}.",
  reference_interval_reversed: "Mapping {mappingId}@{mappingVersion} maps \"{code}\" to the interval {min}–{max}, whose minimum is more severe than its maximum.",
  reference_interval_missing: "Mapping {mappingId}@{mappingVersion} relates \"{code}\" with {relation} but gives no reference interval.",
  close_match_not_chained: "\"{source}\" → \"{candidate}\" passes through a closeMatch; SKOS never chains closeMatch, so the relation is only \"overlapping\"; its confidence is that of the same path with closeMatch read as exactMatch, never more than a vaguer relation would give.",
  compare_no_entries: "Nothing to compare: no scale with a usable mapping was given.",
  compare_pairwise_truncated: "Level-by-level matrices are given for {done} of the {total} pairs of scales: the rest would pass the budget of {budget} level relations. Compare fewer scales at once for all of them.",
});
