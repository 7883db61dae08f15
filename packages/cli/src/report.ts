/**
 * How every command reports issues, in text and JSON: one JSON shape for an issue
 * ({@link IssueJson}, documented in docs/cli.md) and one text layout for an issue line
 * ({@link issueLine}), for documents that failed to load, findings about files, and a command's
 * own inputs alike.
 */
import { coreLocale } from "./i18n.js";
import { escapeJsonText, renderMessage } from "@sevscale/core";
import type { Issue, LocatedIssue, Locate } from "@sevscale/core";
import type { LoadFailure } from "@sevscale/node";
import type { CommandContext } from "./context.js";
import { ExitCode } from "./exit-codes.js";
import type { Colors } from "./format.js";
import { colors, displayPath, paintSeverity, safeText } from "./format.js";
import type { CliIO } from "./io.js";
import { useColor } from "./io.js";

/** An issue as commands print it in JSON: the data, the message in the chosen language, and its place. */
export interface IssueJson {
  readonly code: string;
  readonly severity: Issue["severity"];
  readonly pointer: string;
  readonly message: string;
  readonly params: Issue["params"];
  /** The file the pointer points into, when the issue is about a file (relative to the working directory when inside it). */
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

/** An issue and the file it is about (undefined when it is about no file, e.g. a translation). */
export interface FiledIssue {
  readonly issue: LocatedIssue;
  readonly file?: string;
}

/** A path as shown to the user: relative to the working directory when inside it; `crs` as it is. */
export function shownPath(path: string, cwd: string): string {
  return path.startsWith("/") || /^[A-Za-z]:[\\/]/.test(path) ? displayPath(path, cwd) : path;
}

/** Codes about a member's name rather than its value: located at the key. */
const AT_KEY = new Set(["fact_unknown_dimension", "unknown_property"]);

/** Places an issue in a document by its pointer, unless it already has a line. */
export function locateIn(issue: Issue | LocatedIssue, locate: Locate | undefined): LocatedIssue {
  if ("line" in issue && issue.line !== undefined) return issue;
  const at = locate?.(issue.pointer, AT_KEY.has(issue.code) ? "key" : "value");
  return at ? { ...issue, line: at.line, column: at.column } : issue;
}

/** The JSON form of an issue. */
export function issueJson({ issue, file }: FiledIssue, lang: CommandContext["lang"]): IssueJson {
  return {
    code: issue.code,
    severity: issue.severity,
    pointer: issue.pointer,
    message: renderMessage(issue, coreLocale(lang)),
    params: issue.params,
    ...(file === undefined ? {} : { file }),
    ...(issue.line === undefined ? {} : { line: issue.line }),
    ...(issue.column === undefined ? {} : { column: issue.column }),
  };
}

/** One issue as a line: `file:line:column severity code message [pointer]`. */
export function issueLine(c: Colors, { issue, file }: FiledIssue, lang: CommandContext["lang"]): string {
  const where = file === undefined ? "" : `${safeText(file)}${issue.line === undefined ? "" : `:${issue.line}:${issue.column ?? 1}`} `;
  const pointer = issue.pointer === "" ? "" : c.dim(` [${safeText(issue.pointer)}]`);
  return `${where}${paintSeverity(c, issue.severity, coreLocale(lang))} ${c.bold(issue.code)} ${safeText(renderMessage(issue, coreLocale(lang)))}${pointer}`;
}

/** Writes issues to standard output, one {@link issueLine} each. */
export function printIssues(io: CliIO, issues: readonly FiledIssue[], lang: CommandContext["lang"]): void {
  const c = colors(useColor(io.stdout, io.env));
  for (const f of issues) io.stdout.write(`${issueLine(c, f, lang)}\n`);
}

/** Writes issues about the command's own inputs (a missing file, a bad key) to standard error, each `sevscale: ` and an {@link issueLine}. */
export function printInputProblems(io: CliIO, issues: readonly FiledIssue[], lang: CommandContext["lang"]): void {
  const c = colors(useColor(io.stderr, io.env));
  for (const f of issues) io.stderr.write(`sevscale: ${issueLine(c, f, lang)}\n`);
}

/** Codes that mean a command's input could not be read at all (exit 2), not that it has findings. */
const IO_CODES = new Set(["file_not_found", "file_unreadable", "not_a_directory_entry", "integrity_file_unreadable"]);

/** True when an issue says a file could not be read (exit 2 territory). */
export function isIoIssue(issue: Issue): boolean {
  return IO_CODES.has(issue.code);
}

/** Counts of errors and warnings among issues. */
export function tally(issues: readonly FiledIssue[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const f of issues) {
    if (f.issue.severity === "error") errors++;
    else if (f.issue.severity === "warning") warnings++;
  }
  return { errors, warnings };
}

/** Issues worth showing about a document that loaded: warnings (errors would have stopped it), no infos. */
export function noteworthy(issues: readonly LocatedIssue[], file: string): FiledIssue[] {
  return issues.filter((i) => i.severity !== "info").map((issue) => ({ issue, file }));
}

/** The issues of documents that failed to load, with their files. */
export function failureIssues(failures: readonly LoadFailure[], cwd: string): FiledIssue[] {
  return failures.flatMap((f) => f.issues.map((issue) => ({ issue, file: shownPath(f.path, cwd) })));
}

/** The exit code for documents that failed to load: 2 when any is missing or unreadable, else 1. */
export function failureExit(failures: readonly LoadFailure[]): ExitCode {
  return failures.some((f) => f.io) ? ExitCode.Usage : ExitCode.Findings;
}

/**
 * A JSON value, pretty-printed, as printed by every command: control and bidirectional characters
 * in strings written as `\uXXXX` escapes (same value once parsed, nothing a terminal would act on).
 */
export function jsonText(value: unknown): string {
  return `${escapeJsonText(JSON.stringify(value, null, 2))}\n`;
}

/** Writes a JSON value, pretty-printed, as the whole of standard output. */
export function writeJson(ctx: CommandContext, value: unknown): void {
  ctx.io.stdout.write(jsonText(value));
}

/**
 * Reports documents that failed to load and returns the exit code: in JSON, the command's own
 * shape (`empty`) with the issues, so a script always gets one JSON object; in text, one line per
 * issue on standard error.
 */
export function reportLoadFailures(
  ctx: CommandContext,
  c: Colors,
  format: unknown,
  failures: readonly LoadFailure[],
  empty: Record<string, unknown>,
): ExitCode {
  const filed = failureIssues(failures, ctx.io.cwd);
  if (format === "json") writeJson(ctx, { ...empty, issues: filed.map((f) => issueJson(f, ctx.lang)) });
  else for (const f of filed) ctx.io.stderr.write(`sevscale: ${issueLine(c, f, ctx.lang)}\n`);
  return failureExit(failures);
}

/** The text of a language map in `lang`: that language, else the same primary language, else the document's default, else any. */
export function textIn(map: Readonly<Record<string, string>> | undefined, lang: string, defaultLanguage: string): string {
  if (map === undefined) return "";
  const own = (k: string) => (Object.prototype.hasOwnProperty.call(map, k) ? map[k] : undefined);
  const exact = own(lang);
  if (exact !== undefined) return exact;
  for (const k of Object.keys(map)) if (k.split("-")[0]!.toLowerCase() === lang) return map[k]!;
  return own(defaultLanguage) ?? Object.values(map)[0] ?? "";
}

/** Text from a document for one line of a terminal: control characters escaped, line breaks and tabs as spaces. */
export function oneLine(text: string): string {
  return safeText(text.replace(/[\t\r\n]+/g, " "));
}
