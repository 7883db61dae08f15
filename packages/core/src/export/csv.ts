/**
 * CSV of a scale's levels (RFC 4180), safe to open in a spreadsheet: a cell that a spreadsheet
 * would read as a formula is prefixed with `'`, control characters are escaped. Rules in
 * docs/exports.md ("CSV").
 */
import type { Scale } from "../model/scale.js";
import { pickText, type DeepReadonly } from "../translate/_internal.js";

/** The columns written, in order (a stable header for scripts). */
export const LEVEL_CSV_COLUMNS = ["rank", "code", "label", "definition", "colour", "notification", "significant"] as const;

/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection), tab and CR included. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell: control characters other than tab, CR and LF become `\uXXXX`, a cell starting like
 * a formula gets a leading `'`, and a cell with a comma, quote or line break is quoted (RFC 4180).
 * @example csvCell("=1+1") // "'=1+1"
 */
export function csvCell(value: string): string {
  let s = value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * The levels of `scale` as CSV, least severe first: rank (0 = least severe), code, label and
 * definition in `lang`, colour hex, notification deadline (ISO 8601 duration; with stages, each
 * stage's, "-" for none, joined by "; ") and whether the level
 * is at or above the significance threshold. CRLF line ends (RFC 4180).
 * @example scaleToCsv(uk, { lang: "es" }).split("\r\n")[0] // "rank,code,label,definition,colour,notification,significant"
 */
export function scaleToCsv(scale: DeepReadonly<Scale>, options: { readonly lang?: string } = {}): string {
  const lang = options.lang ?? scale.defaultLanguage;
  const text = (m: Readonly<Record<string, string>> | undefined) => pickText(m, lang, scale.defaultLanguage);
  const threshold = scale.significance ? scale.levels.findIndex((l) => l.code === scale.significance!.level) : -1;
  const rows = scale.levels.map((l, rank) => [
    String(rank),
    l.code,
    text(l.label),
    text(l.definition),
    l.color?.hex ?? "",
    notificationDeadlines(l.notification),
    threshold < 0 ? "" : String(rank >= threshold),
  ]);
  return [[...LEVEL_CSV_COLUMNS], ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** The notification column: the deadline, or each stage's deadline ("-" for none) joined by "; ". */
function notificationDeadlines(n: DeepReadonly<Scale>["levels"][number]["notification"]): string {
  if (n === undefined) return "";
  if (n.stages === undefined) return n.deadline ?? "";
  return n.stages.map((s) => s.deadline ?? "-").join("; ");
}
