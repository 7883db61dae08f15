/** French words and sentence templates around messages. */
import type { MessageTerms } from "../../i18n/locale.js";

/** French words and sentence templates around messages: severities, quotation marks, relations, explanations, alignment exports, assessment threads. */
export const terms: MessageTerms = {
  severity: { error: "erreur", warning: "avertissement", info: "information" },
  quotes: ["« ", " »"],
  colon: "\u00a0:",
  semicolon: "\u00a0;",
  decimal: ",",
  singular: "<2",
  recordVerb: {
    exactMatch: "correspond exactement à",
    closeMatch: "correspond approximativement à",
    broadMatch: "s’inscrit dans",
    narrowMatch: "couvre entièrement",
    relatedMatch: "recoupe en partie",
  },
  relation: {
    equivalent: "équivalent",
    narrower: "plus restreint (le candidat couvre moins)",
    broader: "plus large (le candidat couvre davantage)",
    overlapping: "chevauchement partiel",
  },
  relationShort: { equivalent: "équivalent", narrower: "plus restreint", broader: "plus large", overlapping: "chevauchement partiel" },
  confidence: "confiance",
  band: "{min}–{max} ({minLabel} à {maxLabel})",
  explainEnd: "{level} {verb} {band}",
  explainPath: "{source} ; {target} : {relation} ({confidence} {value}).{note}",
  explainIdentity: "{level} est le même niveau de la même échelle : {relation} ({confidence} 1).",
  explainEdition: "{source} est inchangé dans l’autre édition, où il devient {target} : même définition et même bande de référence, donc {relation} ({confidence} 1).",
  explainCloseNote:
    " closeMatch est approximatif et SKOS ne l’enchaîne jamais : aucune relation plus forte qu’un « chevauchement partiel » n’est donc affirmée ; la confiance est calculée comme pour exactMatch.",
  alignment: {
    heading: "Alignement sur",
    reference: "Référence",
    legend:
      "Légende : = exactMatch (même sens), ≈ closeMatch (sens très proche), ⊂ broadMatch (le niveau s’inscrit dans la plage), ⊃ narrowMatch (le niveau couvre toute la plage), ~ relatedMatch (recoupement partiel).",
    scales: "Échelles",
    numbering: { ascending: "numérotation croissante", descending: "numérotation décroissante, 1 est le plus grave" },
    via: "correspondance",
    pairwise: "Niveau par niveau",
    pairwiseNote: "Chaque cellule indique la relation entre le niveau de la colonne et celui de la ligne.",
    relation: { companion: "échelle associée", impact: "échelle d’impact", threat: "échelle de menace", supersedes: "édition précédente" },
    relatedOf: "{relation} de {scale}",
    related: "Échelles associées",
    notGiven: "non fournie",
    together: "À lire ensemble",
  },
  ratingChange: { first: "première", unchanged: "inchangée", raised: "relevée", lowered: "abaissée", narrowed: "resserrée", widened: "élargie", changed: "modifiée" },
  values: {
    bump: { major: "majeur", minor: "mineur", patch: "correctif", none: "nul", invalid: "illisible" },
    document: { scale: "échelle", mapping: "correspondance" },
    method: { rules: "par règles", score: "par score", matrix: "par matrice", max: "par maximum", judgement: "à dire d’expert", composite: "composite" },
    status: { draft: "brouillon", active: "en vigueur", superseded: "remplacé", retired: "retiré" },
    absent: { "(none)": "(champ absent)" },
    duty: { true: "obligatoire", false: "facultative", null: "non précisée" },
    event: { detection: "la détection", awareness: "la prise de connaissance de l’incident", notification: "la notification précédente", "(none)": "non précisé" },
    dimensionType: { ordinal: "ordinal (options ordonnées)", quantity: "quantité (un nombre)", boolean: "oui/non", nominal: "nominal (options non ordonnées)" },
    direction: { ascending: "croissante (le plus grand nombre est le plus grave)", descending: "décroissante (1 est le plus grave)" },
    sentinel: { unknown: "« inconnu »", "not-assessed": "« non évalué »", "out-of-scope": "« hors du champ »", other: "« autre »" },
  },
};
