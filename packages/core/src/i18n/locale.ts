/**
 * A locale: all of sevscale's wording in one language. Opt-in: nothing in the core imports a
 * locale, so a bundle holds only the languages its caller imports
 * (`import { fr } from "@sevscale/core/locales/fr"`).
 */
import type { RatingChange } from "../assessment/thread.js";
import type { DeclaredBump } from "../diff/types.js";
import type { StatusSchema } from "../model/common.js";
import type { Method } from "../model/method.js";
import type { MessageCode } from "../issues/catalog.js";
import type { Severity } from "../issues/issue.js";
import type { Relation } from "../model/mapping.js";
import type { Dimension, NotificationStage, ScaleRelation, Sentinel } from "../model/scale.js";
import type { TranslationRelation } from "../translate/relation.js";
import type { Language } from "./languages.js";

/**
 * Words and sentence templates used around messages: severities, relations, explanations,
 * exports of an alignment, assessment threads (the {@link Terms} of a locale without its pages'
 * and charts' words).
 */
export interface MessageTerms {
  /** The severity words (`error` → "erreur"). */
  readonly severity: Readonly<Record<Severity, string>>;
  /** Opening and closing quotation marks for a quoted label (`“`, `”`; `« `, ` »`). */
  readonly quotes: readonly [open: string, close: string];
  /**
   * What joins a label and its value, written before the space that follows: `:` (French `\u00a0:`,
   * with its no-break space), as in `${label}${colon} ${value}`.
   */
  readonly colon: string;
  /**
   * The decimal separator of numbers in messages (`0.56`; French, Spanish, Portuguese `0,56`), see
   * `formatNumber`. Numbers are never grouped.
   */
  readonly decimal: "." | ",";
  /**
   * Which counts take the first (singular) form of a `{count|one|other}` placeholder: `"1"`, only
   * 1 (English, Spanish, Portuguese: "1 incident", "0 incidents"); `"<2"`, any count below 2
   * (French: « 0 incident », « 1 incident », « 1,5 heure »).
   */
  readonly singular: "1" | "<2";
  /** What ends a clause before the next one, written before the space that follows: `;` (French `\u00a0;`). */
  readonly semicolon: string;
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
  /** A level unchanged between two editions: {source}, {target}, {relation}, {confidence}. */
  readonly explainEdition: string;
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
    /** What a related scale is to the scale that names it (`related`, format 1.1), as a noun: "threat scale". */
    readonly relation: Readonly<Record<ScaleRelation, string>>;
    /** `{relation} of {scale}`: "threat scale of x-org.example/incident-impact". */
    readonly relatedOf: string;
    /** Heading of the related scales: "Related scales". */
    readonly related: string;
    /** Said of a related scale that was not among the documents given: "not given". */
    readonly notGiven: string;
    /** Caption of companion ladders drawn as one group in a chart: "Read together". */
    readonly together: string;
  };
  /** A thread of assessments: how each one changed the rating (`raised` → "relevée"). */
  readonly ratingChange: Readonly<Record<RatingChange, string>>;
  /**
   * Words for parameters whose value is a code: a template placeholder `{name:kind}` shows the
   * value as `values[kind][value]` (a value without a word is shown as it is). The params keep the
   * codes (JSON output is machine-readable); only the sentence speaks the language.
   */
  readonly values: ValueWords;
}

