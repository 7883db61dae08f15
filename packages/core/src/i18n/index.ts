export { LANGUAGES, isLanguage, languageOfTag } from "./languages.js";
export type { Language } from "./languages.js";
export type { ComparisonWords, Locale, MessageTerms, PartialLocale, PlaceholderKind, RenderTerms, Terms, ValueKind, ValueWords } from "./locale.js";
export type { NumberLocale } from "./number.js";
export { formatNumber, formatNumeral } from "./number.js";
export { defineLocale } from "./locale.js";
export type { Placeholders, ParamsOf, TemplatesOf } from "./templates.js";
export { templates } from "./templates.js";
