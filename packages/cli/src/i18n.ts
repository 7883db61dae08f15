/**
 * The CLI's languages: its own texts (`locales/<lang>.ts`) and the core's locale for issue
 * messages, chosen once per run. The list of languages is the core's `LANGUAGES`.
 */
import { LANGUAGES, isLanguage, languageOfTag, type Language, type Locale } from "@sevscale/core";
import { en as coreEn } from "@sevscale/core/locales/en";
import { es as coreEs } from "@sevscale/core/locales/es";
import { fr as coreFr } from "@sevscale/core/locales/fr";
import { pt as corePt } from "@sevscale/core/locales/pt";
import { en, type CliTexts } from "./locales/en.js";
import { es } from "./locales/es.js";
import { fr } from "./locales/fr.js";
import { pt } from "./locales/pt.js";

export type { CliTexts };

/** The languages of the CLI: the core's list. */
export const CLI_LANGUAGES = LANGUAGES;
export type CliLanguage = Language;

const texts: Readonly<Record<Language, CliTexts>> = { en, es, fr, pt };
const coreLocales: Readonly<Record<Language, Locale>> = { en: coreEn, es: coreEs, fr: coreFr, pt: corePt };

/** The CLI texts in a language. */
export function cliTexts(lang: CliLanguage): CliTexts {
  return texts[lang];
}

/** The core's locale (issue messages, trace, changes, explanations) in a language. */
export function coreLocale(lang: CliLanguage): Locale {
  return coreLocales[lang];
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