/** The words of {@link MessageTerms.values}, by kind. */
export interface ValueWords {
  /** Version bumps (diff): `major` → "majeur"; `none` is no bump, `invalid` an unreadable version. */
  readonly bump: Readonly<Record<DeclaredBump, string>>;
  /** Kinds of document: `scale` → "échelle". */
  readonly document: Readonly<Record<"scale" | "mapping", string>>;
  /** Classification methods: `rules` → "par règles", `judgement` → "à dire d’expert". */
  readonly method: Readonly<Record<MethodKind, string>>;
  /** Document statuses: `active` → "en vigueur", `draft` → "brouillon" (also on rendered pages). */
  readonly status: Readonly<Record<DocumentStatus, string>>;
  /** A field the document does not give (`"(none)"`, the diff's marker in its params) → "(champ absent)". */
  readonly absent: Readonly<Record<"(none)", string>>;
  /** Whether a notification is a duty, as the diff's params give it (`"true"`, `"false"`, `"null"`: not stated). */
  readonly duty: Readonly<Record<"true" | "false" | "null", string>>;
  /** The event a notification deadline is counted from; `"(none)"` where the stage names none. */
  readonly event: Readonly<Record<NonNullable<NotificationStage["from"]> | "(none)", string>>;
  /** The types of dimension: `quantity` → "quantité (un nombre)". */
  readonly dimensionType: Readonly<Record<Dimension["type"], string>>;
  /** The issuer's numbering direction: `descending` → "décroissante (1 est le plus grave)". */
  readonly direction: Readonly<Record<"ascending" | "descending", string>>;
  /** What a sentinel value means: `out-of-scope` → "hors du champ". */
  readonly sentinel: Readonly<Record<Sentinel["meaning"], string>>;
}

/** A document's status (`draft`, `active`, `superseded`, `retired`). */
type DocumentStatus = (typeof StatusSchema)["options"][number];

/** The kinds of classification method (`rules`, `score`, …). */
type MethodKind = Method["kind"];

/** The kinds of words a placeholder `{name:kind}` can name. */
export type ValueKind = keyof ValueWords;

/**
 * What a placeholder `{name:kind}` can name: a kind of words ({@link ValueKind}), or `number`, a
 * decimal numeral given as text (an exact score, `"0.15"`) shown with the locale's decimal separator.
 */
export type PlaceholderKind = ValueKind | "number";

/** Words and sentence templates used around messages, and the words of pages and charts. */
export interface Terms extends MessageTerms {
  /** Pages and charts (`@sevscale/core/render`): headings, column names, method sentences. */
  readonly render: RenderTerms;
}

/** The comparison operators of a quantity condition, as verb phrases (`{dimension} {op} {threshold}`). */
export type ComparisonWords = Readonly<Record<"gt" | "gte" | "lt" | "lte" | "eq", string>>;

