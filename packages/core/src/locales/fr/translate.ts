/** French wording of the translation messages. */
import type { TRANSLATE_MESSAGES } from "../../translate/messages.js";
import { templates } from "../../i18n/templates.js";

/** French templates of translation and comparison (`translate`, `compare`). */
export const translateMessages = templates<typeof TRANSLATE_MESSAGES>()({
  level_unknown: "« {code} » n’est pas un niveau de {scaleId}@{version}.",
  level_is_sentinel: "« {code} » est une valeur hors de l’ordre des niveaux de {scaleId}@{version} (elle signifie « {meaning} ») ; elle n’a donc pas de place sur l’échelle de référence et ne peut pas être traduite.",
  level_not_mapped: "La correspondance {mappingId}@{mappingVersion} n’a aucune entrée pour le niveau « {code} ».",
  level_no_match: "Selon la correspondance {mappingId}@{mappingVersion}, le niveau « {code} » n’a pas d’équivalent dans {referenceId} (noMatch).",
  mapping_record_ambiguous: "La correspondance {mappingId}@{mappingVersion} a plusieurs entrées pour le niveau « {code} » ; la première est utilisée.",
  mapping_subject_mismatch: "La correspondance {mappingId}@{mappingVersion} porte sur l’échelle {expected}, et non sur {actual}.",
  mapping_version_mismatch: "La correspondance {mappingId}@{mappingVersion} couvre les versions « {range} » de {scaleId}, ce qui n’inclut pas {version}.",
  mapping_range_unusable: "« {range} », dans la correspondance {mappingId}@{mappingVersion}, n’est pas une plage semver valide ; les versions n’ont pas été vérifiées.",
  reference_scale_mismatch: "La correspondance {mappingId}@{mappingVersion} renvoie vers {expected}, mais l’échelle de référence utilisée est {actual} ; indiquez la bonne échelle de référence.",
  reference_version_mismatch: "La correspondance {mappingId}@{mappingVersion} couvre les versions « {range} » de {referenceId}, ce qui n’inclut pas {version}.",
  reference_mismatch: "Les deux correspondances ne renvoient pas vers la même échelle de référence ({from} et {to}) ; leurs niveaux ne peuvent donc pas être comparés.",
  reference_versions_disjoint: "Les deux correspondances couvrent des versions de {referenceId} incompatibles entre elles (« {fromRange} » et « {toRange} ») ; la traduction risque de comparer des éditions différentes de la référence.",
  reference_level_unknown: "La correspondance {mappingId}@{mappingVersion} fait correspondre « {code} » à « {level} », qui n’est pas un niveau de {referenceId}@{referenceVersion}.",
  reference_interval_reversed: "La correspondance {mappingId}@{mappingVersion} fait correspondre « {code} » à l’intervalle {min}–{max}, dont le minimum est plus grave que le maximum.",
  reference_interval_missing: "La correspondance {mappingId}@{mappingVersion} relie « {code} » par {relation} sans indiquer d’intervalle de référence.",
  close_match_not_chained: "« {source} » → « {candidate} » passe par un closeMatch ; SKOS n’enchaîne jamais closeMatch, la relation n’est donc qu’un « chevauchement partiel » ; sa confiance est celle du même chemin en lisant closeMatch comme exactMatch, jamais plus que celle d’une relation plus vague.",
  compare_no_entries: "Rien à comparer : aucune échelle dotée d’une correspondance utilisable n’a été fournie.",
  compare_pairwise_truncated: "Les matrices niveau par niveau sont données pour {done} des {total} paires d’échelles : les autres dépasseraient le budget de {budget} relations entre niveaux. Comparez moins d’échelles à la fois pour les obtenir toutes.",
});
