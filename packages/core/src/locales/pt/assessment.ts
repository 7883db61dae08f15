/** Portuguese wording of the assessment messages. */
import type { ASSESSMENT_MESSAGES } from "../../assessment/messages.js";
import { templates } from "../../i18n/templates.js";

/** Portuguese (Brazilian) templates of assessments, including the meaning rules `validateText` applies to an assessment document. */
export const assessmentMessages = templates<typeof ASSESSMENT_MESSAGES>()({
  assessment_scale_unresolved: "A escala {id} versão {version} não está disponível aqui; o nível, os fatos e o resumo criptográfico não foram verificados com ela.",
  assessment_digest_mismatch: "O SHA-256 de {id} versão {version} é {actual}, mas a avaliação indica {stated}: ela foi feita sobre outro conteúdo que não este documento.",
  assessment_level_unknown: "\"{code}\" não é um nível de {scale}.",
  assessment_range_inverted: "O intervalo vai de {atLeast} a {atMost}, mas {atLeast} é mais grave que {atMost}; informe primeiro o nível menos grave.",
  assessment_facts_invalid: "Os fatos não correspondem às dimensões de {scale} (veja as constatações da classificação).",
  assessment_facts_disagree: "A avaliação indica {stated}, mas os próprios fatos dela dão {derived} na escala que ela indica.",
  assessment_reference_invalid: "O intervalo de referência {min}–{max} não é um intervalo de níveis de referência, do menos grave ao mais grave.",
  assessment_supersedes_self: "A avaliação {id} diz que substitui a si mesma.",
  assessment_scale_missing: "O registro não contém a escala {id} versão {version}.",
  assessment_mapping_missing: "Não foi encontrado nenhum mapeamento de {scale} para a escala de referência.",
  assessment_reference_disagrees: "A avaliação situa o resultado em {stated} na escala de referência, mas o mapeamento dá {derived}.",
  assessment_not_created: "Nenhuma avaliação foi gravada: a classificação terminou como \"{status}\" (veja as constatações).",
  assessment_crosswalk_outside: "Lidos pela tabela de correspondência do mapeamento, os fatos dão {reference} na escala de referência, fora de {band}, onde o mapeamento coloca {level}: o mapeamento e sua tabela de correspondência divergem para este incidente (sevscale audit lista todos esses casos).",
  assessment_crosswalk_undecided: "Os fatos lidos pela tabela de correspondência não determinam um nível de referência ({status}); o nível foi traduzido pelo mapeamento.",
  assessment_thread_incident: "A avaliação {id} trata do incidente {found}, e não de {expected} como o resto do histórico.",
  assessment_thread_missing: "A avaliação {id} substitui {supersedes}, que não está no histórico.",
  assessment_thread_fork: "Várias avaliações ({ids}) substituem {supersedes}; em um histórico, cada avaliação tem um único sucessor.",
  assessment_thread_cycle: "As avaliações {ids} se substituem umas às outras em círculo.",
});
