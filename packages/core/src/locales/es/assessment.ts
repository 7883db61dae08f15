/** Spanish wording of the assessment messages. */
import type { ASSESSMENT_MESSAGES } from "../../assessment/messages.js";
import { templates } from "../../i18n/templates.js";

/** Spanish templates of assessments, including the meaning rules `validateText` applies to an assessment document. */
export const assessmentMessages = templates<typeof ASSESSMENT_MESSAGES>()({
  assessment_scale_unresolved: "La escala {id} versión {version} no está disponible aquí; no se han comprobado con ella el nivel, los hechos ni el resumen criptográfico.",
  assessment_digest_mismatch: "El SHA-256 de {id} versión {version} es {actual}, pero la evaluación indica {stated}: se hizo sobre otro contenido distinto de este documento.",
  assessment_level_unknown: "\"{code}\" no es un nivel de {scale}.",
  assessment_range_inverted: "El rango va de {atLeast} a {atMost}, pero {atLeast} es más grave que {atMost}; indique primero el nivel menos grave.",
  assessment_facts_invalid: "Los hechos no se ajustan a las dimensiones de {scale} (véanse los hallazgos de la clasificación).",
  assessment_facts_disagree: "La evaluación indica {stated}, pero sus propios hechos dan {derived} en la escala que nombra.",
  assessment_reference_invalid: "El intervalo de referencia {min}–{max} no es un intervalo de niveles de referencia, del menos grave al más grave.",
  assessment_supersedes_self: "La evaluación {id} dice que se sustituye a sí misma.",
  assessment_scale_missing: "El registro no contiene la escala {id} versión {version}.",
  assessment_mapping_missing: "No se encontró ninguna correspondencia de {scale} con la escala de referencia.",
  assessment_reference_disagrees: "La evaluación sitúa el resultado en {stated} en la escala de referencia, pero la correspondencia da {derived}.",
  assessment_not_created: "No se escribió ninguna evaluación: la clasificación terminó como \"{status}\" (véanse los hallazgos).",
  assessment_crosswalk_outside: "A través de la tabla de equivalencias del mapeo, los hechos dan {reference} en la escala de referencia, fuera de {band}, donde el mapeo sitúa {level}: el mapeo y su tabla de equivalencias discrepan para este incidente (sevscale audit enumera todos esos casos).",
  assessment_crosswalk_undecided: "Los hechos leídos a través de la tabla de equivalencias no determinan un nivel de referencia ({status}); el nivel se tradujo a través del mapeo.",
  assessment_thread_incident: "La evaluación {id} trata del incidente {found}, no de {expected} como el resto del hilo.",
  assessment_thread_missing: "La evaluación {id} sustituye a {supersedes}, que no está en el hilo.",
  assessment_thread_fork: "Varias evaluaciones ({ids}) sustituyen a {supersedes}; en un hilo cada evaluación tiene un solo sucesor.",
  assessment_thread_cycle: "Las evaluaciones {ids} se sustituyen unas a otras en círculo.",
});
