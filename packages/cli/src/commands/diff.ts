import { renderMessage, bumpSatisfies, compileClassifier, diffDocuments, hasErrors, requiredVersion } from "@sevscale/core";
import type { Bump, DiffResult, LevelOracle, Mapping, Scale } from "@sevscale/core";
import { loadDocument, loadMappingFor } from "@sevscale/node";
import type { LoadFailure, LoadedDocument } from "@sevscale/node";
import type { CommandContext, CommandRun } from "../context.js";
import { readOptions } from "../options.js";
import { ExitCode } from "../exit-codes.js";
import { colors, safeText } from "../format.js";
import type { Colors } from "../format.js";
import { cliTexts, coreLocale } from "../i18n.js";
import { useColor } from "../io.js";
import type { FiledIssue } from "../report.js";
import { issueJson, issueLine, locateIn, noteworthy, oneLine, reportLoadFailures, shownPath, writeJson } from "../report.js";

/**
 * The classifier the diff uses to tell whether a method change can change an incident's level:
 * the compiled core classifier; for a score without cut-points, the rounded score is compared.
 */
const levelOf: LevelOracle = (scale) => {
  const classifier = compileClassifier(scale);
  return (facts) => {
    const r = classifier.classify(facts);
    return r.level?.code ?? r.score ?? null;
  };
};

const BUMPS: readonly Bump[] = ["major", "minor", "patch"];

/**
 * `sevscale diff <old> <new>`: what changed between two versions of a scale or mapping, the version
 * bump the changes require, and whether the new version declares at least that.
 */
export const run: CommandRun = async (ctx, [oldArg, newArg], options) => {
  const { io, lang } = ctx;
  const c = colors(useColor(io.stdout, io.env));
  const format = options["format"];
  const limits = readOptions(io, options);

  const a = await loadDocument(oldArg!, "scale-or-mapping", limits);
  const b = await loadDocument(newArg!, "scale-or-mapping", limits);
  const failures = [a, b].filter((r): r is LoadFailure => !r.ok);
  if (failures.length > 0) return reportLoadFailures(ctx, c, format, failures, { required: null, declared: null, changes: [] });
  const older = a as LoadedDocument<Scale | Mapping>;
  const newer = b as LoadedDocument<Scale | Mapping>;

  // Two ids: maybe a new edition, whose levels are compared by meaning too when both mappings are found.
  const mappings = older.document.kind === "scale" && newer.document.kind === "scale" && older.document.id !== newer.document.id
    ? await editionMappings(oldArg!, older.document, newArg!, newer.document, limits)
    : undefined;
  const result = diffDocuments(older.document, newer.document, { levelOf, ...(mappings ? { mappings } : {}) });
  const newFile = shownPath(newer.path, io.cwd);
  // Tracking checks are about the new version's fields: placed in the new file.
  const issues: FiledIssue[] = [
    ...result.issues.map((issue) => ({ issue: locateIn(issue, newer.locate), file: newFile })),
    ...noteworthy(older.issues, shownPath(older.path, io.cwd)),
    ...noteworthy(newer.issues, newFile),
  ];
  // A new edition starts its own version history: no bump applies across ids.
  const code = (result.edition !== undefined || bumpSatisfies(result.declared, result.required)) && !hasErrors(result.issues) ? ExitCode.Ok : ExitCode.Findings;
  // Across editions the two ids' version numbers are not compared: no minimum version either.
  const minimum = result.edition !== undefined ? null : requiredVersion(older.document.version, result.required);

  if (format === "json") {
    writeJson(ctx, {
      document: result.kind,
      version: { old: older.document.version, new: newer.document.version, minimum },
      required: result.required,
      declared: result.declared,
      changes: result.changes.map((ch) => ({ pointer: ch.pointer, kind: ch.kind, bump: ch.bump, code: ch.code, params: ch.params, message: renderMessage(ch, coreLocale(lang)) })),
      ...(result.example ? { example: result.example } : {}),
      ...(result.edition ? { edition: result.edition } : {}),
      issues: issues.map((i) => issueJson(i, lang)),
    });
    return code;
  }
  io.stdout.write(textReport(ctx, c, result, older.document, newer.document, minimum, issues));
  return code;
};

/** Both scales' mappings onto the reference scale, when both are found beside them (else undefined). */
async function editionMappings(oldArg: string, older: Scale, newArg: string, newer: Scale, limits: ReturnType<typeof readOptions>): Promise<{ old: Mapping; new: Mapping } | undefined> {
  const a = await loadMappingFor(oldArg, older, limits);
  const b = await loadMappingFor(newArg, newer, limits);
  return a.ok && b.ok ? { old: a.document, new: b.document } : undefined;
}

function textReport(
  { lang }: CommandContext,
  c: Colors,
  result: DiffResult,
  older: Scale | Mapping,
  newer: Scale | Mapping,
  minimum: string | null,
  issues: readonly FiledIssue[],
): string {
  const t = cliTexts(lang);
  // The codes (bumps, kinds) in words; the JSON output keeps the codes.
  const words = coreLocale(lang).terms.values;
  const edition = result.edition !== undefined;
  const enough = edition || bumpSatisfies(result.declared, result.required);
  const out: string[] = [];
  out.push(c.dim(oneLine(`${older.id} ${older.version} → ${newer.id === older.id ? "" : `${newer.id} `}${newer.version} (${words.document[result.kind]})`)));
  // A new edition: the id-changed change says why no bump is judged.
  const verdict = edition ? "" : enough ? t.diffEnough : minimum === null ? "" : t.diffMustBe(minimum);
  const summary = `${t.diffSummary(words.bump[result.required], words.bump[result.declared])}${verdict === "" ? "" : ` — ${verdict}`}`;
  out.push(enough ? c.green(summary) : c.red(summary));
  if (result.changes.length === 0) out.push(t.noChanges);
  for (const bump of BUMPS) {
    const changes = result.changes.filter((ch) => ch.bump === bump);
    if (changes.length === 0) continue;
    out.push("", c.bold(`${t.bumpHeading[bump]} (${changes.length})${t.colon}`));
    for (const ch of changes) out.push(`  ${c.dim(safeText(ch.pointer === "" ? "/" : ch.pointer))} ${c.cyan(t.changeKind[ch.kind])}${t.colon} ${safeText(renderMessage(ch, coreLocale(lang)))}`);
  }
  if (result.example) {
    const ex = result.example;
    out.push("", c.bold(`${t.exampleHeading}${t.colon}`));
    out.push(`  ${safeText(JSON.stringify(ex.facts))}`);
    out.push(`  ${t.exampleLevels(oneLine(ex.oldLevel ?? t.noLevelValue), oneLine(ex.newLevel ?? t.noLevelValue))}`);
  }
  if (issues.length > 0) {
    out.push("", c.bold(`${t.issuesHeading}${t.colon}`));
    for (const i of issues) out.push(`  ${issueLine(c, i, lang)}`);
  }
  return `${out.join("\n")}\n`;
}
