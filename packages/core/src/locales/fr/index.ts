/**
 * The French locale: every message and term of sevscale in French.
 * @example import { fr } from "@sevscale/core/locales/fr"; renderMessage(issue, fr);
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

/** French. */
export const fr = defineLocale({
  language: "fr",
  name: "Français",
  messages: { ...parseMessages, ...validateMessages, ...classifyMessages, ...translateMessages, ...diffMessages, ...integrityMessages, ...registryMessages, ...exportMessages, ...auditMessages, ...assessmentMessages },
  terms: { ...terms, render: renderTerms },
});
