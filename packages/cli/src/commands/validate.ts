import { renderMessage } from "@sevscale/core";
import type { LocatedIssue } from "@sevscale/core";
import { collectJsonFiles, validateFiles } from "@sevscale/node";
import type { CommandRun } from "../context.js";
import { parseLimits } from "../options.js";
import { ExitCode } from "../exit-codes.js";
import { colors, displayPath, paintSeverity, safeText } from "../format.js";
import { cliTexts, coreLocale } from "../i18n.js";
import { jsonText } from "../report.js";
import { useColor } from "../io.js";

/** `sevscale validate <paths...>`: structure and meaning of every document, with positions. */
export const run: CommandRun = async ({ io, lang }, paths, options) => {
  const t = cliTexts(lang);
  const { files, missing, problems } = await collectJsonFiles(paths, io.cwd);
  for (const m of missing) io.stderr.write(`sevscale: ${safeText(renderMessage({ code: "file_not_found", params: { path: m } }, coreLocale(lang)))}\n`);
  if (files.length === 0 && missing.length === 0 && problems.length === 0) {
    io.stderr.write(`sevscale: ${t.noFiles(safeText(paths.join(", ")))}\n`);
    return ExitCode.Usage;
  }
  // Folders that could not be read and links not followed are reported like files that failed.
  const reports = [
    ...problems.map((p) => ({ path: p.path, kind: null, valid: false, issues: [p.issue] as readonly LocatedIssue[] })),
    ...(await validateFiles(files, parseLimits(options))),
  ];

  if (options["format"] === "json") {
    const json = {
      files: reports.map((r) => ({
        path: displayPath(r.path, io.cwd),
        kind: r.kind,
        valid: r.valid,
        issues: r.issues.map((i) => ({
          code: i.code,
          severity: i.severity,
          pointer: i.pointer,
          line: i.line ?? null,
          column: i.column ?? null,
          message: renderMessage(i, coreLocale(lang)),
          params: i.params,
        })),
      })),
    };
    io.stdout.write(jsonText(json));
  } else {
    const c = colors(useColor(io.stdout, io.env));
    for (const r of reports) {
      const path = displayPath(r.path, io.cwd);
      for (const i of r.issues) {
        const where = `${safeText(path)}:${i.line ?? 1}:${i.column ?? 1}`;
        const pointer = i.pointer === "" ? "" : c.dim(` [${safeText(i.pointer)}]`);
        io.stdout.write(`${where} ${paintSeverity(c, i.severity, coreLocale(lang))} ${c.bold(i.code)} ${safeText(renderMessage(i, coreLocale(lang)))}${pointer}\n`);
      }
    }
    const errors = reports.reduce((n, r) => n + r.issues.filter((i) => i.severity === "error").length, 0);
    const warnings = reports.reduce((n, r) => n + r.issues.filter((i) => i.severity === "warning").length, 0);
    const line = t.summary(reports.length, errors, warnings);
    io.stdout.write(`${errors > 0 ? c.red(line) : warnings > 0 ? c.yellow(line) : c.green(line)}\n`);
  }
  if (missing.length > 0) return ExitCode.Usage;
  return reports.every((r) => r.valid) ? ExitCode.Ok : ExitCode.Findings;
};
