/** French wording of the assessment messages. */
import type { ASSESSMENT_MESSAGES } from "../../assessment/messages.js";
import { templates } from "../../i18n/templates.js";

/** French templates of assessments, including the meaning rules `validateText` applies to an assessment document. */
export const assessmentMessages = templates<typeof ASSESSMENT_MESSAGES>()({
  assessment_scale_unresolved: "L’échelle {id} version {version} n’est pas disponible ici ; le niveau, les faits et l’empreinte n’ont pas été vérifiés par rapport à elle.",
  assessment_digest_mismatch: "L’empreinte SHA-256 de {id} version {version} est {actual}, mais l’évaluation indique {stated} : elle a été établie sur un autre contenu que ce document.",
  assessment_level_unknown: "« {code} » n’est pas un niveau de {scale}.",
  assessment_range_inverted: "La plage va de {atLeast} à {atMost}, mais {atLeast} est plus grave que {atMost} ; indiquez d’abord le niveau le moins grave.",
  assessment_facts_invalid: "Les faits ne correspondent pas aux dimensions de {scale} (voir les constats de la classification).",
  assessment_facts_disagree: "L’évaluation indique {stated}, mais ses propres faits donnent {derived} sur l’échelle qu’elle désigne.",
  assessment_reference_invalid: "L’intervalle de référence {min}–{max} n’est pas un intervalle de niveaux de référence, du moins grave au plus grave.",
  assessment_supersedes_self: "L’évaluation {id} indique qu’elle se remplace elle-même.",
  assessment_scale_missing: "Le registre ne contient pas l’échelle {id} version {version}.",
  assessment_mapping_missing: "Aucune correspondance de {scale} vers l’échelle de référence n’a été trouvée.",
  assessment_reference_disagrees: "L’évaluation place le résultat en {stated} sur l’échelle de référence, mais la correspondance donne {derived}.",
  assessment_not_created: "Aucune évaluation n’a été écrite : la classification s’est terminée par « {status} » (voir les constats).",
  assessment_crosswalk_outside: "Lus à travers la table de passage des critères, les faits donnent {reference} sur l’échelle de référence, hors de {band}, où la correspondance place {level} : la correspondance et sa table de passage divergent pour cet incident (sevscale audit liste tous ces cas).",
  assessment_crosswalk_undecided: "Les faits lus à travers la table de passage des critères ne déterminent pas de niveau de référence ({status}) ; le niveau a été traduit par la correspondance.",
  assessment_thread_incident: "L’évaluation {id} porte sur l’incident {found}, et non sur {expected} comme le reste du fil.",
  assessment_thread_missing: "L’évaluation {id} remplace {supersedes}, qui ne figure pas dans le fil.",
  assessment_thread_fork: "Plusieurs évaluations ({ids}) remplacent {supersedes} ; dans un fil, chaque évaluation a un seul successeur.",
  assessment_thread_cycle: "Les évaluations {ids} se remplacent mutuellement en boucle.",
});
