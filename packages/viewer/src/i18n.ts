/**
 * Languages of the viewer: its own texts (./locales) and the one adapter to the core's messages,
 * so that moving the core to locale modules changes this file only.
 */
import { renderMessage, renderTraceStep } from "@sevscale/core";
import type { Issue, MessageLanguage, TraceStep } from "@sevscale/core";
import { en } from "./locales/en.js";
import { es } from "./locales/es.js";
import { fr } from "./locales/fr.js";
import { pt } from "./locales/pt.js";
import type { ViewerTexts } from "./locales/types.js";

/** The languages the viewer speaks. */
export const LANGS = ["en", "es", "fr", "pt"] as const;
/** One of {@link LANGS}. */
export type Lang = (typeof LANGS)[number];

const TEXTS: Record<Lang, ViewerTexts> = { en, es, fr, pt };

/** Each language's name in itself, for the switch. */
export const LANG_NAMES: Record<Lang, string> = { en: "English", es: "Español", fr: "Français", pt: "Português" };

/** The viewer's texts in `lang`. */
export function texts(lang: Lang): ViewerTexts {
  return TEXTS[lang];
}

/** The first of the browser's preferred languages the viewer speaks (by primary subtag), else English. */
export function preferredLang(preferences: readonly string[]): Lang {
  for (const tag of preferences) {
    const primary = tag.toLowerCase().split("-")[0];
    const found = LANGS.find((l) => l === primary);
    if (found) return found;
  }
  return "en";
}

/**
 * The language the core renders `lang` in. The core has English and Spanish catalogues today;
 * French and Portuguese fall back to English until its locale modules land.
 */
export function coreLang(lang: Lang): MessageLanguage {
  return lang === "es" ? "es" : "en";
}

/** True when core messages are not in `lang` (the page says so). */
export function coreFallsBack(lang: Lang): boolean {
  return coreLang(lang) !== lang;
}

/** An issue's message, rendered by the core. */
export function issueMessage(issue: Pick<Issue, "code" | "params">, lang: Lang): string {
  return renderMessage(issue, coreLang(lang));
}

/** A classification trace step, rendered by the core. */
export function traceMessage(step: TraceStep, lang: Lang): string {
  return renderTraceStep(step, coreLang(lang));
}

/** A core text in each language it renders (e.g. a translation's explanation), picked for `lang`. */
export function coreText(text: { readonly en: string; readonly es: string }, lang: Lang): string {
  return text[coreLang(lang)];
}

/** A document's language map read in `lang`, else its default language, else its first text. */
export function textIn(map: Readonly<Record<string, string>> | undefined, lang: string, defaultLanguage: string): string {
  if (!map) return "";
  const own = (k: string): string | undefined => (Object.prototype.hasOwnProperty.call(map, k) && typeof map[k] === "string" ? map[k] : undefined);
  const regional = Object.keys(map).find((k) => k.toLowerCase().split("-")[0] === lang);
  return own(lang) ?? (regional !== undefined ? own(regional) : undefined) ?? own(defaultLanguage) ?? Object.values(map).find((v) => typeof v === "string") ?? "";
}
