/**
 * The CLI's languages: its own texts (`locales/<lang>.ts`) and the core's locale for issue
 * messages, chosen once per run. The list of languages is the core's `LANGUAGES`. Each language is
 * two chunks of its own, the CLI's texts (`loadTexts`, at start-up) and the core's locale
 * (`loadLanguage`, before a command that shows messages runs): start-up reads one language, not
 * four, and a command with nothing to report does not read the messages at all.
 */
import { LANGUAGES, isLanguage, languageOfTag, type Language, type Locale } from "@sevscale/core";
import type { CliTexts } from "./locales/en.js";

export type { CliTexts };

/** The languages of the CLI: the core's list. */
export const CLI_LANGUAGES = LANGUAGES;
export type CliLanguage = Language;

const texts: Readonly<Record<Language, () => Promise<CliTexts>>> = {
  en: () => import("./locales/en.js").then((m) => m.en),
  es: () => import("./locales/es.js").then((m) => m.es),
  fr: () => import("./locales/fr.js").then((m) => m.fr),
  pt: () => import("./locales/pt.js").then((m) => m.pt),
};
const locales: Readonly<Record<Language, () => Promise<Locale>>> = {
  en: () => import("@sevscale/core/locales/en").then((m) => m.en),
  es: () => import("@sevscale/core/locales/es").then((m) => m.es),
  fr: () => import("@sevscale/core/locales/fr").then((m) => m.fr),
  pt: () => import("@sevscale/core/locales/pt").then((m) => m.pt),
};
const loadedTexts = new Map<Language, CliTexts>();
const loadedLocales = new Map<Language, Locale>();

/**
 * Loads a language's CLI texts (once): what start-up needs for the argument parser and help. The
 * core's locale (issue messages) is a larger chunk, loaded by {@link loadLanguage} when a command
 * has messages to show.
 */
export async function loadTexts(lang: CliLanguage): Promise<void> {
  if (!loadedTexts.has(lang)) loadedTexts.set(lang, await texts[lang]());
}

/** Loads a language's texts and the core's locale (once); `cliTexts` and `coreLocale` need it loaded. */
export async function loadLanguage(lang: CliLanguage): Promise<void> {
  await loadTexts(lang);
  if (!loadedLocales.has(lang)) loadedLocales.set(lang, await locales[lang]());
}

/** What a language loaded into `loaded`; a programming error (never a user's) when it was not loaded. */
function loadedIn<T>(loaded: ReadonlyMap<Language, T>, lang: CliLanguage): T {
  const found = loaded.get(lang);
  if (!found) throw new Error(`language ${lang} is not loaded: await loadLanguage("${lang}") first`);
  return found;
}

/** The CLI texts in a language (loaded by `loadTexts` or `loadLanguage`). */
export function cliTexts(lang: CliLanguage): CliTexts {
  return loadedIn(loadedTexts, lang);
}

/** The core's locale (issue messages, trace, changes, explanations) in a language (loaded by `loadLanguage`). */
export function coreLocale(lang: CliLanguage): Locale {
  return loadedIn(loadedLocales, lang);
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
