/**
 * The CLI's languages: its own texts (`locales/<lang>.ts`) and the core's locale for issue
 * messages, chosen once per run. The list of languages is the core's `LANGUAGES`. Each language is
 * a chunk of its own, loaded by `loadLanguage` when a run needs it: start-up reads one language,
 * not four.
 */
import { LANGUAGES, isLanguage, languageOfTag, type Language, type Locale } from "@sevscale/core";
import type { CliTexts } from "./locales/en.js";

export type { CliTexts };

/** The languages of the CLI: the core's list. */
export const CLI_LANGUAGES = LANGUAGES;
export type CliLanguage = Language;

/** One language's words: the CLI's own texts and the core's locale. */
interface LanguagePack {
  readonly texts: CliTexts;
  readonly locale: Locale;
}

const loaders: Readonly<Record<Language, () => Promise<LanguagePack>>> = {
  en: () => Promise.all([import("./locales/en.js"), import("@sevscale/core/locales/en")]).then(([t, c]) => ({ texts: t.en, locale: c.en })),
  es: () => Promise.all([import("./locales/es.js"), import("@sevscale/core/locales/es")]).then(([t, c]) => ({ texts: t.es, locale: c.es })),
  fr: () => Promise.all([import("./locales/fr.js"), import("@sevscale/core/locales/fr")]).then(([t, c]) => ({ texts: t.fr, locale: c.fr })),
  pt: () => Promise.all([import("./locales/pt.js"), import("@sevscale/core/locales/pt")]).then(([t, c]) => ({ texts: t.pt, locale: c.pt })),
};
const loaded = new Map<Language, LanguagePack>();

/** Loads a language's texts and locale (once); `cliTexts` and `coreLocale` need it loaded. */
export async function loadLanguage(lang: CliLanguage): Promise<void> {
  if (!loaded.has(lang)) loaded.set(lang, await loaders[lang]());
}

function pack(lang: CliLanguage): LanguagePack {
  const found = loaded.get(lang);
  if (!found) throw new Error(`language ${lang} is not loaded: await loadLanguage("${lang}") first`);
  return found;
}

/** The CLI texts in a language (loaded by `loadLanguage`). */
export function cliTexts(lang: CliLanguage): CliTexts {
  return pack(lang).texts;
}

/** The core's locale (issue messages, trace, changes, explanations) in a language (loaded by `loadLanguage`). */
export function coreLocale(lang: CliLanguage): Locale {
  return pack(lang).locale;
}

/**
 * The language for this run: `--lang X` / `--lang=X` anywhere on the command line, else
 * SEVSCALE_LANG, else the POSIX locale (LC_ALL, then LC_MESSAGES, then LANG) when it names a
 * supported language, else English. An unsupported `--lang` value falls back to English here;
 * the argument parser then reports it.
 */
export function detectLanguage(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): CliLanguage {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") break;
    const value = a === "--lang" ? argv[i + 1] : a.startsWith("--lang=") ? a.slice(7) : undefined;
    if (value !== undefined) return isLanguage(value) ? value : "en";
  }
  const fromEnv = env["SEVSCALE_LANG"];
  if (isLanguage(fromEnv)) return fromEnv;
  const locale = env["LC_ALL"] || env["LC_MESSAGES"] || env["LANG"];
  return languageOfTag(locale) ?? "en";
}

/** True for a supported language code. */
export function isCliLanguage(value: string): value is CliLanguage {
  return isLanguage(value);
}
