import { clipText } from "../escape/escape.js";
import type { MessageTerms, PartialLocale } from "../i18n/locale.js";
import { formatNumber, formatNumeral } from "../i18n/number.js";
import type { Issue, IssueParams } from "./issue.js";

/** Items of a list parameter shown in a message; the rest are counted ("… +12"). */
export const MESSAGE_LIST_LIMIT = 20;
/** Characters of one parameter shown in a message; the rest is cut with "…". */
export const MESSAGE_PARAM_LIMIT = 200;

/** The words {@link fillTemplate} takes from a locale: quotation marks, decimal separator, words for values. */
export type TemplateTerms = Pick<MessageTerms, "quotes" | "decimal" | "singular" | "values">;

/** Without a locale's terms, list items are quoted and numbers written the English way. */
const PLAIN: Pick<MessageTerms, "quotes" | "decimal" | "singular"> = { quotes: ["\u201c", "\u201d"], decimal: ".", singular: "1" };

/** True when a count takes the singular form in a locale (`terms.singular`). */
const isSingular = (count: number, terms: Pick<MessageTerms, "singular">): boolean => (terms.singular === "1" ? count === 1 : Math.abs(count) < 2);

/**
 * A parameter as message text. Parameters often quote untrusted documents, so each is escaped
 * ({@link clipText}: control and bidirectional characters shown as `\uXXXX`) and bounded: a long
 * string is cut, a long list shows its first items and how many more, so one message stays short
 * whatever the document holds. A list's strings are shown in the locale's quotation marks
 * (“a”, “b”; « a », « b »), its numbers bare. Numbers are in the locale's form (`0,56`,
 * see {@link formatNumber}).
 */
function formatParam(value: IssueParams[string] | undefined, terms: Pick<MessageTerms, "quotes" | "decimal">): string {
  if (value === undefined) return "?";
  if (typeof value === "number") return formatNumber(value, { terms });
  if (Array.isArray(value)) {
    const [open, close] = terms.quotes;
    const shown = value.slice(0, MESSAGE_LIST_LIMIT).map((v) => (typeof v === "string" ? `${open}${clipText(v, MESSAGE_PARAM_LIMIT)}${close}` : formatNumber(v, { terms })));
    if (value.length > MESSAGE_LIST_LIMIT) shown.push(`… +${value.length - MESSAGE_LIST_LIMIT}`);
    return shown.join(", ");
  }
  return clipText(String(value), MESSAGE_PARAM_LIMIT);
}

/**
 * Fills a template's placeholders from params; a placeholder naming no param is left visible.
 *
 * - `{name}`: the param, escaped and bounded (see `formatParam`): numbers in the locale's form
 *   (`0,56`), list items in its quotation marks (« a », « b »).
 * - `{name:kind}`: a value that has a word in `terms.values[kind]` as that word (`{required:bump}`
 *   with `major` → "majeur"), any other value as `{name}` would; `{name:number}` shows a decimal
 *   numeral given as text (`"0.15"`) with the locale's separator (see {@link formatNumeral}).
 * - `{name|one|other}`: the form that agrees with the count `name`, by the locale's rule
 *   (`terms.singular`); the count itself is not printed, so a template writes
 *   `{checked} {checked|incident|incidents}`, and may make any word agree (`{count|a|ont} été`).
 *   A list agrees with its length (`{missing|option|options} {missing}`); any other value that is not a
 *   number takes the second form.
 *
 * @example fillTemplate("{n} {n|erreur|erreurs}", { n: 0 }, fr.terms) // "0 erreur"
 */
export function fillTemplate(template: string, params: IssueParams, terms?: TemplateTerms): string {
  return template.replace(/\{([A-Za-z0-9_]+)(?::([A-Za-z]+)|\|([^{}|]*)\|([^{}|]*))?\}/g, (whole, name: string, kind?: string, one?: string, other?: string) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name];
    if (other !== undefined) {
      const count = Array.isArray(value) ? value.length : value;
      return typeof count === "number" && isSingular(count, terms ?? PLAIN) ? one! : other;
    }
    if (kind === "number" && typeof value === "string") return clipText(formatNumeral(value, { terms: terms ?? PLAIN }), MESSAGE_PARAM_LIMIT);
    const words = kind === undefined || terms === undefined ? undefined : (terms.values as unknown as Readonly<Record<string, Readonly<Record<string, string>> | undefined>>)[kind];
    if (words !== undefined && typeof value === "string" && Object.hasOwn(words, value)) return words[value]!;
    return formatParam(value, terms ?? PLAIN);
  });
}

/**
 * Renders a message (an issue, a trace step, a diff change) from its code and params in a
 * locale: `renderMessage(issue, es)`. A code the locale does not know renders as the code and
 * its params, so nothing is ever lost.
 */
export function renderMessage(message: Pick<Issue, "code" | "params">, locale: PartialLocale): string {
  const template = Object.hasOwn(locale.messages, message.code)
    ? (locale.messages as Readonly<Record<string, string>>)[message.code]
    : undefined;
  if (template === undefined) return clipText(`${message.code} ${JSON.stringify(message.params)}`, MESSAGE_PARAM_LIMIT * 4);
  return fillTemplate(template, message.params, locale.terms);
}

/** The word for a severity in a locale ("error" → "erreur"). */
export function renderSeverity(severity: Issue["severity"], locale: PartialLocale): string {
  return locale.terms.severity[severity];
}
