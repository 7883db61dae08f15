/** Portuguese words and sentence templates around messages. */
import type { MessageTerms } from "../../i18n/locale.js";

/** Portuguese (Brazilian) words and sentence templates around messages: severities, quotation marks, relations, explanations, alignment exports, assessment threads. */
export const terms: MessageTerms = {
  severity: { error: "erro", warning: "aviso", info: "informação" },
  quotes: ["“", "”"],
  colon: ":",
  semicolon: ";",
  decimal: ",",
  singular: "1",
  recordVerb: {
    exactMatch: "corresponde exatamente a",
    closeMatch: "corresponde aproximadamente a",
    broadMatch: "fica dentro de",
    narrowMatch: "abrange por completo",
    relatedMatch: "tem sobreposição parcial com",
  },
  relation: {
    equivalent: "equivalente",
    narrower: "mais restrito (o candidato abrange menos)",
    broader: "mais amplo (o candidato abrange mais)",
    overlapping: "sobreposição parcial",
  },
  relationShort: { equivalent: "equivalente", narrower: "mais restrito", broader: "mais amplo", overlapping: "sobreposição parcial" },
  confidence: "confiança",
  band: "{min}–{max} ({minLabel} a {maxLabel})",
  explainEnd: "{level} {verb} {band}",
  explainPath: "{source}; {target}: {relation} ({confidence} {value}).{note}",
  explainIdentity: "{level} é o mesmo nível da mesma escala: {relation} ({confidence} 1).",
  explainEdition: "{source} não muda na outra edição, onde é {target}: a mesma definição e a mesma faixa de referência, logo {relation} ({confidence} 1).",
  explainCloseNote:
    " closeMatch é aproximado e o SKOS nunca o encadeia, portanto não se afirma nada mais forte que “sobreposição parcial”; a confiança é calculada como para exactMatch.",
  alignment: {
    heading: "Alinhamento com base em",
    reference: "Referência",
    legend:
      "Legenda: = exactMatch (mesmo significado), ≈ closeMatch (aproximadamente o mesmo), ⊂ broadMatch (o nível fica dentro da faixa), ⊃ narrowMatch (o nível abrange toda a faixa), ~ relatedMatch (sobreposição parcial).",
    scales: "Escalas",
    numbering: { ascending: "numeração crescente", descending: "numeração decrescente, 1 é o mais grave" },
    via: "mapeamento",
    pairwise: "Nível a nível",
    pairwiseNote: "Cada célula indica como o nível da coluna se relaciona com o nível da linha.",
    relation: { companion: "escala associada", impact: "escala de impacto", threat: "escala de ameaça", supersedes: "edição anterior" },
    relatedOf: "{relation} de {scale}",
    related: "Escalas relacionadas",
    notGiven: "não fornecida",
    together: "Leitura conjunta",
  },
  ratingChange: { first: "primeira", unchanged: "inalterada", raised: "elevada", lowered: "rebaixada", narrowed: "estreitada", widened: "ampliada", changed: "alterada" },
  values: {
    bump: { major: "maior", minor: "menor", patch: "correção", none: "nulo", invalid: "ilegível" },
    document: { scale: "escala", mapping: "mapeamento" },
    method: { rules: "de regras", score: "de pontuação", matrix: "de matriz", max: "de máximo", judgement: "de julgamento especializado", composite: "composto" },
    status: { draft: "rascunho", active: "em vigor", superseded: "substituído", retired: "retirado" },
    absent: { "(none)": "(campo ausente)" },
    duty: { true: "obrigatória", false: "voluntária", null: "não indicada" },
    event: { detection: "a detecção", awareness: "a tomada de conhecimento do incidente", notification: "a notificação anterior", "(none)": "não indicado" },
    dimensionType: { ordinal: "ordinal (opções ordenadas)", quantity: "quantidade (um número)", boolean: "sim/não", nominal: "nominal (opções sem ordem)" },
    direction: { ascending: "crescente (o número mais alto é o mais grave)", descending: "decrescente (1 é o mais grave)" },
    sentinel: { unknown: "“desconhecido”", "not-assessed": "“não avaliado”", "out-of-scope": "“fora do âmbito”", other: "“outro”" },
  },
};
