import { clipText } from "../escape/escape.js";
import { MESSAGE_CATALOG } from "./catalog.js";
import type { Issue, IssueParams, MessageLanguage } from "./issue.js";

/** Items of a list parameter shown in a message; the rest are counted ("… 12 more"). */
export const MESSAGE_LIST_LIMIT = 20;
/** Characters of one parameter shown in a message; the rest is cut with "…". */
export const MESSAGE_PARAM_LIMIT = 200;

/**
 * A parameter as message text. Parameters often quote untrusted documents, so each is escaped
 * ({@link clipText}: control and bidirectional characters shown as `\uXXXX`) and bounded: a long
 * string is cut, a long list shows its first items and how many more, so one message stays short
 * whatever the document holds.
 */
function formatParam(value: IssueParams[string] | undefined): string {
  if (value === undefined) return "?";
  if (Array.isArray(value)) {
    const shown = value.slice(0, MESSAGE_LIST_LIMIT).map((v) => clipText(JSON.stringify(v), MESSAGE_PARAM_LIMIT));
    if (value.length > MESSAGE_LIST_LIMIT) shown.push(`… +${value.length - MESSAGE_LIST_LIMIT}`);
    return shown.join(", ");
  }
  return clipText(String(value), MESSAGE_PARAM_LIMIT);
}

/**
 * Fills `{name}` placeholders from params (each escaped and bounded, see `formatParam`); unknown
 * placeholders are left visible as `{name}`.
 */
export function fillTemplate(template: string, params: IssueParams): string {
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? formatParam(params[name]) : whole,
  );
}

/** Renders an issue's message in the given language (English when the code is unknown). */
export function renderMessage(issue: Pick<Issue, "code" | "params">, lang: MessageLanguage = "en"): string {
  const def = MESSAGE_CATALOG[issue.code];
  if (!def) return clipText(`${issue.code} ${JSON.stringify(issue.params)}`, MESSAGE_PARAM_LIMIT * 4);
  return fillTemplate(def[lang], issue.params);
}
