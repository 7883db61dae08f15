/**
 * The languages sevscale speaks: the four working languages of the OAS. Declared once; the CLI's
 * `--lang` choices, locale detection, the docs tables and the tests derive from this list.
 */
export const LANGUAGES = ["en", "es", "fr", "pt"] as const;

/** A language sevscale has a locale for (BCP 47 primary subtag). */
export type Language = (typeof LANGUAGES)[number];

/** True when `value` is one of {@link LANGUAGES}. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The supported language a POSIX locale or BCP 47 tag asks for (`fr_CA.UTF-8` → `fr`,
 * `pt-BR` → `pt`), or undefined when it names none of {@link LANGUAGES}.
 */
export function languageOfTag(tag: string | undefined): Language | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_.@]/)[0];
  return isLanguage(primary) ? primary : undefined;
}
