/**
 * Issue messages of translation and comparison (docs/translation.md). Codes are stable; the
 * wording may improve.
 */
import { defineMessages } from "../issues/define.js";

/** Messages reported by `toReference`, `translate`, `compare` and the SSSOM exporter. */
export const TRANSLATE_MESSAGES = defineMessages({
  level_unknown: {
    severity: "error",
    stage: "translate",
    en: "\"{code}\" is not a level of {scaleId}@{version}.",
    es: "«{code}» no es un nivel de {scaleId}@{version}.",
  },
  level_is_sentinel: {
    severity: "error",
    stage: "translate",
    en: "\"{code}\" is a value outside the order of {scaleId}@{version} (it means \"{meaning}\"), so it has no place on the reference scale and cannot be translated.",
    es: "«{code}» es un valor fuera del orden de {scaleId}@{version} (significa «{meaning}»), así que no tiene lugar en la escala de referencia y no se puede traducir.",
  },
  level_not_mapped: {
    severity: "error",
    stage: "translate",
    en: "Mapping {mappingId}@{mappingVersion} has no record for level \"{code}\".",
    es: "El mapeo {mappingId}@{mappingVersion} no tiene ningún registro para el nivel «{code}».",
  },
  level_no_match: {
    severity: "warning",
    stage: "translate",
    en: "Mapping {mappingId}@{mappingVersion} says level \"{code}\" has no counterpart on {referenceId} (noMatch).",
    es: "Según el mapeo {mappingId}@{mappingVersion}, el nivel «{code}» no tiene equivalente en {referenceId} (noMatch).",
  },
  mapping_record_ambiguous: {
    severity: "warning",
    stage: "translate",
    en: "Mapping {mappingId}@{mappingVersion} has more than one record for level \"{code}\"; the first one is used.",
    es: "El mapeo {mappingId}@{mappingVersion} tiene más de un registro para el nivel «{code}»; se usa el primero.",
  },
  mapping_subject_mismatch: {
    severity: "error",
    stage: "translate",
    en: "Mapping {mappingId}@{mappingVersion} maps scale {expected}, not {actual}.",
    es: "El mapeo {mappingId}@{mappingVersion} corresponde a la escala {expected}, no a {actual}.",
  },
  mapping_version_mismatch: {
    severity: "warning",
    stage: "translate",
    en: "Mapping {mappingId}@{mappingVersion} covers versions \"{range}\" of {scaleId}, which does not include {version}.",
    es: "El mapeo {mappingId}@{mappingVersion} cubre las versiones «{range}» de {scaleId}, que no incluyen la versión {version}.",
  },
  mapping_range_unusable: {
    severity: "warning",
    stage: "translate",
    en: "\"{range}\" in mapping {mappingId}@{mappingVersion} is not a valid semver range; versions were not checked.",
    es: "«{range}» en el mapeo {mappingId}@{mappingVersion} no es un rango semver válido; no se comprobaron las versiones.",
  },
  reference_scale_mismatch: {
    severity: "error",
    stage: "translate",
    en: "Mapping {mappingId}@{mappingVersion} maps onto {expected}, but the reference scale in use is {actual}; pass the right reference scale.",
    es: "El mapeo {mappingId}@{mappingVersion} se refiere a {expected}, pero la escala de referencia en uso es {actual}; indique la escala de referencia correcta.",
  },
  reference_version_mismatch: {
    severity: "warning",
    stage: "translate",
    en: "Mapping {mappingId}@{mappingVersion} covers versions \"{range}\" of {referenceId}, which does not include {version}.",
    es: "El mapeo {mappingId}@{mappingVersion} cubre las versiones «{range}» de {referenceId}, que no incluyen la versión {version}.",
  },
  reference_mismatch: {
    severity: "error",
    stage: "translate",
    en: "The two mappings do not map onto the same reference scale ({from} and {to}), so their levels cannot be compared.",
    es: "Los dos mapeos no se refieren a la misma escala de referencia ({from} y {to}), así que sus niveles no se pueden comparar.",
  },
  reference_versions_disjoint: {
    severity: "warning",
    stage: "translate",
    en: "The two mappings cover versions of {referenceId} that cannot both hold (\"{fromRange}\" and \"{toRange}\"); the translation may compare different editions of the reference.",
    es: "Los dos mapeos cubren versiones de {referenceId} incompatibles entre sí («{fromRange}» y «{toRange}»); la traducción puede estar comparando ediciones distintas de la referencia.",
  },
  reference_level_unknown: {
    severity: "error",
    stage: "translate",
    en: "Mapping {mappingId}@{mappingVersion} maps \"{code}\" to \"{level}\", which is not a level of {referenceId}@{referenceVersion}.",
    es: "El mapeo {mappingId}@{mappingVersion} asigna «{code}» a «{level}», que no es un nivel de {referenceId}@{referenceVersion}.",
  },
  reference_interval_reversed: {
    severity: "error",
    stage: "translate",
    en: "Mapping {mappingId}@{mappingVersion} maps \"{code}\" to the interval {min}–{max}, whose minimum is more severe than its maximum.",
    es: "El mapeo {mappingId}@{mappingVersion} asigna «{code}» al intervalo {min}–{max}, cuyo mínimo es más grave que su máximo.",
  },
  reference_interval_missing: {
    severity: "error",
    stage: "translate",
    en: "Mapping {mappingId}@{mappingVersion} relates \"{code}\" with {relation} but gives no reference interval.",
    es: "El mapeo {mappingId}@{mappingVersion} relaciona «{code}» mediante {relation} pero no indica ningún intervalo de referencia.",
  },
  close_match_not_chained: {
    severity: "info",
    stage: "translate",
    en: "\"{source}\" → \"{candidate}\" passes through a closeMatch; SKOS never chains closeMatch, so the relation is only \"overlapping\" and its confidence is halved.",
    es: "«{source}» → «{candidate}» pasa por un closeMatch; SKOS nunca encadena closeMatch, así que la relación es solo de «solapamiento» y su confianza se reduce a la mitad.",
  },
  compare_pairwise_truncated: {
    severity: "warning",
    stage: "compare",
    en: "Level-by-level matrices are given for {done} of the {total} pairs of scales: the rest would pass the budget of {budget} level relations. Compare fewer scales at once for all of them.",
    es: "Las matrices nivel a nivel se dan para {done} de los {total} pares de escalas: el resto superaría el presupuesto de {budget} relaciones entre niveles. Compare menos escalas a la vez para obtenerlas todas.",
    fr: "Les matrices niveau par niveau sont données pour {done} des {total} paires d'échelles : les autres dépasseraient le budget de {budget} relations entre niveaux. Comparez moins d'échelles à la fois pour les obtenir toutes.",
    pt: "As matrizes nível a nível são dadas para {done} dos {total} pares de escalas: as restantes ultrapassariam o orçamento de {budget} relações entre níveis. Compare menos escalas de cada vez para as obter todas.",
  },
  compare_no_entries: {
    severity: "error",
    stage: "compare",
    en: "Nothing to compare: no scale with a usable mapping was given.",
    es: "No hay nada que comparar: no se ha indicado ninguna escala con un mapeo utilizable.",
  },
});
