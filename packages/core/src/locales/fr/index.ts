/**
 * The French locale: every message and term of sevscale in French.
 * @example import { fr } from "@sevscale/core/locales/fr"; renderMessage(issue, fr);
 * @packageDocumentation
 */
import { defineLocale } from "../../i18n/locale.js";
import { assessment } from "./assessment.js";
import { classify } from "./classify.js";
import { audit } from "./audit.js";
import { diff } from "./diff.js";
import { exportMessages } from "./export.js";
import { integrity } from "./integrity.js";
import { parse } from "./parse.js";
import { registry } from "./registry.js";
import { renderTerms } from "./render-terms.js";
import { terms } from "./terms.js";
import { translate } from "./translate.js";
import { validate } from "./validate.js";

/** French. */
export const fr = defineLocale({
  language: "fr",
  name: "Français",
  messages: { ...parse, ...validate, ...classify, ...translate, ...diff, ...integrity, ...registry, ...exportMessages, ...audit, ...assessment },
  terms: { ...terms, render: renderTerms },
});
