/**
 * Languages of the viewer: its own texts (./locales) and the one adapter to the core's locales,
 * which render issue messages, classification traces, translation explanations and the words
 * around them. Only the chosen language is fetched (dynamic imports of its texts and of the core
 * messages the viewer can show, ./core-locales, cut by area from `@sevscale/core/locales/<lang>/parts`;
 * English texts are built in, as the fallback); {@link loadLanguage} must have resolved before rendering.
 */
import { LANGUAGES, formatNumber, languageOfTag, relatedWords, renderExplanation, renderMessage, renderSeverity, renderTraceStep } from "@sevscale/core";
import type { Alignment, Explanation, Issue, Language, PartialLocale, Severity, TraceStep, TranslationRelation } from "@sevscale/core";
import type { ViewerCoreMessages } from "./core-locales/index.js";
import { en } from "./locales/en.js";
import type { ViewerTexts } from "./locales/types.js";

/** The languages the viewer speaks: the core's. */
export const LANGS = LANGUAGES;
/** One of {@link LANGS}. */
export type Lang = Language;

const VIEWER_TEXTS: Record<Lang, () => Promise<ViewerTexts>> = {
  en: async () => en,
  es: async () => (await import("./locales/es.js")).es,
  fr: async () => (await import("./locales/fr.js")).fr,
  pt: async () => (await import("./locales/pt.js")).pt,
};
const loadedTexts = new Map<Lang, ViewerTexts>([["en", en]]);

/** Each language's name in itself, for the switch. */
export const LANG_NAMES: Record<Lang, string> = { en: "English", es: "Español", fr: "Français", pt: "Português" };

/** The viewer's texts in `lang` (English until {@link loadLanguage} has fetched them). */
export function texts(lang: Lang): ViewerTexts {
  return loadedTexts.get(lang) ?? en;
}

/** The first of the browser's preferred languages the viewer speaks (by primary subtag), else English. */
export function preferredLang(preferences: readonly string[]): Lang {
  for (const tag of preferences) {
    const lang = languageOfTag(tag);
    if (lang) return lang;
  }
  return "en";
}

const CORE_MESSAGES: Record<Lang, () => Promise<ViewerCoreMessages>> = {
  en: () => import("./core-locales/en.js"),
  es: () => import("./core-locales/es.js"),
  fr: () => import("./core-locales/fr.js"),
  pt: () => import("./core-locales/pt.js"),
};

/** Core messages only a view loaded on demand shows, per language: fetched with the view, not with the first one. */
const VIEW_MESSAGES = {
  classify: {
    en: () => import("./core-locales/classify/en.js"),
    es: () => import("./core-locales/classify/es.js"),
    fr: () => import("./core-locales/classify/fr.js"),
    pt: () => import("./core-locales/classify/pt.js"),
  },
  translate: {
    en: () => import("./core-locales/translate/en.js"),
    es: () => import("./core-locales/translate/es.js"),
    fr: () => import("./core-locales/translate/fr.js"),
    pt: () => import("./core-locales/translate/pt.js"),
  },
  edit: {
    en: () => import("./core-locales/edit/en.js"),
    es: () => import("./core-locales/edit/es.js"),
    fr: () => import("./core-locales/edit/fr.js"),
    pt: () => import("./core-locales/edit/pt.js"),
  },
} satisfies Record<string, Record<Lang, () => Promise<Pick<ViewerCoreMessages, "messages">>>>;

/** An area of core messages that a view loaded on demand needs. */
export type ViewArea = keyof typeof VIEW_MESSAGES;

const loaded = new Map<Lang, PartialLocale>();
/** The view areas opened so far: a language loaded later fetches them too. */
const wanted = new Set<ViewArea>();
/** Each view area's messages by `area:lang`, once fetched. */
const areaMessages = new Map<string, PartialLocale["messages"]>();
/** Each language's locale with the view areas fetched so far merged in (dropped when more arrive). */
const merged = new Map<Lang, PartialLocale>();

/** The core's locale of `lang` as the first view uses it: the messages of its areas and the words around them. */
export async function loadCoreLocale(lang: Lang): Promise<PartialLocale> {
  const { messages, terms } = await CORE_MESSAGES[lang]();
  return { language: lang, name: LANG_NAMES[lang], messages, terms };
}