/** Words of the rendered pages and charts. Templates name their parameters as `{name}`. */
export interface RenderTerms {
  /** Headings and column names of a scale page. */
  readonly levels: string;
  readonly level: string;
  readonly label: string;
  readonly definition: string;
  readonly notDefined: string;
  readonly response: string;
  readonly whoResponds: string;
  readonly actions: string;
  readonly escalation: string;
  readonly notification: string;
  /** `within {deadline}`. */
  readonly notifyWithin: string;
  /** `within {deadline} of {event}`: a notification stage's deadline and the event it is counted from. */
  readonly notifyWithinFrom: string;
  /** The events a stage's deadline is counted from (`of detection`, …), as `{event}` of {@link notifyWithinFrom}. */
  readonly notifyEvent: { readonly detection: string; readonly awareness: string; readonly notification: string };
  /** A notification stage without a deadline. */
  readonly noDeadline: string;
  /** `to {to}`. */
  readonly notifyTo: string;
  readonly mandatory: string;
  readonly voluntary: string;
  readonly reference: string;
  /** The column of a level's reference interval: `Reference ({reference})`. */
  readonly referenceInterval: string;
  readonly notMapped: string;
  readonly colour: string;
  readonly method: string;
  readonly dimensions: string;
  readonly unit: string;
  readonly options: string;
  readonly significance: string;
  readonly sources: string;
  readonly contact: string;
  readonly publisher: string;
  readonly issuingAuthority: string;
  readonly version: string;
  readonly status: string;
  readonly published: string;
  readonly license: string;
  readonly revisionHistory: string;
  readonly date: string;
  readonly summary: string;
  readonly encoding: string;
  readonly official: string;
  readonly unofficial: string;
  /** `Numbering: …`. */
  readonly direction: string;
  /** Footer: `Generated by sevscale from {id}@{version}; the JSON document is authoritative.` */
  readonly footer: string;
  /** ISO 8601 duration units, singular and plural. */
  readonly duration: Readonly<Record<"Y" | "M" | "W" | "D" | "H" | "min" | "S", readonly [one: string, many: string]>>;
  /** The method, one sentence or caption per part. */
  readonly methodKind: Readonly<Record<"rules" | "score" | "matrix" | "max" | "judgement" | "composite", string>>;
  readonly rulesFirstMatch: string;
  readonly rulesMostSevere: string;
  /** `If {condition}, the level is {level}.` */
  readonly rule: string;
  /** `When no rule holds, the level is {level}.` */
  readonly otherwise: string;
  readonly noOtherwise: string;
  readonly and: string;
  readonly or: string;
  /** `not ({condition})`. */
  readonly not: string;
  /** `{dimension} is {options}`. */
  readonly isOneOf: string;
  /** `{dimension} is {option} or more severe`. */
  readonly atLeast: string;
  /** `{dimension} is {option} or less severe`. */
  readonly atMost: string;
  /** `{dimension} {op} {threshold}` with the operator's words. */
  readonly compare: string;
  readonly comparison: ComparisonWords;
  /** `the smaller of {list}`. */
  readonly smallerOf: string;
  /** `the larger of {list}`. */
  readonly largerOf: string;
  /** `{percent} % of {dimension}`. */
  readonly percentOf: string;
  readonly always: string;
  readonly weightsCaption: string;
  readonly dimension: string;
  readonly weight: string;
  readonly values: string;
  readonly cutPointsCaption: string;
  readonly scoreAtLeast: string;
  readonly noCutPoints: string;
  readonly normalisation: Readonly<Record<"none" | "weighted-mean" | "min-max", string>>;
  /** `The score is rounded to {decimals} decimals ({mode}).` */
  readonly rounding: string;
  /** `The score is kept between {min} and {max}.` */
  readonly clamp: string;
  /** Matrix caption: `{rows} (rows) by {columns} (columns)`. */
  readonly matrixCaption: string;
  readonly ratingsCaption: string;
  readonly valueOrBand: string;
  /** `{value} {unit} or more`. */
  readonly fromValue: string;
  readonly guidance: string;
  readonly criteria: string;
  /** `Component {id}`. */
  readonly component: string;
  /** Mapping page. */
  readonly mapping: string;
  readonly subject: string;
  readonly object: string;
  readonly relation: string;
  readonly confidence: string;
  readonly justification: string;
  readonly comment: string;
  readonly authors: string;
  readonly reviewers: string;
  readonly noMatch: string;
  /** Chart: `{count} scales aligned on {reference}`. */
  readonly chartTitle: string;
  /** Chart: what the picture shows, for screen readers. */
  readonly chartDesc: string;
  /** Chart: `{scale}: {levels}` — the levels of one scale in the description. */
  readonly chartScaleDesc: string;
  /** Chart: `{scales} are read together.` — a group of companion ladders, in the description. */
  readonly chartGroupDesc: string;
  /** Scale page: caption of a related scale's levels, `Levels of {scale}`. */
  readonly relatedLevels: string;
  /** Scale page: the related scales section's lead, when none of them is given. */
  readonly relatedNoneGiven: string;
  readonly chartNote: string;
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

/**
 * Wording in one language for some message codes: a {@link Locale} cut down to the areas a caller
 * reports, assembled from `@sevscale/core/locales/<lang>/parts` (e.g. parse, validation,
 * classification and translation messages with the terms) so that a bundle carries only those
 * templates. Every `Locale` is one; the render functions take either. A code without a template
 * renders as the code and its params.
 */
export interface PartialLocale {
  /** The language, a member of {@link LANGUAGES}. */
  readonly language: Language;
  /** The language's name in itself ("Français"). */
  readonly name: string;
  /** Templates of the codes this part covers. */
  readonly messages: Readonly<Partial<Record<MessageCode, string>>>;
  /** The words around messages (the pages' and charts' words are not needed to render messages). */
  readonly terms: MessageTerms;
}

/** Declares a locale; the type makes it complete (a missing code or term is a compile error). */
export function defineLocale<const L extends Locale>(locale: L): Locale {
  return locale;
}
