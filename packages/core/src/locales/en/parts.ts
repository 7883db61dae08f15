/**
 * The English locale by area, for bundles that report only some areas: build a `PartialLocale` from
 * the parts you need instead of importing the whole locale.
 * @example
 * import { parseMessages, validateMessages, terms } from "@sevscale/core/locales/en/parts";
 * const locale: PartialLocale = { language: "en", name: "English", messages: { ...parseMessages, ...validateMessages }, terms };
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

/** English templates of reading a document: JSON syntax, size, depth, duplicate and forbidden keys (`safeParseJsonDocument`, `validateText`). */
export const parseMessages = parse;
/** English templates of validation: structure, meaning and report (`validateDocument`, `validateText`). */
export const validateMessages = validate;
/** English templates of classification: facts, results and trace steps (`classify`, `renderTrace`). */
export const classifyMessages = classify;
/** English templates of translation and comparison (`translate`, `compare`). */
export const translateMessages = translate;
/** English templates of assessments, including the meaning rules `validateText` applies to an assessment document. */
export const assessmentMessages = assessment;
/** English templates of canonical form, digests, signatures and keyrings (the canonical-form codes are also reported when `validateText` checks an assessment's pinned digest). */
export const integrityMessages = integrity;
/** English templates of registries: build, check, mirror. */
export const registryMessages = registry;
/** English templates of diff: issues and the changes between two versions (`diffDocuments`). */
export const diffMessages = diff;
/** English templates of the mapping audit (`auditMapping`). */
export const auditMessages = audit;
/** English templates of export and import (`@sevscale/core/export`). */
export const exportMessages = exportPart;
/** English words and sentence templates around messages: severities, quotation marks, relations, explanations, alignment exports, assessment threads. */
export const terms = messageTerms;
/** English words of pages and charts (`@sevscale/core/render`): a full locale's terms are `{ ...terms, render: renderTerms }`. */
export const renderTerms = renderPart;
