/** Every core locale, in the order of LANGUAGES: for generators and tests that cover all languages. */
import { LANGUAGES, type Language, type Locale } from "@sevscale/core";
import { en } from "@sevscale/core/locales/en";
import { es } from "@sevscale/core/locales/es";
import { fr } from "@sevscale/core/locales/fr";
import { pt } from "@sevscale/core/locales/pt";

const BY_LANGUAGE: Readonly<Record<Language, Locale>> = { en, es, fr, pt };

/** The core locales, one per language of LANGUAGES. */
export const ALL_LOCALES: readonly Locale[] = LANGUAGES.map((l) => BY_LANGUAGE[l]);
