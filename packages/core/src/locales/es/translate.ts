/** Spanish wording of the translation messages. */
import type { TRANSLATE_MESSAGES } from "../../translate/messages.js";
import { templates } from "../../i18n/templates.js";

/** Spanish templates of translation and comparison (`translate`, `compare`). */
export const translateMessages = templates<typeof TRANSLATE_MESSAGES>()({
  level_unknown: "«{code}» no es un nivel de {scaleId}@{version}.",
  level_is_sentinel: "«{code}» es un valor fuera del orden de {scaleId}@{version} (significa «{meaning}»), así que no tiene lugar en la escala de referencia y no se puede traducir.",
  level_not_mapped: "El mapeo {mappingId}@{mappingVersion} no tiene ningún registro para el nivel «{code}».",
  level_no_match: "Según el mapeo {mappingId}@{mappingVersion}, el nivel «{code}» no tiene equivalente en {referenceId} (noMatch).",
  mapping_record_ambiguous: "El mapeo {mappingId}@{mappingVersion} tiene más de un registro para el nivel «{code}»; se usa el primero.",
  mapping_subject_mismatch: "El mapeo {mappingId}@{mappingVersion} corresponde a la escala {expected}, no a {actual}.",
  mapping_version_mismatch: "El mapeo {mappingId}@{mappingVersion} cubre las versiones «{range}» de {scaleId}, que no incluyen la versión {version}.",
  mapping_range_unusable: "«{range}» en el mapeo {mappingId}@{mappingVersion} no es un rango semver válido; no se comprobaron las versiones.",
  reference_scale_mismatch: "El mapeo {mappingId}@{mappingVersion} se refiere a {expected}, pero la escala de referencia en uso es {actual}; indique la escala de referencia correcta.",
  reference_version_mismatch: "El mapeo {mappingId}@{mappingVersion} cubre las versiones «{range}» de {referenceId}, que no incluyen la versión {version}.",
  reference_mismatch: "Los dos mapeos no se refieren a la misma escala de referencia ({from} y {to}), así que sus niveles no se pueden comparar.",
  reference_versions_disjoint: "Los dos mapeos cubren versiones de {referenceId} incompatibles entre sí («{fromRange}» y «{toRange}»); la traducción puede estar comparando ediciones distintas de la referencia.",
  reference_level_unknown: "El mapeo {mappingId}@{mappingVersion} asigna «{code}» a «{level}», que no es un nivel de {referenceId}@{referenceVersion}.",
  reference_interval_reversed: "El mapeo {mappingId}@{mappingVersion} asigna «{code}» al intervalo {min}–{max}, cuyo mínimo es más grave que su máximo.",
  reference_interval_missing: "El mapeo {mappingId}@{mappingVersion} relaciona «{code}» mediante {relation} pero no indica ningún intervalo de referencia.",
  close_match_not_chained: "«{source}» → «{candidate}» pasa por un closeMatch; SKOS nunca encadena closeMatch, así que la relación es solo de «solapamiento»; su confianza es la del mismo camino leyendo closeMatch como exactMatch, nunca mayor que la de una relación más precisa.",
  compare_no_entries: "No hay nada que comparar: no se ha indicado ninguna escala con un mapeo utilizable.",
  compare_pairwise_truncated: "Las matrices nivel a nivel se dan para {done} de los {total} pares de escalas: el resto superaría el presupuesto de {budget} relaciones entre niveles. Compare menos escalas a la vez para obtenerlas todas.",
});
