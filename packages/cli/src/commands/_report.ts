/** Shared output of the integrity and registry commands: findings as text lines or JSON. */
import type { Issue } from "@sevscale/core";
import { coreLocale, type CliLanguage } from "../i18n.js";
import { renderMessage } from "@sevscale/core";
import type { Colors } from "../format.js";
import { colors, paintSeverity, safeText } from "../format.js";
import type { CliIO } from "../io.js";
import { useColor } from "../io.js";

/** A finding about a file: what the JSON output lists. */
export interface FileFinding {
  readonly path: string;
  readonly issue: Issue;
}

/** A finding as JSON output carries it: the issue plus its rendered message. */
export function findingJson(f: FileFinding, lang: CliLanguage): Record<string, unknown> {
  return { path: f.path, code: f.issue.code, severity: f.issue.severity, pointer: f.issue.pointer, params: f.issue.params, message: renderMessage(f.issue, coreLocale(lang)) };
}

/** One line per finding: `<path>[ <pointer>]: <severity> <code>: <message>`, terminal-safe. */
export function findingLine(c: Colors, f: FileFinding, lang: CliLanguage): string {
  const where = f.issue.pointer === "" ? f.path : `${f.path} ${f.issue.pointer}`;
  return `${safeText(where)}: ${paintSeverity(c, f.issue.severity, coreLocale(lang))} ${c.dim(f.issue.code)}: ${safeText(renderMessage(f.issue, coreLocale(lang)))}\n`;
}

/** Writes findings to stdout as lines. */
export function printFindings(io: CliIO, findings: readonly FileFinding[], lang: CliLanguage): void {
  const c = colors(useColor(io.stdout, io.env));
  for (const f of findings) io.stdout.write(findingLine(c, f, lang));
}

/** Writes findings about the command's own inputs (missing file, bad key) to stderr. */
export function printInputProblems(io: CliIO, findings: readonly FileFinding[], lang: CliLanguage): void {
  const c = colors(useColor(io.stderr, io.env));
  for (const f of findings) io.stderr.write(`sevscale: ${findingLine(c, f, lang)}`);
}

/** Codes that mean a command's input could not be read at all (exit 2), not that it has findings. */
const IO_CODES = new Set(["file_not_found", "file_unreadable", "not_a_directory_entry", "integrity_file_unreadable"]);

/** True when an issue says a file could not be read (exit 2 territory). */
export function isIoIssue(issue: Issue): boolean {
  return IO_CODES.has(issue.code);
}

/** Counts of errors and warnings among findings. */
export function tally(findings: readonly FileFinding[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.issue.severity === "error") errors++;
    else if (f.issue.severity === "warning") warnings++;
  }
  return { errors, warnings };
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/i;

/** Parses an RFC 3339 instant from an option; undefined when it is not one. */
export function parseInstant(value: string): Date | undefined {
  if (!INSTANT.test(value)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
