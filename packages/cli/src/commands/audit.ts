/**
 * `sevscale audit <mapping>`: checks a mapping against its scales' own criteria through its
 * crosswalk (docs/audit.md). Exit 0 when every combination agrees, 1 when any disagrees (or the
 * mapping cannot be audited), 2 on usage or I/O errors.
 */
import { auditMapping, hasErrors, renderMessage, renderTrace, renderTraceStep, scaleResolverFor } from "@sevscale/core";
import type { AuditFinding, AuditResult, Scale } from "@sevscale/core";
import { STDIN_PATH, loadDocument, loadScaleFor } from "@sevscale/node";
import type { LoadFailure } from "@sevscale/node";
import type { CommandContext, CommandRun } from "../context.js";
import { ExitCode } from "../exit-codes.js";
import { colors, safeText } from "../format.js";
import type { Colors } from "../format.js";
import { cliTexts, coreLocale } from "../i18n.js";
import { useColor } from "../io.js";
import { phaseLabel, progressLine, progressOption } from "./_progress.js";
import { readOptions } from "../options.js";
import { replayStdin } from "../read-input.js";
import type { FiledIssue } from "../report.js";
import { issueJson, issueLine, noteworthy, oneLine, reportLoadFailures, shownPath, writeJson } from "../report.js";

const EMPTY = { mapping: null, subject: null, object: null, checked: 0, total: 0, findings: [] };

/** Loads the mapping and both scales; the mapping is validated against them (crosswalk rules included). */
async function loadAll(ctx: CommandContext, mappingArg: string, options: Record<string, unknown>) {
  const base = readOptions(ctx.io, options);
  // A mapping from standard input is loaded twice (before and after its scales are known): read it once, replay it.
  const replay = mappingArg === STDIN_PATH ? await replayStdin(ctx.io, base) : undefined;
  if (replay !== undefined && !replay.ok) return { failures: [{ ok: false, path: STDIN_PATH, issues: replay.issues, io: replay.io }] as LoadFailure[] };
  // A getter: every load (and every spread of these options) takes a fresh stream of the same bytes.
  const limits = replay === undefined ? base : { ...base, get stdin() { return replay.stdin(); } };
  const first = await loadDocument(mappingArg, "mapping", limits);
  if (!first.ok) return { failures: [first] as LoadFailure[] };
  const scaleArg = typeof options["scale"] === "string" ? { scale: options["scale"] } : {};
  const subject = await loadScaleFor(mappingArg, first.document, "subject", { ...limits, ...scaleArg });
  const object = await loadScaleFor(mappingArg, first.document, "object", limits);
  const failures = [subject, object].filter((r): r is LoadFailure => !r.ok);
  if (failures.length > 0 || !subject.ok || !object.ok) return { failures };
  const resolve = scaleResolverFor([subject.document, object.document]);
  const mapping = await loadDocument(mappingArg, "mapping", { ...limits, resolveScale: resolve });
  if (!mapping.ok) return { failures: [mapping] as LoadFailure[] };
  const notes: FiledIssue[] = [
    ...noteworthy(mapping.issues, shownPath(mapping.path, ctx.io.cwd)),
    ...(subject.builtIn ? [] : noteworthy(subject.issues, shownPath(subject.path, ctx.io.cwd))),
  ];
  return { failures: [] as LoadFailure[], mapping, subject: subject.document, object: object.document, notes };
}

export const run: CommandRun = async (ctx, [mappingArg], options) => {
  const { io, lang } = ctx;
  const c = colors(useColor(io.stdout, io.env));
  const format = options["format"];
  const loaded = await loadAll(ctx, mappingArg!, options);
  if (loaded.failures.length > 0 || !loaded.mapping) return reportLoadFailures(ctx, c, format, loaded.failures, EMPTY);

  // Up to the budget's combinations (100 000 by default): a progress line on a terminal, cleared before the report.
  const progress = progressLine(io);
  const t = cliTexts(lang);
  const result = auditMapping(loaded.mapping.document, loaded.subject!, loaded.object!, {
    ...(typeof options["budget"] === "number" ? { budget: options["budget"] } : {}),
    ...(typeof options["seed"] === "number" ? { seed: options["seed"] } : {}),
    ...progressOption(progress, (p) => phaseLabel(t, p.phase)),
  });
  progress?.clear();
  const issues: FiledIssue[] = [...result.issues.map((issue) => ({ issue })), ...loaded.notes!];
  const code = result.disagreeing > 0 || hasErrors(result.issues) ? ExitCode.Findings : ExitCode.Ok;
  if (format === "json") {
    writeJson(ctx, auditJson(result, lang, issues));
    return code;
  }
  io.stdout.write(textReport(result, loaded.subject!, loaded.object!, issues, lang, c));
  return code;
};

function auditJson(result: AuditResult, lang: CommandContext["lang"], issues: readonly FiledIssue[]) {
  const locale = coreLocale(lang);
  const steps = (trace: AuditFinding["examples"][number]["nationalTrace"]) => trace.map((s) => ({ ...s, message: renderTraceStep(s, locale) }));
  return {
    ...result,
    findings: result.findings.map((f) => ({
      ...f,
      message: renderMessage(f.issue, locale),
      examples: f.examples.map((e) => ({ facts: e.facts, nationalTrace: steps(e.nationalTrace), referenceTrace: steps(e.referenceTrace) })),
    })),
    issues: issues.map((i) => issueJson(i, lang)),
  };
}

function textReport(result: AuditResult, subject: Scale, object: Scale, issues: readonly FiledIssue[], lang: CommandContext["lang"], c: Colors): string {
  const t = cliTexts(lang);
  const locale = coreLocale(lang);
  const out: string[] = [];
  const name = (x: { id: string; version: string }) => oneLine(`${x.id}@${x.version}`);
  out.push(c.bold(t.auditHeading(name(result.mapping), name(subject), name(object))));
  if (result.checked > 0) {
    out.push(t.auditChecked(result.checked, result.total, result.exhaustive, result.seed));
    out.push(t.auditCounts(result.agreeing, result.disagreeing, result.undecided));
    out.push(result.findings.length === 0 ? c.green(t.auditClean) : c.bold(`${t.auditFindings(result.findings.length + result.findingsOmitted)}${t.colon}`));
  }
  for (const f of result.findings) {
    const cell = f.cell.map((v) => `${v.dimension}=${v.value}`).join(" × ");
    out.push(`  ${c.red("✗")} ${c.bold(oneLine(cell))}`);
    out.push(`    ${safeText(renderMessage(f.issue, locale))}`);
    const ex = f.examples[0];
    if (!ex) continue;
    out.push(`    ${t.auditExample}${t.colon} ${safeText(JSON.stringify(ex.facts))}`);
    out.push(`    ${c.bold(`${t.auditNationalTrace(name(subject))}${t.colon}`)}`);
    for (const line of renderTrace(ex.nationalTrace, locale)) out.push(`      ${safeText(line)}`);
    out.push(`    ${c.bold(`${t.auditReferenceTrace(name(object))}${t.colon}`)}`);
    for (const line of renderTrace(ex.referenceTrace, locale)) out.push(`      ${safeText(line)}`);
  }
  if (result.findingsOmitted > 0) out.push(`  ${t.auditOmitted(result.findingsOmitted)}`);
  if (issues.length > 0) {
    out.push(`${c.bold(`${t.issuesHeading}${t.colon}`)}`);
    for (const i of issues) out.push(`  ${issueLine(c, i, lang)}`);
  }
  return `${out.join("\n")}\n`;
}
