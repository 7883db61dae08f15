/** English words and sentence templates around messages. */
import type { MessageTerms } from "../../i18n/locale.js";

/** English words and sentence templates around messages: severities, quotation marks, relations, explanations, alignment exports, assessment threads. */
export const terms: MessageTerms = {
  severity: { error: "error", warning: "warning", info: "info" },
  quotes: ["\u201c", "\u201d"],
  colon: ":",
  semicolon: ";",
  decimal: ".",
  singular: "1",
  recordVerb: {
    exactMatch: "maps exactly to",
    closeMatch: "maps approximately to",
    broadMatch: "falls within",
    narrowMatch: "covers all of",
    relatedMatch: "partly overlaps",
  },
  relation: {
    equivalent: "equivalent",
    narrower: "narrower (the candidate covers less)",
    broader: "broader (the candidate covers more)",
    overlapping: "overlapping",
  },
  relationShort: { equivalent: "equivalent", narrower: "narrower", broader: "broader", overlapping: "overlapping" },
  confidence: "confidence",
  band: "{min}–{max} ({minLabel} to {maxLabel})",
  explainEnd: "{level} {verb} {band}",
  explainPath: "{source}; {target}: {relation} ({confidence} {value}).{note}",
  explainIdentity: "{level} is the same level of the same scale: {relation} ({confidence} 1).",
  explainEdition: "{source} is unchanged in the other edition as {target}: the same definition and the same reference band, so {relation} ({confidence} 1).",
  explainCloseNote:
    " closeMatch is approximate and SKOS never chains it, so nothing stronger than \"overlapping\" is claimed; the confidence is scored as for exactMatch.",
  alignment: {
    heading: "Alignment on",
    reference: "Reference",
    legend:
      "Legend: = exactMatch (same meaning), ≈ closeMatch (about the same), ⊂ broadMatch (the level falls within the band), ⊃ narrowMatch (the level covers all of the band), ~ relatedMatch (partial overlap).",
    scales: "Scales",
    numbering: { ascending: "numbered upwards", descending: "numbered downwards, 1 is the most severe" },
    via: "mapping",
    pairwise: "Level by level",
    pairwiseNote: "Each cell says how the column's level relates to the row's level.",
    relation: { companion: "companion scale", impact: "impact scale", threat: "threat scale", supersedes: "earlier edition" },
    relatedOf: "{relation} of {scale}",
    related: "Related scales",
    notGiven: "not given",
    together: "Read together",
  },
  ratingChange: { first: "first", unchanged: "unchanged", raised: "raised", lowered: "lowered", narrowed: "narrowed", widened: "widened", changed: "changed" },
  values: {
    bump: { major: "major", minor: "minor", patch: "patch", none: "none", invalid: "not readable" },
    document: { scale: "scale", mapping: "mapping" },
    method: { rules: "rules", score: "score", matrix: "matrix", max: "maximum", judgement: "judgement", composite: "composite" },
    status: { draft: "draft", active: "active", superseded: "superseded", retired: "retired" },
    absent: { "(none)": "(none)" },
    duty: { true: "mandatory", false: "voluntary", null: "not stated" },
    event: { detection: "detection", awareness: "becoming aware of the incident", notification: "the previous notification", "(none)": "not stated" },
    dimensionType: { ordinal: "ordinal (ranked options)", quantity: "quantity (a number)", boolean: "yes/no", nominal: "nominal (unranked options)" },
    direction: { ascending: "ascending (the highest number is the most severe)", descending: "descending (1 is the most severe)" },
    sentinel: { unknown: "“unknown”", "not-assessed": "“not assessed”", "out-of-scope": "“out of scope”", other: "“other”" },
  },
};
