/**
 * The French locale by area, for bundles that report only some areas: build a `PartialLocale` from
 * the parts you need instead of importing the whole locale.
 * @example
 * import { parseMessages, validateMessages, terms } from "@sevscale/core/locales/fr/parts";
 * const locale: PartialLocale = { language: "fr", name: "Français", messages: { ...parseMessages, ...validateMessages }, terms };
 * @packageDocumentation
 */
import { parse } from "./parse.js";
import { validate } from "./validate.js";
import { classify } from "./classify.js";
import { translate } from "./translate.js";
import { assessment } from "./assessment.js";
import { integrity } from "./integrity.js";
import { registry } from "./registry.js";
import { diff } from "./diff.js";
import { audit } from "./audit.js";
import { exportMessages as exportPart } from "./export.js";
import { renderTerms as renderPart } from "./render-terms.js";
import { terms as messageTerms } from "./terms.js";

/** French templates of reading a document: JSON syntax, size, depth, duplicate and forbidden keys (`safeParseJsonDocument`, `validateText`). */
export const parseMessages = parse;
/** French templates of validation: structure, meaning and report (`validateDocument`, `validateText`). */
export const validateMessages = validate;
/** French templates of classification: facts, results and trace steps (`classify`, `renderTrace`). */
export const classifyMessages = classify;
/** French templates of translation and comparison (`translate`, `compare`). */
export const translateMessages = translate;
/** French templates of assessments, including the meaning rules `validateText` applies to an assessment document. */
export const assessmentMessages = assessment;
/** French templates of canonical form, digests, signatures and keyrings (the canonical-form codes are also reported when `validateText` checks an assessment's pinned digest). */
export const integrityMessages = integrity;
/** French templates of registries: build, check, mirror. */
export const registryMessages = registry;
/** French templates of diff: issues and the changes between two versions (`diffDocuments`). */
export const diffMessages = diff;
/** French templates of the mapping audit (`auditMapping`). */
export const auditMessages = audit;
/** French templates of export and import (`@sevscale/core/export`). */
export const exportMessages = exportPart;
/** French words and sentence templates around messages: severities, quotation marks, relations, explanations, alignment exports, assessment threads. */
export const terms = messageTerms;
/** French words of pages and charts (`@sevscale/core/render`): a full locale's terms are `{ ...terms, render: renderTerms }`. */
export const renderTerms = renderPart;
