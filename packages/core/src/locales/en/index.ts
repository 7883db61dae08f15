/**
 * The English locale: every message and term of sevscale in English.
 * @example import { en } from "@sevscale/core/locales/en"; renderMessage(issue, en);
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

/** English. */
export const en = defineLocale({
  language: "en",
  name: "English",
  messages: { ...parse, ...validate, ...classify, ...translate, ...diff, ...integrity, ...registry, ...exportMessages, ...audit, ...assessment },
  terms: { ...terms, render: renderTerms },
});
