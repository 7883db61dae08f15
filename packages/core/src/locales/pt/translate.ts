/** Portuguese wording of the translation messages. */
import type { TRANSLATE_MESSAGES } from "../../translate/messages.js";
import { templates } from "../../i18n/templates.js";

/** Portuguese (Brazilian) templates of translation and comparison (`translate`, `compare`). */
export const translateMessages = templates<typeof TRANSLATE_MESSAGES>()({
  level_unknown: "“{code}” não é um nível de {scaleId}@{version}.",
  level_is_sentinel: "“{code}” é um valor fora da ordem de {scaleId}@{version} (significa “{meaning}”), portanto não tem lugar na escala de referência e não pode ser traduzido.",
  level_not_mapped: "O mapeamento {mappingId}@{mappingVersion} não tem entrada para o nível “{code}”.",
  level_no_match: "Segundo o mapeamento {mappingId}@{mappingVersion}, o nível “{code}” não tem correspondente em {referenceId} (noMatch).",
  mapping_record_ambiguous: "O mapeamento {mappingId}@{mappingVersion} tem mais de uma entrada para o nível “{code}”; é usada a primeira.",
  mapping_subject_mismatch: "O mapeamento {mappingId}@{mappingVersion} mapeia a escala {expected}, não {actual}.",
  mapping_version_mismatch: "O mapeamento {mappingId}@{mappingVersion} cobre as versões “{range}” de {scaleId}, que não incluem a versão {version}.",
  mapping_range_unusable: "“{range}” no mapeamento {mappingId}@{mappingVersion} não é um intervalo semver válido; as versões não foram verificadas.",
  reference_scale_mismatch: "O mapeamento {mappingId}@{mappingVersion} mapeia para {expected}, mas a escala de referência em uso é {actual}; indique a escala de referência correta.",
  reference_version_mismatch: "O mapeamento {mappingId}@{mappingVersion} cobre as versões “{range}” de {referenceId}, que não incluem a versão {version}.",
  reference_mismatch: "Os dois mapeamentos não mapeiam para a mesma escala de referência ({from} e {to}), portanto os níveis deles não podem ser comparados.",
  reference_versions_disjoint: "Os dois mapeamentos cobrem versões de {referenceId} incompatíveis entre si (“{fromRange}” e “{toRange}”); a tradução pode comparar edições diferentes da referência.",
  reference_level_unknown: "O mapeamento {mappingId}@{mappingVersion} mapeia “{code}” para “{level}”, que não é um nível de {referenceId}@{referenceVersion}.",
  reference_interval_reversed: "O mapeamento {mappingId}@{mappingVersion} mapeia “{code}” para o intervalo {min}–{max}, cujo mínimo é mais grave que o máximo.",
  reference_interval_missing: "O mapeamento {mappingId}@{mappingVersion} relaciona “{code}” por {relation}, mas não indica nenhum intervalo de referência.",
  close_match_not_chained: "“{source}” → “{candidate}” passa por um closeMatch; o SKOS nunca encadeia closeMatch, portanto a relação é apenas de “sobreposição parcial”; a confiança é a do mesmo caminho lendo closeMatch como exactMatch, nunca maior que a de uma relação mais vaga.",
  compare_no_entries: "Nada a comparar: não foi indicada nenhuma escala com um mapeamento utilizável.",
  compare_pairwise_truncated: "As matrizes nível a nível são dadas para {done} dos {total} pares de escalas: as restantes ultrapassariam o orçamento de {budget} relações entre níveis. Compare menos escalas de cada vez para obter todas.",
});
