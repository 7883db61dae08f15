/**
 * The explanation of a translation candidate: data (levels with their label maps, the reference
 * bands, the relation and confidence), rendered in any locale by {@link renderExplanation}. It
 * quotes both levels' labels (in the locale's language when the document has it, else its
 * default language) and the reference bands with the reference scale's labels.
 */
import { fillTemplate } from "../issues/render.js";
import type { PartialLocale } from "../i18n/locale.js";
import type { Relation } from "../model/mapping.js";
import type { Scale } from "../model/scale.js";
import { pickText, type DeepReadonly, type Text } from "./_internal.js";
import type { TranslationRelation } from "./relation.js";
import type { ReferenceIndex, ReferenceInterval } from "./resolve.js";

/** A level as an explanation names it: its scale, code and label. */
export interface ExplainedLevel {
  readonly scaleId: string;
  readonly code: string;
  readonly label: Text;
  /** The document's default language, for labels missing in the reader's language. */
  readonly defaultLanguage: string;
}

/** A band of reference levels with their labels. */
export interface ExplainedBand {
  readonly min: string;
  readonly max: string;
  readonly minLabel: Text;
  readonly maxLabel: Text;
  readonly defaultLanguage: string;
}

/** One side of an explained path: a level, what its record says, and its band. */
export interface ExplainedSide {
  readonly level: ExplainedLevel;
  readonly recordRelation: Exclude<Relation, "noMatch">;
  readonly band: ExplainedBand;
}

/** Why a candidate was proposed: data, rendered in a language by {@link renderExplanation}. */
export type Explanation =
  | { readonly kind: "identity"; readonly level: ExplainedLevel }
  /** A level unchanged between two editions of one scheme (same definition, same reference band). */
  | { readonly kind: "edition"; readonly source: ExplainedLevel; readonly target: ExplainedLevel }
  | {
      readonly kind: "path";
      readonly source: ExplainedSide;
      readonly target: ExplainedSide;
      readonly relation: TranslationRelation;
      readonly confidence: number;
      /** A closeMatch record took part: nothing stronger than "overlapping" is claimed. */
      readonly closeMatch: boolean;
    };

/** One side of an explained path, as the translator builds it. */
export interface ExplainedEnd {
  readonly scale: DeepReadonly<Scale>;
  readonly code: string;
  readonly label: Text;
  readonly relation: Exclude<Relation, "noMatch">;
  readonly interval: ReferenceInterval;
}

function explainedLevel(scale: DeepReadonly<Scale>, code: string, label: Text): ExplainedLevel {
  return { scaleId: scale.id, code, label, defaultLanguage: scale.defaultLanguage };
}

function explainedSide(ref: ReferenceIndex, e: ExplainedEnd): ExplainedSide {
  return {
    level: explainedLevel(e.scale, e.code, e.label),
    recordRelation: e.relation,
    band: {
      min: e.interval.min,
      max: e.interval.max,
      minLabel: ref.label.get(e.interval.min) ?? {},
      maxLabel: ref.label.get(e.interval.max) ?? {},
      defaultLanguage: ref.scale.defaultLanguage,
    },
  };
}

/** Explains candidate b of source a (a path through the reference scale). */
export function explainPath(
  ref: ReferenceIndex,
  a: ExplainedEnd,
  b: ExplainedEnd,
  relation: TranslationRelation,
  confidence: number,
  closeMatch: boolean,
): Explanation {
  return { kind: "path", source: explainedSide(ref, a), target: explainedSide(ref, b), relation, confidence, closeMatch };
}

/** Explains the trivial candidate: the source level itself, translated to its own scale. */
export function explainIdentity(scale: DeepReadonly<Scale>, code: string, label: Text): Explanation {
  return { kind: "identity", level: explainedLevel(scale, code, label) };
}

/** Explains a level unchanged between two editions: the source level and the same level of the other edition. */
export function explainEdition(source: { scale: DeepReadonly<Scale>; code: string; label: Text }, target: { scale: DeepReadonly<Scale>; code: string; label: Text }): Explanation {
  return { kind: "edition", source: explainedLevel(source.scale, source.code, source.label), target: explainedLevel(target.scale, target.code, target.label) };
}

function quote(locale: PartialLocale, text: string): string {
  return `${locale.terms.quotes[0]}${text}${locale.terms.quotes[1]}`;
}

/** `uk/ncsc Category 3 "Significant incident"`; the code is left out when the label already starts with it. */
export function describeLevel(level: ExplainedLevel, locale: PartialLocale): string {
  const text = pickText(level.label, locale.language, level.defaultLanguage);
  if (text === "" || text === level.code) return `${level.scaleId} ${quote(locale, level.code)}`;
  if (text.startsWith(level.code)) return `${level.scaleId} ${quote(locale, text)}`;
  return `${level.scaleId} ${level.code} ${quote(locale, text)}`;
}

/** `R3 "Significant"` or `R0–R1 ("Baseline" to "Low")`. */
export function describeBand(band: ExplainedBand, locale: PartialLocale): string {
  const label = (t: Text) => quote(locale, pickText(t, locale.language, band.defaultLanguage));
  if (band.min === band.max) return `${band.min} ${label(band.minLabel)}`;
  return fillTemplate(locale.terms.band, { min: band.min, max: band.max, minLabel: label(band.minLabel), maxLabel: label(band.maxLabel) }, locale.terms);
}

function describeSide(side: ExplainedSide, locale: PartialLocale): string {
  return fillTemplate(locale.terms.explainEnd, {
    level: describeLevel(side.level, locale),
    verb: locale.terms.recordVerb[side.recordRelation],
    band: describeBand(side.band, locale),
  }, locale.terms);
}

/**
 * The explanation as one sentence in a locale, e.g.
 * `… maps exactly to R3 "Significant"; …: equivalent (confidence 0.81).`
 */
export function renderExplanation(explanation: Explanation, locale: PartialLocale): string {
  const t = locale.terms;
  if (explanation.kind === "identity") {
    return fillTemplate(t.explainIdentity, { level: describeLevel(explanation.level, locale), relation: t.relation.equivalent, confidence: t.confidence }, t);
  }
  if (explanation.kind === "edition") {
    return fillTemplate(t.explainEdition, {
      source: describeLevel(explanation.source, locale),
      target: describeLevel(explanation.target, locale),
      relation: t.relation.equivalent,
      confidence: t.confidence,
    }, t);
  }
  return fillTemplate(t.explainPath, {
    source: describeSide(explanation.source, locale),
    target: describeSide(explanation.target, locale),
    relation: t.relation[explanation.relation],
    confidence: t.confidence,
    value: explanation.confidence,
    note: explanation.closeMatch ? t.explainCloseNote : "",
  }, t);
}
