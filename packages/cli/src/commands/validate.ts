import type { LocatedIssue } from "@sevscale/core";
import { STDIN_PATH, collectJsonFiles, validateFiles } from "@sevscale/node";
import type { CommandRun } from "../context.js";
import { parseLimits } from "../options.js";
import { ExitCode } from "../exit-codes.js";
import { colors, displayPath, safeText } from "../format.js";
import { cliTexts } from "../i18n.js";
import type { FiledIssue } from "../report.js";
import { issueJson, jsonText, printInputProblems, printIssues, tally } from "../report.js";
import { useColor } from "../io.js";
import { phaseLabel, progressLine, progressOption } from "./_progress.js";

/** `sevscale validate <paths...>`: structure and meaning of every document, with positions. */
export const run: CommandRun = async ({ io, lang }, paths, options) => {
  const t = cliTexts(lang);
  // `-` is standard input, read by the one loader like any file.
  const stdin = paths.includes(STDIN_PATH) ? [STDIN_PATH] : [];
  const { files, missing, problems } = await collectJsonFiles(paths.filter((p) => p !== STDIN_PATH), io.cwd);
  printInputProblems(io, missing.map((m) => ({ file: m, issue: { code: "file_not_found", severity: "error", pointer: "", params: { path: m } } })), lang);
  if (files.length === 0 && stdin.length === 0 && missing.length === 0 && problems.length === 0) {
    io.stderr.write(`sevscale: ${t.noFiles(safeText(paths.join(", ")))}\n`);
    return ExitCode.Usage;
  }
  // Many documents (a folder): a progress line on a terminal, cleared before the report.
  const progress = files.length + stdin.length > 1 ? progressLine(io) : undefined;
  const validated = await validateFiles([...files, ...stdin], { ...parseLimits(options), stdin: io.stdin, ...progressOption(progress, (p) => phaseLabel(t, p.phase)) });
  progress?.clear();
  // Folders that could not be read and links not followed are reported like files that failed.
  const reports = [...problems.map((p) => ({ path: p.path, kind: null, valid: false, issues: [p.issue] as readonly LocatedIssue[] })), ...validated];

  // One issue shape and one line layout, as every command prints them (report.ts, docs/cli.md).
  const filed = reports.map((r) => ({ r, issues: r.issues.map((issue): FiledIssue => ({ issue, file: displayPath(r.path, io.cwd) })) }));
  if (options["format"] === "json") {
    const json = {
      files: filed.map(({ r, issues }) => ({ path: displayPath(r.path, io.cwd), kind: r.kind, valid: r.valid, issues: issues.map((f) => issueJson(f, lang)) })),
    };
    io.stdout.write(jsonText(json));
  } else {
    const c = colors(useColor(io.stdout, io.env));
    printIssues(io, filed.flatMap((f) => f.issues), lang);
    const { errors, warnings } = tally(filed.flatMap((f) => f.issues));
    const line = t.summary(reports.length, errors, warnings);
    io.stdout.write(`${errors > 0 ? c.red(line) : warnings > 0 ? c.yellow(line) : c.green(line)}\n`);
  }
  if (missing.length > 0) return ExitCode.Usage;
  return reports.every((r) => r.valid) ? ExitCode.Ok : ExitCode.Findings;
};
