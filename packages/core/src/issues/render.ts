import { MESSAGE_CATALOG } from "./catalog.js";
import type { Issue, IssueParams, MessageLanguage } from "./issue.js";

function formatParam(value: IssueParams[string] | undefined): string {
  if (value === undefined) return "?";
  if (Array.isArray(value)) return value.map((v) => JSON.stringify(v)).join(", ");
  return String(value);
}

/** Fills `{name}` placeholders from params; unknown placeholders are left visible as `{name}`. */
export function fillTemplate(template: string, params: IssueParams): string {
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? formatParam(params[name]) : whole,
  );
}

/** Renders an issue's message in the given language (English when the code is unknown). */
export function renderMessage(issue: Pick<Issue, "code" | "params">, lang: MessageLanguage = "en"): string {
  const def = MESSAGE_CATALOG[issue.code];
  if (!def) return `${issue.code} ${JSON.stringify(issue.params)}`;
  return fillTemplate(def[lang], issue.params);
}
