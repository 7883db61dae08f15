/**
 * The Spanish locale by area, for bundles that report only some areas: build a `PartialLocale` from
 * the parts you need instead of importing the whole locale.
 * Each part is re-exported from its own module (where its summary is), so a bundler that splits
 * chunks keeps every part where it is used.
 * @example
 * import { parseMessages, validateMessages, terms } from "@sevscale/core/locales/es/parts";
 * const locale: PartialLocale = { language: "es", name: "Español", messages: { ...parseMessages, ...validateMessages }, terms };
 * @packageDocumentation
 */
export { parseMessages } from "./parse.js";
export { validateMessages } from "./validate.js";
export { classifyMessages } from "./classify.js";
export { translateMessages } from "./translate.js";
export { assessmentMessages } from "./assessment.js";
export { integrityMessages } from "./integrity.js";
export { registryMessages } from "./registry.js";
export { diffMessages } from "./diff.js";
export { auditMessages } from "./audit.js";
export { exportMessages } from "./export.js";
export { terms } from "./terms.js";
export { renderTerms } from "./render-terms.js";
