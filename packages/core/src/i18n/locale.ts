/**
 * A locale: all of sevscale's wording in one language. Opt-in: nothing in the core imports a
 * locale, so a bundle holds only the languages its caller imports
 * (`import { fr } from "@sevscale/core/locales/fr"`).
 */
import type { MessageCode } from "../issues/catalog.js";
import type { Severity } from "../issues/issue.js";
import type { Relation } from "../model/mapping.js";
import type { TranslationRelation } from "../translate/relation.js";
import type { Language } from "./languages.js";

/** Words and sentence templates used around messages: severities, relations, explanations. */
export interface Terms {
  /** The severity words (`error` → "erreur"). */
  readonly severity: Readonly<Record<Severity, string>>;
  /** Opening and closing quotation marks for a quoted label (`“`, `”`; `« `, ` »`). */
  readonly quotes: readonly [open: string, close: string];
  /** Translation: what a mapping record says of its level and band, as a verb phrase. */
  readonly recordVerb: Readonly<Record<Exclude<Relation, "noMatch">, string>>;
  /** Translation: the relation of a candidate to its source, in words (long form). */
  readonly relation: Readonly<Record<TranslationRelation, string>>;
  /** Translation: the relation of a candidate to its source, one or two words (tables). */
  readonly relationShort: Readonly<Record<TranslationRelation, string>>;
  /** The word for a translation's confidence. */
  readonly confidence: string;
  /** `{min}–{max} ({minLabel} to {maxLabel})`: a band of reference levels. */
  readonly band: string;
  /** `{source}; {target}: {relation} ({confidence} {value}).` — one explained candidate. */
  readonly explainPath: string;
  /** `{level} is the same level of the same scale: {relation} ({confidence} 1).` */
  readonly explainIdentity: string;
  /** Added to an explanation when a closeMatch record was involved. */
  readonly explainCloseNote: string;
  /** `{level} {verb} {band}`: one side of an explained path. */
  readonly explainEnd: string;
  /** Markdown/CSV export of an alignment. */
  readonly alignment: {
    readonly heading: string;
    readonly reference: string;
    readonly legend: string;
    readonly scales: string;
    readonly numbering: Readonly<Record<"ascending" | "descending", string>>;
    readonly via: string;
    readonly pairwise: string;
    readonly pairwiseNote: string;
  };
}

/** All wording in one language: issue and result messages by code, and the terms around them. */
export interface Locale {
  /** The language, a member of {@link LANGUAGES}. */
  readonly language: Language;
  /** The language's name in itself ("Français"). */
  readonly name: string;
  /** One template per message code (issues, trace steps, diff changes). */
  readonly messages: Readonly<Record<MessageCode, string>>;
  readonly terms: Terms;
}

/** Declares a locale; the type makes it complete (a missing code or term is a compile error). */
export function defineLocale<const L extends Locale>(locale: L): Locale {
  return locale;
}
