import { MESSAGE_CATALOG, classify, renderTrace, renderTraceStep } from "@sevscale/core";
import type { ClassifyResult, Scale } from "@sevscale/core";
import { loadDocument } from "@sevscale/node";
import type { LoadFailure } from "@sevscale/node";
import type { CommandRun } from "../context.js";
import { parseLimits } from "../options.js";
import { ExitCode } from "../exit-codes.js";
import { colors, safeText } from "../format.js";
import type { Colors } from "../format.js";
import { cliTexts, coreLocale } from "../i18n.js";
import { useColor } from "../io.js";
import { readJsonInput } from "../read-input.js";
import type { FiledIssue } from "../report.js";
import { issueJson, issueLine, locateIn, noteworthy, oneLine, reportLoadFailures, shownPath, textIn, writeJson } from "../report.js";
import { swatch } from "../terminal.js";

/** Statuses that are an answer: a level, a score, "an analyst decides", or a declared outcome outside the levels. */
const ANSWERED = new Set<ClassifyResult["status"]>(["determined", "score-only", "analyst-decides", "sentinel"]);

/**
 * `sevscale classify <scale|crs> --facts <file|->`: the scale's own method applied to one
 * incident's facts, with the trace that explains the result.
 */
export const run: CommandRun = async (ctx, [scaleArg], options) => {
  const { io, lang } = ctx;
  const t = cliTexts(lang);
  const c = colors(useColor(io.stdout, io.env));
  const format = options["format"];
  const limits = parseLimits(options);
  const empty = { level: null, trace: [] };

  const scale = await loadDocument(scaleArg!, "scale", { cwd: io.cwd, ...limits });
  const factsArg = String(options["facts"]);
  const facts = await readJsonInput(factsArg, io, limits);
  const factsFile = factsArg === "-" ? t.stdinName : factsArg;
  const failures: LoadFailure[] = [];
  if (!scale.ok) failures.push(scale);
  if (!facts.ok) failures.push({ ok: false, path: factsFile, issues: facts.issues, io: facts.io });
  if (!scale.ok || !facts.ok) return reportLoadFailures(ctx, c, format, failures, empty);

  const scaleFile = shownPath(scale.path, io.cwd);
  const result = classify(scale.document, facts.value, { assume: options["assume"] !== false });
  // Facts issues point into the facts; the others (a method that cannot be applied) into the scale.
  const issues: FiledIssue[] = [
    ...facts.issues.map((issue) => ({ issue, file: factsFile })),
    ...result.issues.map((issue) =>
      MESSAGE_CATALOG[issue.code]?.stage === "facts"
        ? { issue: locateIn(issue, facts.locate), file: factsFile }
        : { issue: locateIn(issue, scale.locate), file: scaleFile },
    ),
    ...noteworthy(scale.issues, scaleFile),
  ];
  const code = ANSWERED.has(result.status) ? ExitCode.Ok : ExitCode.Findings;

  if (format === "json") {
    writeJson(ctx, {
      level: result.level,
      ...(result.score === undefined ? {} : { score: result.score }),
      status: result.status,
      ...(result.sentinel === undefined ? {} : { sentinel: result.sentinel }),
      ...(result.range === undefined ? {} : { range: result.range }),
      ...(result.missing === undefined ? {} : { missing: result.missing }),
      trace: result.trace.map((step) => ({ ...step, message: renderTraceStep(step, coreLocale(lang)) })),
      issues: issues.map((i) => issueJson(i, lang)),
    });
    return code;
  }

  const out: string[] = [];
  out.push(`${c.bold(`${t.levelHeading}:`)} ${levelText(scale.document, result, t, lang, c, useColor(io.stdout, io.env))}`);
  if (result.score !== undefined) out.push(`${c.bold(`${t.scoreHeading}:`)} ${result.score}`);
  if (result.range !== undefined) out.push(`${c.bold(`${t.rangeHeading}:`)} ${safeText(t.rangeText(result.range.atLeast?.code ?? null, result.range.atMost.code))}`);
  if (result.missing !== undefined) {
    out.push(`${c.bold(`${t.missingHeading}:`)}`);
    for (const m of result.missing) out.push(`  ${safeText(`${oneLine(textIn(m.question, lang, scale.document.defaultLanguage))} (${m.dimension})`)}`);
  }
  if (result.trace.length > 0) {
    out.push(`${c.bold(`${t.whyHeading}:`)}`);
    for (const line of renderTrace(result.trace, coreLocale(lang))) out.push(`  ${safeText(line)}`);
  }
  if (issues.length > 0) {
    out.push(`${c.bold(`${t.issuesHeading}:`)}`);
    for (const i of issues) out.push(`  ${issueLine(c, i, lang)}`);
  }
  io.stdout.write(`${out.join("\n")}\n`);
  return code;
};

/** `C5 — Category 5` (label in the chosen language, else the scale's default), or why there is no level. */
function levelText(scale: Scale, result: ClassifyResult, t: ReturnType<typeof cliTexts>, lang: string, c: Colors, colour: boolean): string {
  if (result.sentinel !== undefined) {
    const sentinel = scale.sentinels?.find((x) => x.code === result.sentinel!.code);
    const label = oneLine(textIn(sentinel?.label, lang, scale.defaultLanguage));
    const code = oneLine(result.sentinel.code);
    return `${c.bold(code)}${label === "" || label === code ? "" : ` — ${label}`} ${t.noLevel.sentinel}`;
  }
  if (result.level === null) return t.noLevel[result.status];
  const level = scale.levels[result.level.rank];
  const label = oneLine(textIn(level?.label, lang, scale.defaultLanguage));
  const code = oneLine(result.level.code);
  const block = swatch(level?.color?.hex, colour);
  const head = `${block ? `${block.paint!(block.text)} ` : ""}${c.bold(code)}`;
  return label === "" || label === code ? head : `${head} — ${label}`;
}
