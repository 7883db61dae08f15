import { resolve } from "node:path";
import { MESSAGE_CATALOG, TLP_MARKINGS, assessmentToMispTags, assessmentToStixBundle, createAssessment, describeResult } from "@sevscale/core";
import type { Assessment, TlpMarking } from "@sevscale/core";
import { loadDocument, loadMappingFor, signFile, writeFileAtomic } from "@sevscale/node";
import type { LoadFailure } from "@sevscale/node";
import type { CommandRun } from "../context.js";
import { ExitCode, UsageError } from "../exit-codes.js";
import { colors, safeText } from "../format.js";
import { cliTexts } from "../i18n.js";
import { useColor } from "../io.js";
import { parseInstant, readOptions } from "../options.js";
import { readJsonInput } from "../read-input.js";
import type { FiledIssue } from "../report.js";
import { issueJson, issueLine, locateIn, printInputProblems, reportLoadFailures, shownPath, writeJson } from "../report.js";

/** The formats `--export` writes beside the assessment. */
export const EXPORT_FORMATS = ["misp", "stix"] as const;

/** `a.json` → `a`: the stem the exports are named after. */
function stem(out: string): string {
  return out.replace(/\.json$/i, "");
}

/** The files of each export format, as JSON text. */
function exports(assessment: Assessment, formats: readonly string[], out: string): { path: string; content: string }[] {
  return formats.map((f) =>
    f === "misp"
      ? { path: `${stem(out)}.misp.json`, content: `${JSON.stringify({ tags: assessmentToMispTags(assessment) }, null, 2)}\n` }
      : { path: `${stem(out)}.stix.json`, content: `${JSON.stringify(assessmentToStixBundle(assessment), null, 2)}\n` },
  );
}

/**
 * `sevscale assess <scale> --facts f.json --incident REF [--title T] [--marking TLP:AMBER]
 * [--sign key] [--export misp|stix] --out a.json`: classifies the facts, writes the assessment
 * atomically (and its detached JWS, and the exports). Exit 0 written, 1 when the facts give no
 * assessment, 2 on usage or I/O errors.
 */
export const run: CommandRun = async (ctx, [scaleArg], options) => {
  const { io, lang } = ctx;
  const t = cliTexts(lang);
  const c = colors(useColor(io.stdout, io.env));
  const format = options["format"];
  const limits = readOptions(io, options);
  const out = resolve(io.cwd, String(options["out"]));
  const marking = (options["marking"] ?? "TLP:AMBER") as string;
  if (!(TLP_MARKINGS as readonly string[]).includes(marking)) throw new UsageError(`--marking ${marking}: ${TLP_MARKINGS.join(", ")}`);
  const assessedOpt = options["assessed"] as string | undefined;
  const assessedAt = assessedOpt === undefined ? new Date() : parseInstant(assessedOpt);
  if (assessedAt === undefined) throw new UsageError(`--assessed ${assessedOpt}`);
  const exportFormats = ((options["export"] as string[] | undefined) ?? []).filter((f, i, all) => all.indexOf(f) === i);

  const scale = await loadDocument(scaleArg!, "scale", limits);
  const factsArg = String(options["facts"]);
  const facts = await readJsonInput(factsArg, io, limits);
  const factsFile = factsArg === "-" ? t.stdinName : factsArg;
  const failures: LoadFailure[] = [];
  if (!scale.ok) failures.push(scale);
  if (!facts.ok) failures.push({ ok: false, path: factsFile, issues: facts.issues, io: facts.io });
  if (!scale.ok || !facts.ok) return reportLoadFailures(ctx, c, format, failures, { assessment: null });
  const mapping = await loadMappingFor(scaleArg!, scale.document, limits);
  // Without a mapping the assessment has no reference interval; with a broken one, say why.
  if (!mapping.ok && !mapping.io) return reportLoadFailures(ctx, c, format, [mapping], { assessment: null });

  const created = createAssessment(scale.document, mapping.ok ? mapping.document : undefined, facts.value, {
    incident: String(options["incident"]),
    ...(options["title"] !== undefined ? { title: { [lang]: String(options["title"]) } } : {}),
    assessed: assessedAt.toISOString().replace(/\.000Z$/, "Z"),
    marking: marking as TlpMarking,
    ...(options["supersedes"] !== undefined ? { supersedes: String(options["supersedes"]) } : {}),
  });
  const scaleFile = shownPath(scale.path, io.cwd);
  const issues: FiledIssue[] = created.issues.map((issue) =>
    MESSAGE_CATALOG[issue.code]?.stage === "facts" ? { issue: locateIn(issue, facts.locate), file: factsFile } : { issue, file: scaleFile },
  );
  if (created.assessment === undefined) {
    if (format === "json") writeJson(ctx, { assessment: null, issues: issues.map((i) => issueJson(i, lang)) });
    else for (const i of issues) io.stderr.write(`sevscale: ${issueLine(c, i, lang)}\n`);
    return ExitCode.Findings;
  }
  const assessment = created.assessment;
  await writeFileAtomic(out, `${JSON.stringify(assessment, null, 2)}\n`);
  let signed: { jwsPath: string; kid: string } | undefined;
  const keyOpt = options["sign"] as string | undefined;
  if (keyOpt !== undefined) {
    const s = await signFile(out, resolve(io.cwd, keyOpt));
    if (!s.ok) {
      printInputProblems(io, s.issues.map((issue) => ({ file: keyOpt, issue })), lang);
      return ExitCode.Usage;
    }
    signed = s;
  }
  const written = exports(assessment, exportFormats, out);
  for (const file of written) await writeFileAtomic(file.path, file.content);

  const shown = (p: string) => shownPath(p, io.cwd);
  if (format === "json") {
    writeJson(ctx, {
      assessment,
      file: shown(out),
      ...(signed ? { signature: shown(signed.jwsPath), kid: signed.kid } : {}),
      exports: written.map((f) => shown(f.path)),
      issues: issues.map((i) => issueJson(i, lang)),
    });
    return ExitCode.Ok;
  }
  const lines = [c.green(t.assessWritten(safeText(shown(out)), safeText(`${assessment.scale.id} ${describeResult(assessment.result)}, ${assessment.marking}`)))];
  if (signed) lines.push(t.assessSigned(safeText(shown(signed.jwsPath)), safeText(signed.kid)));
  for (const f of written) lines.push(t.exportWritten(safeText(shown(f.path))));
  for (const i of issues) lines.push(`  ${issueLine(c, i, lang)}`);
  io.stdout.write(`${lines.join("\n")}\n`);
  return ExitCode.Ok;
};
