/** Spanish wording of the mapping audit's messages and crosswalk steps. */
import type { AUDIT_MESSAGES } from "../../audit/messages.js";
import { templates } from "../../i18n/templates.js";

/** Spanish templates of the mapping audit (`auditMapping`). */
export const auditMessages = templates<typeof AUDIT_MESSAGES>()({
  audit_no_crosswalk: "El mapeo {mapping} no tiene tabla de equivalencias entre los criterios de su escala y los de la escala de referencia, así que no se puede auditar. Añada un \"crosswalk\" (vea docs/audit.md).",
  audit_scale_mismatch: "El mapeo {mapping} tiene {expected} como escala {role}, pero la escala indicada es {actual}.",
  audit_sampled: "Hay {total} combinaciones de criterios, más que el presupuesto: se comprobó una muestra de {checked} (semilla {seed}), no todas.",
  audit_disagreement: "El nivel {level} se mapea a {band}, pero según los criterios {count|esta|estas} {count} {count|combinación califica|combinaciones califican} {reference} en la escala de referencia.",
  audit_undecided: "{count} {count|combinación no se pudo comparar|combinaciones no se pudieron comparar}: una de las escalas no les da nivel, o su nivel no tiene banda en el mapeo.",
  crosswalk_option_implies: "Equivalencia: {dimension} = {option} implica {values}.",
  crosswalk_band_implies: "Equivalencia: {dimension} = {value} (banda desde {atLeast}) implica {values}.",
  crosswalk_no_band: "Equivalencia: {dimension} = {value} está por debajo de toda banda, así que no implica nada.",
  crosswalk_assumed: "Equivalencia: ningún criterio da {dimension}, así que se supone {option}.",
  crosswalk_reference_facts: "Hechos en la escala de referencia: {facts}.",
});
