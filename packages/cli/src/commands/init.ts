/**
 * `sevscale init [--answers <file>] [--out <dir>] [--force]`: a new scale from a wizard on the
 * terminal or from an answers file. Builds a draft scale and its mapping onto the reference
 * scale, validates both with the normal validation, and only then writes them (atomically, never
 * over an existing file without --force) to `<out>/scales/<name>.json` and
 * `<out>/mappings/<name>-to-crs.json`, the layout the other commands look for mappings in.
 */
import { stat, unlink } from "node:fs/promises";
import { join, resolve } from "node:path";
import { hasErrors, locateIssues, validateDocument } from "@sevscale/core";
import type { Issue, Language, LocatedIssue, Scale } from "@sevscale/core";
import { makeFolder, writeFileAtomic } from "@sevscale/node";
import type { CommandRun } from "../context.js";
import { ExitCode, UsageError } from "../exit-codes.js";
import { colors, safeText } from "../format.js";
import { cliTexts, loadLanguage } from "../i18n.js";
import { useColor } from "../io.js";
import { parseLimits } from "../options.js";
import { readJsonInput } from "../read-input.js";
import { issueJson, issueLine, shownPath, writeJson } from "../report.js";
import type { FiledIssue } from "../report.js";
import { checkAnswers } from "./init-answers.js";
import type { InitAnswers } from "./init-answers.js";
import { buildDraft, scaleId } from "./init-build.js";
import type { DraftWords } from "./init-build.js";

/** Exit code of a wizard the user cancelled (128 + SIGINT, as shells report Ctrl+C). */
export const EXIT_CANCELLED = 130;

/** The words of a draft in one language. */
function draftWords(lang: Language): DraftWords {
  const t = cliTexts(lang);
  return { title: t.initScaleTitle, mappingTitle: t.initMappingTitle, summary: t.initSummary };
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

export const run: CommandRun = async (ctx, _args, options) => {
  const { io, lang } = ctx;
  const t = cliTexts(lang);
  const json = options["format"] === "json";
  const c = colors(useColor(json ? io.stderr : io.stdout, io.env));
  const force = options["force"] === true;
  const out = resolve(io.cwd, (options["out"] as string | undefined) ?? ".");

  const report = (filed: readonly FiledIssue[], written: { scale: string; mapping: string } | null): void => {
    if (json) writeJson(ctx, { written, issues: filed.map((f) => issueJson(f, lang)) });
    else for (const f of filed) io.stderr.write(`sevscale: ${issueLine(c, f, lang)}\n`);
  };

  // 1. The answers: from a file, or asked on the terminal.
  let answers: InitAnswers;
  const answersFile = options["answers"] as string | undefined;
  if (answersFile !== undefined) {
    const file = answersFile === "-" ? t.stdinName : answersFile;
    const read = await readJsonInput(answersFile, io, parseLimits(options));
    if (!read.ok) {
      report(read.issues.map((issue) => ({ issue, file })), null);
      return read.io ? ExitCode.Usage : ExitCode.Findings;
    }
    const checked = checkAnswers(read.value);
    if (!checked.ok) {
      report(locateIssues(checked.issues, read.locate).map((issue) => ({ issue, file })), null);
      return ExitCode.Findings;
    }
    answers = checked.answers;
  } else {
    // With --format json, standard output is for the JSON: the questions go to standard error.
    const screen = json ? io.stderr : io.stdout;
    if (!(io.stdin as { isTTY?: boolean }).isTTY || !screen.isTTY) throw new UsageError(t.initNeedsTerminal);
    const { runWizard } = await import("./init-wizard.js");
    const asked = await runWizard({ ...io, stdout: screen }, t, lang);
    if (asked === undefined) return EXIT_CANCELLED;
    answers = asked;
  }

  // 2. The draft, validated before anything is written.
  const today = new Date().toISOString().slice(0, 10);
  // The draft's titles are written in each of the scale's languages: load their texts first.
  for (const language of answers.languages) await loadLanguage(language);
  const draft = buildDraft(answers, draftWords, today);
  const id = scaleId(answers);
  const name = id.slice(id.indexOf("/") + 1);
  const scalePath = join(out, "scales", `${name}.json`);
  const mappingPath = join(out, "mappings", `${name}-to-crs.json`);
  const scaleFile = shownPath(scalePath, io.cwd);
  const mappingFile = shownPath(mappingPath, io.cwd);
  const scaleResult = validateDocument(draft.scale, { kind: "scale" });
  const mappingResult = validateDocument(draft.mapping, {
    kind: "mapping",
    resolveScale: (wanted) => (wanted === id && scaleResult.valid ? (draft.scale as unknown as Scale) : undefined),
  });
  const shown = (issues: readonly Issue[], file: string): FiledIssue[] =>
    issues.filter((i) => i.severity !== "info").map((issue) => ({ issue: issue as LocatedIssue, file }));
  const filed = [...shown(scaleResult.issues, scaleFile), ...shown(mappingResult.issues, mappingFile)];
  if (hasErrors(scaleResult.issues) || hasErrors(mappingResult.issues)) {
    if (!json) io.stderr.write(`sevscale: ${t.initDraftInvalid}\n`);
    report(filed, null);
    return ExitCode.Findings;
  }

  // 3. Written only when neither file exists (or --force), each atomically.
  if (!force) for (const path of [scalePath, mappingPath]) if (await exists(path)) throw new UsageError(t.outputExists(shownPath(path, io.cwd)));
  let wroteScale = false;
  try {
    await makeFolder(join(out, "scales"));
    await makeFolder(join(out, "mappings"));
    await writeFileAtomic(scalePath, `${JSON.stringify(draft.scale, null, 2)}\n`, { overwrite: force });
    wroteScale = true;
    await writeFileAtomic(mappingPath, `${JSON.stringify(draft.mapping, null, 2)}\n`, { overwrite: force });
  } catch (error) {
    // A scale without its mapping is not what was asked for: take a new scale back (a replaced one cannot be).
    if (wroteScale && !force) await unlink(scalePath).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    // Anything else (a folder that cannot be made, no permission) is told as file_unwritable.
    if (code === "EEXIST") throw new UsageError(t.outputExists(shownPath((error as NodeJS.ErrnoException).path ?? out, io.cwd)));
    throw error;
  }

  report(filed, { scale: scaleFile, mapping: mappingFile });
  if (!json) {
    io.stdout.write(`${t.initWrote(safeText(scaleFile))}\n${t.initWrote(safeText(mappingFile))}\n\n${c.bold(t.initNext)}\n`);
    io.stdout.write(`${t.initNextSteps(safeText(scaleFile), safeText(mappingFile), safeText(name)).replace(/^/gm, "  ")}\n`);
  }
  return ExitCode.Ok;
};
