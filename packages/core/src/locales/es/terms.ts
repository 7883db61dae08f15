/** Spanish words and sentence templates around messages. */
import type { MessageTerms } from "../../i18n/locale.js";

/** Spanish words and sentence templates around messages: severities, quotation marks, relations, explanations, alignment exports, assessment threads. */
export const terms: MessageTerms = {
  severity: { error: "error", warning: "advertencia", info: "información" },
  quotes: ["«", "»"],
  colon: ":",
  semicolon: ";",
  decimal: ",",
  singular: "1",
  recordVerb: {
    exactMatch: "equivale exactamente a",
    closeMatch: "equivale aproximadamente a",
    broadMatch: "queda dentro de",
    narrowMatch: "abarca por completo",
    relatedMatch: "se solapa en parte con",
  },
  relation: {
    equivalent: "equivalente",
    narrower: "más restringido (el candidato abarca menos)",
    broader: "más amplio (el candidato abarca más)",
    overlapping: "solapamiento parcial",
  },
  relationShort: { equivalent: "equivalente", narrower: "más restringido", broader: "más amplio", overlapping: "solapamiento parcial" },
  confidence: "confianza",
  band: "{min}–{max} ({minLabel} a {maxLabel})",
  explainEnd: "{level} {verb} {band}",
  explainPath: "{source}; {target}: {relation} ({confidence} {value}).{note}",
  explainIdentity: "{level} es el mismo nivel de la misma escala: {relation} ({confidence} 1).",
  explainEdition: "{source} no cambia en la otra edición, donde es {target}: la misma definición y la misma banda de referencia, por tanto {relation} ({confidence} 1).",
  explainCloseNote:
    " closeMatch es aproximado y SKOS nunca lo encadena, así que no se afirma nada más fuerte que «solapamiento parcial»; la confianza se calcula como para exactMatch.",
  alignment: {
    heading: "Alineación sobre",
    reference: "Referencia",
    legend:
      "Leyenda: = exactMatch (mismo significado), ≈ closeMatch (aproximadamente igual), ⊂ broadMatch (el nivel queda dentro de la banda), ⊃ narrowMatch (el nivel abarca toda la banda), ~ relatedMatch (solapamiento parcial).",
    scales: "Escalas",
    numbering: { ascending: "numeración ascendente", descending: "numeración descendente, 1 es el más grave" },
    via: "mapeo",
    pairwise: "Nivel a nivel",
    pairwiseNote: "Cada celda indica cómo se relaciona el nivel de la columna con el de la fila.",
    relation: { companion: "escala compañera", impact: "escala de impacto", threat: "escala de amenaza", supersedes: "edición anterior" },
    relatedOf: "{relation} de {scale}",
    related: "Escalas relacionadas",
    notGiven: "no proporcionada",
    together: "Se leen juntas",
  },
  ratingChange: { first: "primera", unchanged: "sin cambios", raised: "elevada", lowered: "rebajada", narrowed: "acotada", widened: "ampliada", changed: "modificada" },
  values: {
    bump: { major: "mayor", minor: "menor", patch: "parche", none: "nulo", invalid: "ilegible" },
    document: { scale: "escala", mapping: "correspondencia" },
    method: { rules: "de reglas", score: "de puntuación", matrix: "de matriz", max: "de máximo", judgement: "de juicio experto", composite: "compuesto" },
    status: { draft: "borrador", active: "vigente", superseded: "sustituido", retired: "retirado" },
    absent: { "(none)": "(campo ausente)" },
    duty: { true: "obligatoria", false: "voluntaria", null: "no indicada" },
    event: { detection: "la detección", awareness: "la toma de conocimiento del incidente", notification: "la notificación anterior", "(none)": "no indicado" },
    dimensionType: { ordinal: "ordinal (opciones ordenadas)", quantity: "cantidad (un número)", boolean: "sí/no", nominal: "nominal (opciones sin orden)" },
    direction: { ascending: "ascendente (el número más alto es el más grave)", descending: "descendente (1 es el más grave)" },
    sentinel: { unknown: "«desconocido»", "not-assessed": "«no evaluado»", "out-of-scope": "«fuera del ámbito»", other: "«otro»" },
  },
};
