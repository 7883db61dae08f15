/**
 * The Portuguese locale: every message and term of sevscale in Portuguese.
 * @example import { pt } from "@sevscale/core/locales/pt"; renderMessage(issue, pt);
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

/** Portuguese. */
export const pt = defineLocale({
  language: "pt",
  name: "Português",
  messages: { ...parseMessages, ...validateMessages, ...classifyMessages, ...translateMessages, ...diffMessages, ...integrityMessages, ...registryMessages, ...exportMessages, ...auditMessages, ...assessmentMessages },
  terms: { ...terms, render: renderTerms },
});
