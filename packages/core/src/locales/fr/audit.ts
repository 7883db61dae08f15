/** French wording of the mapping audit's messages and crosswalk steps. */
import type { AUDIT_MESSAGES } from "../../audit/messages.js";
import { templates } from "../../i18n/templates.js";

/** French templates of the mapping audit (`auditMapping`). */
export const auditMessages = templates<typeof AUDIT_MESSAGES>()({
  audit_no_crosswalk: "La correspondance {mapping} n’a pas de table de passage entre les critères de son échelle et ceux de l’échelle de référence : elle ne peut donc pas être auditée. Ajoutez un « crosswalk » (voir docs/audit.md).",
  audit_scale_mismatch: "La correspondance {mapping} a {expected} pour échelle {role}, mais l’échelle fournie est {actual}.",
  audit_sampled: "Il y a {total} combinaisons de critères, plus que le budget : un échantillon de {checked} (graine {seed}) a été vérifié, pas toutes.",
  audit_disagreement: "Le niveau {level} correspond à {band}, mais d’après les critères {count|cette|ces} {count} {count|combinaison vaut|combinaisons valent} {reference} sur l’échelle de référence.",
  audit_undecided: "{count} {count|combinaison n’a pas pu être comparée|combinaisons n’ont pas pu être comparées} : l’une des échelles ne leur attribue aucun niveau, ou leur niveau n’a pas de bande dans la correspondance.",
  crosswalk_option_implies: "Table de passage des critères : {dimension} = {option} implique {values}.",
  crosswalk_band_implies: "Table de passage des critères : {dimension} = {value} (bande à partir de {atLeast}) implique {values}.",
  crosswalk_no_band: "Table de passage des critères : {dimension} = {value} est sous toutes les bandes et n’implique donc rien.",
  crosswalk_assumed: "Table de passage des critères : aucun critère ne donne {dimension}, {option} est donc supposé.",
  crosswalk_reference_facts: "Faits sur l’échelle de référence : {facts}.",
});
