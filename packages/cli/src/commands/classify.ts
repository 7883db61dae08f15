import { resolve } from "node:path";
import { compileClassifier, renderTrace, renderTraceStep } from "@sevscale/core";
import type { ClassifyResult, LocatedIssue, Locate, Scale } from "@sevscale/core";
import { loadDocument, writeFileAtomic } from "@sevscale/node";
import type { LoadFailure, LoadedDocument } from "@sevscale/node";
import type { CommandContext, CommandRun } from "../context.js";
import { parseLimits } from "../options.js";
import { ExitCode, UsageError } from "../exit-codes.js";
import { colors, safeText } from "../format.js";
import { cliTexts, coreLocale } from "../i18n.js";
import { useColor } from "../io.js";
import { readJsonInput } from "../read-input.js";
import type { FiledIssue } from "../report.js";
import { issueJson, issueLine, jsonText, noteworthy, oneLine, reportLoadFailures, shownPath, textIn, writeJson } from "../report.js";
import type { BatchFormat } from "../classify/batch.js";
import { ANSWERED, fileResultIssues, levelText } from "../classify/present.js";

/** The formats `--facts` can be read in: one incident (JSON), or a batch (NDJSON, CSV). */
type FactsFormat = "json" | BatchFormat;

/** Longest line (record) of a batch, in bytes, unless `--max-bytes` says otherwise: 1 MiB. */
const DEFAULT_RECORD_BYTES = 1024 * 1024;

/** The facts' format: as given, else from the file's extension (`.ndjson`/`.jsonl`, `.csv`), else one JSON object. */
export function factsFormatOf(given: unknown, factsArg: string | undefined): FactsFormat {
  if (given === "json" || given === "ndjson" || given === "csv") return given;
  const name = (factsArg ?? "").toLowerCase();
  if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) return "ndjson";
  if (name.endsWith(".csv")) return "csv";
  return "json";
}

/**
 * `sevscale classify <scale|crs> --facts <file|->`: the scale's own method (compiled once, see
 * `compileClassifier`) applied to one incident's facts, with the trace that explains the result;
 * to many incidents (`--facts incidents.ndjson|.csv`, one result per line); or to facts asked
 * question by question (`--interactive`).
 */
export const run: CommandRun = async (ctx, [scaleArg], options) => {
  const { io, lang } = ctx;
  const t = cliTexts(lang);
  const c = colors(useColor(io.stdout, io.env));
  const limits = parseLimits(options);
  const interactive = options["interactive"] === true;
  const factsArg = typeof options["facts"] === "string" ? options["facts"] : undefined;
  if (factsArg === undefined && !interactive) throw new UsageError(t.classifyNeedsFacts);
  const factsFormat = factsFormatOf(options["factsFormat"], factsArg);
  if (interactive && factsFormat !== "json") throw new UsageError(t.interactiveOneIncident);
  const assume = options["assume"] !== false;

  // `--facts -` typed at a terminal: say what is awaited rather than wait silently.
  if (factsArg === "-" && !interactive && (io.stdin as { isTTY?: boolean }).isTTY) io.stderr.write(`sevscale: ${factsFormat === "json" ? t.stdinFactsHint : t.stdinBatchHint}\n`);
  const scale = await loadDocument(scaleArg!, "scale", { cwd: io.cwd, ...limits });
  if (factsFormat !== "json") {
    if (!scale.ok) return reportLoadFailures(ctx, c, "text", [scale], {});
    const { runBatch } = await import("../classify/batch.js");
    return runBatch(ctx, {
      scale,
      scaleFile: shownPath(scale.path, io.cwd),
      input: factsArg!,
      inputFormat: factsFormat,
      format: options["format"] === "text" ? "text" : "json",
      assume,
      quiet: options["quiet"] === true,
      maxRecordBytes: limits.maxBytes ?? DEFAULT_RECORD_BYTES,
    });
  }

  const format = options["format"] === "json" ? "json" : "text";
  const empty = { level: null, trace: [] };
  const facts = factsArg === undefined ? undefined : await readJsonInput(factsArg, io, limits);
  const factsFile = factsArg === undefined ? t.answersName : factsArg === "-" ? t.stdinName : factsArg;
  const failures: LoadFailure[] = [];
  if (!scale.ok) failures.push(scale);
  if (facts !== undefined && !facts.ok) failures.push({ ok: false, path: factsFile, issues: facts.issues, io: facts.io });
  if (!scale.ok || (facts !== undefined && !facts.ok)) return reportLoadFailures(ctx, c, format, failures, empty);

  const classifier = compileClassifier(scale.document, { assume });
  let given: unknown = facts?.value ?? {};
  let factsIssues: readonly LocatedIssue[] = facts?.issues ?? [];
  let factsLocate: Locate | undefined = facts?.locate;
  if (interactive) {
    if (typeof given !== "object" || given === null || Array.isArray(given)) given = {};
    const { askQuestions } = await import("../classify/interactive.js");
    const asked = await askQuestions(ctx, scale.document, classifier, given as Record<string, unknown>);
    if ("cancelled" in asked) return ExitCode.Usage;
    given = asked.facts;
    // The answers replace the file: issues and places of the file no longer apply.
    factsIssues = [];
    factsLocate = undefined;
  }
  const result = classifier.classify(given);
  const scaleFile = shownPath(scale.path, io.cwd);
  const issues: FiledIssue[] = [
    ...factsIssues.map((issue) => ({ issue, file: factsFile })),
    ...fileResultIssues(result, { factsFile, ...(factsLocate === undefined ? {} : { factsLocate }), scaleFile, ...(scale.locate === undefined ? {} : { scaleLocate: scale.locate }) }),
    ...noteworthy(scale.issues, scaleFile),
  ];
  const code = ANSWERED.has(result.status) ? ExitCode.Ok : ExitCode.Findings;
  if (interactive && typeof options["saveFacts"] === "string") await saveFacts(ctx, options["saveFacts"], given);
  if (format === "json") {
    writeJson(ctx, { ...resultJson(result, issues, ctx), ...(interactive ? { facts: given } : {}) });
    return code;
  }
  io.stdout.write(resultText(scale, result, issues, ctx));
  if (interactive) io.stdout.write(`${c.bold(`${t.factsUsedHeading}${t.colon}`)}\n${jsonText(given)}`);
  return code;
};

