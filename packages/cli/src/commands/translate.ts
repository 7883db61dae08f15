import { formatNumber, intervalText, renderExplanation, translate } from "@sevscale/core";
import type { LocatedIssue, Mapping, Scale, TranslateResult } from "@sevscale/core";
import { loadDocument, loadMappingFor } from "@sevscale/node";
import type { LoadFailure, LoadResult } from "@sevscale/node";
import type { CommandContext, CommandRun } from "../context.js";
import { closestFirst } from "../closest.js";
import { readOptions } from "../options.js";
import { ExitCode } from "../exit-codes.js";
import { colors, safeText } from "../format.js";
import type { Colors } from "../format.js";
import { cliTexts, coreLocale } from "../i18n.js";
import { useColor } from "../io.js";
import type { FiledIssue } from "../report.js";
import { issueJson, issueLine, noteworthy, oneLine, reportLoadFailures, shownPath, textIn, writeJson } from "../report.js";

/** Codes that mean the source level itself cannot be translated (exit 1 even if nothing else is wrong). */
const UNTRANSLATABLE = new Set(["level_unknown", "level_is_sentinel", "level_not_mapped", "level_no_match"]);

interface Side {
  readonly scale: Scale;
  readonly mapping: Mapping;
  readonly scaleFile: string;
  readonly mappingFile: string;
  readonly builtInMapping: boolean;
  readonly notes: FiledIssue[];
}

async function loadSide(ctx: CommandContext, scaleArg: string, mappingArg: unknown, mappingOption: string, limits: ReturnType<typeof readOptions>): Promise<Side | LoadFailure> {
  const cwd = ctx.io.cwd;
  const scale = await loadDocument(scaleArg, "scale", limits);
  if (!scale.ok) return scale;
  const mapping: LoadResult<Mapping> = await loadMappingFor(scaleArg, scale.document, {
    ...limits,
    mappingOption,
    ...(typeof mappingArg === "string" ? { mapping: mappingArg } : {}),
  });
  if (!mapping.ok) return mapping;
  const scaleFile = shownPath(scale.path, cwd);
  const mappingFile = shownPath(mapping.path, cwd);
  return {
    scale: scale.document,
    mapping: mapping.document,
    scaleFile,
    mappingFile,
    builtInMapping: mapping.builtIn,
    notes: [...noteworthy(scale.issues, scaleFile), ...noteworthy(mapping.issues, mappingFile)],
  };
}

/**
 * `sevscale translate <level> --from <scale> --to <scale>`: the levels of the target scale that may
 * correspond to a level of the source scale, through both scales' mappings onto the reference scale.
 */
export const run: CommandRun = async (ctx, [levelCode], options) => {
  const { io, lang } = ctx;
  const t = cliTexts(lang);
  const c = colors(useColor(io.stdout, io.env));
  const format = options["format"];
  const limits = readOptions(io, options);

  const from = await loadSide(ctx, String(options["from"]), options["fromMapping"], "--from-mapping", limits);
  const to = await loadSide(ctx, String(options["to"]), options["toMapping"], "--to-mapping", limits);
  const failures = [from, to].filter((s): s is LoadFailure => "ok" in s);
  if (failures.length > 0) return reportLoadFailures(ctx, c, format, failures, { source: null, reference: null, candidates: [] });
  const a = from as Side;
  const b = to as Side;

  const result = translate(levelCode!, { scale: a.scale, mapping: a.mapping }, { scale: b.scale, mapping: b.mapping });
  const issues: FiledIssue[] = [...result.issues.map((issue) => ({ issue: withClosestLevels(issue, levelCode!, a.scale) })), ...a.notes, ...b.notes];
  const untranslatable = result.issues.some((i) => UNTRANSLATABLE.has(i.code));
  const code = result.candidates.length > 0 && !untranslatable ? ExitCode.Ok : ExitCode.Findings;

  if (format === "json") {
    writeJson(ctx, {
      source: result.source,
      reference: result.reference,
      candidates: result.candidates.map(({ explanation, ...rest }) => ({ ...rest, explanation: renderExplanation(explanation, coreLocale(lang)), explanationData: explanation })),
      mappings: { from: mappingName(a, t.builtInIdentity), to: mappingName(b, t.builtInIdentity) },
      issues: issues.map((i) => issueJson(i, lang)),
    });
    return code;
  }
  io.stdout.write(textReport(result, a, b, issues, lang, c));
  return code;
};

/**
 * A level that is not in the source scale gets the scale's level codes as `levels`, closest to the
 * one typed first (a typo shows its fix at the front); shown in text after the issue.
 */
function withClosestLevels(issue: LocatedIssue, typed: string, scale: Scale): LocatedIssue {
  if (issue.code !== "level_unknown") return issue;
  return { ...issue, params: { ...issue.params, levels: closestFirst(typed, scale.levels.map((l) => l.code)) } };
}

function mappingName(side: Side, identity: string): string {
  return side.builtInMapping ? identity : side.mappingFile;
}

function textReport(result: TranslateResult, a: Side, b: Side, issues: readonly FiledIssue[], lang: CommandContext["lang"], c: Colors): string {
  const t = cliTexts(lang);
  const out: string[] = [];
  const level = (scale: Scale, code: string, label: Readonly<Record<string, string>>) => {
    const text = oneLine(textIn(label, lang, scale.defaultLanguage));
    const shown = c.bold(oneLine(code));
    return text === "" || text === code ? shown : `${shown} — ${text}`;
  };
  const scaleName = (s: Scale) => oneLine(`${s.id}@${s.version}`);
  if (result.source) out.push(`${c.bold(`${t.translateSource}${t.colon}`)} ${scaleName(a.scale)} ${level(a.scale, result.source.code, result.source.label)}`);
  if (result.reference) {
    const r = result.reference;
    out.push(`${c.bold(`${t.translateReference}${t.colon}`)} ${oneLine(`${r.id}@${r.version}`)} ${intervalText(r)} (${r.relation}, ${t.confidenceWord} ${formatNumber(r.confidence, coreLocale(lang))})`);
  }
  if (result.source) {
    out.push(`${c.bold(`${t.translateCandidates(scaleName(b.scale))}${t.colon}`)}`);
    if (result.candidates.length === 0) out.push(`  ${t.noCandidates}`);
    for (const cand of result.candidates) {
      out.push(`  ${level(b.scale, cand.code, cand.label)}  ${c.cyan(coreLocale(lang).terms.relationShort[cand.relation])}  ${t.confidenceWord} ${formatNumber(cand.confidence, coreLocale(lang))}`);
      out.push(`    ${c.dim(safeText(renderExplanation(cand.explanation, coreLocale(lang))))}`);
    }
  }
  out.push(
    `${c.bold(`${t.mappingsUsed}${t.colon}`)} ${oneLine(a.scale.id)} ← ${safeText(mappingName(a, t.builtInIdentity))}${t.semicolon} ${oneLine(b.scale.id)} ← ${safeText(mappingName(b, t.builtInIdentity))}`,
  );
  if (issues.length > 0) {
    out.push(`${c.bold(`${t.issuesHeading}${t.colon}`)}`);
    for (const i of issues) {
      out.push(`  ${issueLine(c, i, lang)}`);
      const levels = i.issue.params["levels"];
      if (i.issue.code === "level_unknown" && Array.isArray(levels)) out.push(`    ${t.levelsClosestFirst(levels.map((l) => oneLine(String(l))).join(", "))}`);
    }
  }
  return `${out.join("\n")}\n`;
}