/** The messages of a view's area in `lang` (what a view's loader awaits, through {@link loadViewMessages}). */
export async function loadAreaMessages(area: ViewArea, lang: Lang): Promise<PartialLocale["messages"]> {
  return (await VIEW_MESSAGES[area][lang]()).messages;
}

async function fetchArea(area: ViewArea, lang: Lang): Promise<void> {
  if (areaMessages.has(`${area}:${lang}`)) return;
  areaMessages.set(`${area}:${lang}`, await loadAreaMessages(area, lang));
  merged.delete(lang);
}

/** Fetches the viewer's texts and the core's locale for `lang` (once each), with the view areas opened so far; rendering needs them. */
export async function loadLanguage(lang: Lang): Promise<void> {
  const [viewerTexts, locale] = await Promise.all([
    loadedTexts.get(lang) ?? VIEWER_TEXTS[lang](),
    loaded.get(lang) ?? loadCoreLocale(lang),
    ...[...wanted].map((area) => fetchArea(area, lang)),
  ]);
  loadedTexts.set(lang, viewerTexts);
  if (!loaded.has(lang)) {
    loaded.set(lang, locale);
    merged.delete(lang);
  }
}

/** Fetches the core messages a view loaded on demand shows, in `lang` and in every language loaded from now on. */
export async function loadViewMessages(area: ViewArea, lang: Lang): Promise<void> {
  wanted.add(area);
  await fetchArea(area, lang);
}

function coreLocale(lang: Lang): PartialLocale {
  const language = loaded.has(lang) ? lang : "en";
  const cached = merged.get(language);
  if (cached) return cached;
  const base = loaded.get(language);
  if (!base) throw new Error(`the core locale '${lang}' is not loaded: await loadLanguage first`);
  const extra = [...wanted].map((area) => areaMessages.get(`${area}:${language}`) ?? {});
  const locale = extra.length === 0 ? base : { ...base, messages: Object.assign({}, base.messages, ...extra) };
  merged.set(language, locale);
  return locale;
}

/** An issue's message, rendered by the core. */
export function issueMessage(issue: Pick<Issue, "code" | "params">, lang: Lang): string {
  return renderMessage(issue, coreLocale(lang));
}

/** A severity in words ("error" → "erreur"), from the core. */
export function severityWord(severity: Severity, lang: Lang): string {
  return renderSeverity(severity, coreLocale(lang));
}

/** A classification trace step, rendered by the core. */
export function traceMessage(step: TraceStep, lang: Lang): string {
  return renderTraceStep(step, coreLocale(lang));
}

/** A number as the language writes it (`0,45` in French, Spanish and Portuguese), by the core. */
export function numberText(n: number, lang: Lang): string {
  return formatNumber(n, coreLocale(lang));
}

/** A translation candidate's explanation, rendered by the core. */
export function explanationText(explanation: Explanation, lang: Lang): string {
  return renderExplanation(explanation, coreLocale(lang));
}

/**
 * A compared scale's relations in words, from the core (as `sevscale compare` says them):
 * `companionOf` ("threat scale of …") when it stands beside the scale that names it, and one line
 * per scale it names; `heading` is "Related scales".
 */
export function relatedText(alignment: Alignment, index: number, lang: Lang): { heading: string; companionOf?: string; names: string[] } {
  const terms = coreLocale(lang).terms;
  return { heading: terms.alignment.related, ...relatedWords(alignment.scales, index, terms.alignment, terms.colon) };
}

/** A translation relation in words, from the core. */
export function relationWord(relation: TranslationRelation, lang: Lang): string {
  return coreLocale(lang).terms.relation[relation];
}

/** A document's language map read in `lang`, else its default language, else its first text. */
export function textIn(map: Readonly<Record<string, string>> | undefined, lang: string, defaultLanguage: string): string {
  if (!map) return "";
  const own = (k: string): string | undefined => (Object.prototype.hasOwnProperty.call(map, k) && typeof map[k] === "string" ? map[k] : undefined);
  const regional = Object.keys(map).find((k) => k.toLowerCase().split("-")[0] === lang);
  return own(lang) ?? (regional !== undefined ? own(regional) : undefined) ?? own(defaultLanguage) ?? Object.values(map).find((v) => typeof v === "string") ?? "";
}