/** Writes the facts of an interactive run (atomically: never a half-written file). */
async function saveFacts(ctx: CommandContext, file: string, facts: unknown): Promise<void> {
  const t = cliTexts(ctx.lang);
  try {
    await writeFileAtomic(resolve(ctx.io.cwd, file), jsonText(facts));
  } catch (error) {
    throw new UsageError(t.cannotSaveFacts(file, (error as { code?: string }).code ?? String(error)));
  }
  ctx.io.stderr.write(`sevscale: ${t.factsSaved(safeText(file))}\n`);
}

/** The JSON result of one incident: level, score, status, range, missing facts, trace and issues. */
function resultJson(result: ClassifyResult, issues: readonly FiledIssue[], ctx: CommandContext): Record<string, unknown> {
  return {
    level: result.level,
    ...(result.score === undefined ? {} : { score: result.score }),
    status: result.status,
    ...(result.sentinel === undefined ? {} : { sentinel: result.sentinel }),
    ...(result.range === undefined ? {} : { range: result.range }),
    ...(result.missing === undefined ? {} : { missing: result.missing }),
    trace: result.trace.map((step) => ({ ...step, message: renderTraceStep(step, coreLocale(ctx.lang)) })),
    issues: issues.map((i) => issueJson(i, ctx.lang)),
  };
}

/** The text result of one incident: level, score, range, what to answer, why, and the issues. */
function resultText(scale: LoadedDocument<Scale>, result: ClassifyResult, issues: readonly FiledIssue[], ctx: CommandContext): string {
  const { io, lang } = ctx;
  const t = cliTexts(lang);
  const c = colors(useColor(io.stdout, io.env));
  const out: string[] = [];
  out.push(`${c.bold(`${t.levelHeading}${t.colon}`)} ${levelText(scale.document, result, t, lang, c, useColor(io.stdout, io.env))}`);
  if (result.score !== undefined) out.push(`${c.bold(`${t.scoreHeading}${t.colon}`)} ${result.score}`);
  if (result.range !== undefined) out.push(`${c.bold(`${t.rangeHeading}${t.colon}`)} ${safeText(t.rangeText(result.range.atLeast?.code ?? null, result.range.atMost.code))}`);
  if (result.missing !== undefined) {
    out.push(`${c.bold(`${t.missingHeading}${t.colon}`)}`);
    for (const m of result.missing) out.push(`  ${safeText(`${oneLine(textIn(m.question, lang, scale.document.defaultLanguage))} (${m.dimension})`)}`);
  }
  if (result.trace.length > 0) {
    out.push(`${c.bold(`${t.whyHeading}${t.colon}`)}`);
    for (const line of renderTrace(result.trace, coreLocale(lang))) out.push(`  ${safeText(line)}`);
  }
  if (issues.length > 0) {
    out.push(`${c.bold(`${t.issuesHeading}${t.colon}`)}`);
    for (const i of issues) out.push(`  ${issueLine(c, i, lang)}`);
  }
  return `${out.join("\n")}\n`;
}
