import type { Locale } from "../i18n/locale.js";
import type { Issue, IssueParams } from "./issue.js";

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

/**
 * Renders a message (an issue, a trace step, a diff change) from its code and params in a
 * locale: `renderMessage(issue, es)`. A code the locale does not know renders as the code and
 * its params, so nothing is ever lost.
 */
export function renderMessage(message: Pick<Issue, "code" | "params">, locale: Locale): string {
  const template = Object.prototype.hasOwnProperty.call(locale.messages, message.code)
    ? (locale.messages as Readonly<Record<string, string>>)[message.code]
    : undefined;
  if (template === undefined) return `${message.code} ${JSON.stringify(message.params)}`;
  return fillTemplate(template, message.params);
}

/** The word for a severity in a locale ("error" → "erreur"). */
export function renderSeverity(severity: Issue["severity"], locale: Locale): string {
  return locale.terms.severity[severity];
}
