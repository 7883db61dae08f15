/**
 * The Spanish locale: every message and term of sevscale in Spanish.
 * @example import { es } from "@sevscale/core/locales/es"; renderMessage(issue, es);
 * @packageDocumentation
 */
import { defineLocale } from "../../i18n/locale.js";
import { assessmentMessages } from "./assessment.js";
import { classifyMessages } from "./classify.js";
import { auditMessages } from "./audit.js";
import { diffMessages } from "./diff.js";
import { exportMessages } from "./export.js";
import { integrityMessages } from "./integrity.js";
import { parseMessages } from "./parse.js";
import { registryMessages } from "./registry.js";
import { renderTerms } from "./render-terms.js";
import { terms } from "./terms.js";
import { translateMessages } from "./translate.js";
import { validateMessages } from "./validate.js";

/** Spanish. */
export const es = defineLocale({
  language: "es",
  name: "Español",
  messages: { ...parseMessages, ...validateMessages, ...classifyMessages, ...translateMessages, ...diffMessages, ...integrityMessages, ...registryMessages, ...exportMessages, ...auditMessages, ...assessmentMessages },
  terms: { ...terms, render: renderTerms },
});
