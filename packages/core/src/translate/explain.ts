/**
 * The human explanation of a translation candidate, in English and Spanish. It quotes both
 * levels' labels (in that language when the document has it, else its default language) and the
 * reference bands with the reference scale's labels.
 */
import type { Relation } from "../model/mapping.js";
import type { Scale } from "../model/scale.js";
import { pickText, type DeepReadonly, type Text } from "./_internal.js";
import type { TranslationRelation } from "./relation.js";
import type { ReferenceIndex, ReferenceInterval } from "./resolve.js";

/** A text in each language the toolkit renders. */
export interface Explanation {
  readonly en: string;
  readonly es: string;
}

type Lang = keyof Explanation;

const QUOTE: Record<Lang, (s: string) => string> = {
  en: (s) => `"${s}"`,
  es: (s) => `«${s}»`,
};

/** What a record says of its level and band, as a verb phrase. */
const RECORD_VERB: Record<Lang, Record<Exclude<Relation, "noMatch">, string>> = {
  en: {
    exactMatch: "maps exactly to",
    closeMatch: "maps approximately to",
    broadMatch: "falls within",
    narrowMatch: "covers all of",
    relatedMatch: "partly overlaps",
  },
  es: {
    exactMatch: "equivale exactamente a",
    closeMatch: "equivale aproximadamente a",
    broadMatch: "queda dentro de",
    narrowMatch: "abarca por completo",
    relatedMatch: "se solapa en parte con",
  },
};

const RESULT: Record<Lang, Record<TranslationRelation, string>> = {
  en: {
    equivalent: "equivalent",
    narrower: "narrower (the candidate covers less)",
    broader: "broader (the candidate covers more)",
    overlapping: "overlapping",
  },
  es: {
    equivalent: "equivalente",
    narrower: "más restringido (el candidato abarca menos)",
    broader: "más amplio (el candidato abarca más)",
    overlapping: "solapamiento parcial",
  },
};

const CONFIDENCE: Record<Lang, string> = { en: "confidence", es: "confianza" };

const CLOSE_NOTE: Record<Lang, string> = {
  en: ' closeMatch is approximate and SKOS never chains it, so nothing stronger than "overlapping" is claimed and the confidence is halved.',
  es: " closeMatch es aproximado y SKOS nunca lo encadena, así que no se afirma nada más fuerte que «solapamiento parcial» y la confianza se reduce a la mitad.",
};

/** `uk/ncsc Category 3 "Significant incident"`; the code is left out when the label already starts with it. */
export function describeLevel(scale: DeepReadonly<Scale>, code: string, label: Text, lang: Lang): string {
  const text = pickText(label, lang, scale.defaultLanguage);
  if (text === "" || text === code) return `${scale.id} ${QUOTE[lang](code)}`;
  if (text.startsWith(code)) return `${scale.id} ${QUOTE[lang](text)}`;
  return `${scale.id} ${code} ${QUOTE[lang](text)}`;
}

function bandLabel(ref: ReferenceIndex, code: string, lang: Lang): string {
  return QUOTE[lang](pickText(ref.label.get(code), lang, ref.scale.defaultLanguage));
}

/** `R3 "Significant"` or `R0–R1 ("Baseline" to "Low")`. */
export function describeBand(ref: ReferenceIndex, band: ReferenceInterval, lang: Lang): string {
  if (band.min === band.max) return `${band.min} ${bandLabel(ref, band.min, lang)}`;
  const to = lang === "en" ? "to" : "a";
  return `${band.min}–${band.max} (${bandLabel(ref, band.min, lang)} ${to} ${bandLabel(ref, band.max, lang)})`;
}

/** One side of an explained path. */
export interface ExplainedEnd {
  readonly scale: DeepReadonly<Scale>;
  readonly code: string;
  readonly label: Text;
  readonly relation: Exclude<Relation, "noMatch">;
  readonly interval: ReferenceInterval;
}

function describeEnd(ref: ReferenceIndex, e: ExplainedEnd, lang: Lang): string {
  return `${describeLevel(e.scale, e.code, e.label, lang)} ${RECORD_VERB[lang][e.relation]} ${describeBand(ref, e.interval, lang)}`;
}

function sentence(ref: ReferenceIndex, a: ExplainedEnd, b: ExplainedEnd, relation: TranslationRelation, confidence: number, closeMatch: boolean, lang: Lang): string {
  const note = closeMatch ? CLOSE_NOTE[lang] : "";
  return `${describeEnd(ref, a, lang)}; ${describeEnd(ref, b, lang)}: ${RESULT[lang][relation]} (${CONFIDENCE[lang]} ${confidence}).${note}`;
}

/** Explains candidate b of source a, e.g. `… maps exactly to R3 "Significant"; …: equivalent (confidence 0.81).` */
export function explainPath(
  ref: ReferenceIndex,
  a: ExplainedEnd,
  b: ExplainedEnd,
  relation: TranslationRelation,
  confidence: number,
  closeMatch: boolean,
): Explanation {
  return {
    en: sentence(ref, a, b, relation, confidence, closeMatch, "en"),
    es: sentence(ref, a, b, relation, confidence, closeMatch, "es"),
  };
}

/** Explains the trivial candidate: the source level itself, translated to its own scale. */
export function explainIdentity(scale: DeepReadonly<Scale>, code: string, label: Text): Explanation {
  return {
    en: `${describeLevel(scale, code, label, "en")} is the same level of the same scale: ${RESULT.en.equivalent} (${CONFIDENCE.en} 1).`,
    es: `${describeLevel(scale, code, label, "es")} es el mismo nivel de la misma escala: ${RESULT.es.equivalent} (${CONFIDENCE.es} 1).`,
  };
}
