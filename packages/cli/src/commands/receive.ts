import { resolve } from "node:path";
import { describeResult, formatNumber, intervalText, receiveAssessment, renderExplanation, renderTrace, renderTraceStep } from "@sevscale/core";
import type { Assessment, Issue, Scale, TranslateResult } from "@sevscale/core";
import { STDIN_PATH, assessmentSources, loadDocument, loadMappingFor, loadRegistry, verifyFile } from "@sevscale/node";
import type { CommandContext, CommandRun } from "../context.js";
import { ExitCode, UsageError } from "../exit-codes.js";
import { colors, safeText } from "../format.js";
import type { Colors } from "../format.js";
import { cliTexts, coreLocale } from "../i18n.js";
import { useColor } from "../io.js";
import { readOptions } from "../options.js";
import type { FiledIssue } from "../report.js";
import { isIoIssue, issueJson, issueLine, oneLine, printInputProblems, reportLoadFailures, shownPath, textIn, writeJson } from "../report.js";
import { readAssessment } from "./_read-assessment.js";
import { inputPath, readKeyringOption } from "../read-input.js";

/** The verdict of `receive`: exit 0 only when verified and translated. */
export type ReceiveStatus = "verified" | "not-verified" | "inconsistent";

/**
 * `sevscale receive a.json --as <my-scale> --registry dir|url [--keyring k]`: verifies the
 * signature (the signer must be allowed for the scale's namespace), fetches the sender's scale and
 * mapping from the registry by id, version and digest, re-derives the level from the facts and
 * prints the translation into the receiver's scale. Exit 0 verified and translated; 1 not
 * verified or inconsistent (`status` in JSON); 2 usage or I/O.
 */
export const run: CommandRun = async (ctx, [file], options) => {
  const { io, lang } = ctx;
  const t = cliTexts(lang);
  const c = colors(useColor(io.stdout, io.env));
  const format = options["format"];
  const limits = readOptions(io, options);
  const keyringOpt = options["keyring"] as string | undefined;
  // `-` reads the assessment from standard input; its signature (<file>.jws) then has no place to be read from.
  if (file === STDIN_PATH && keyringOpt !== undefined) throw new UsageError(t.signNeedsFile);
  const path = inputPath(file!, io);
  const shownFile = shownPath(path, io.cwd);

  const received = await readAssessment(path, limits.maxBytes, io.stdin);
  if (received.io) {
    printInputProblems(io, received.issues.map((issue) => ({ file: shownFile, issue })), lang);
    return ExitCode.Usage;
  }
  const receiver = await loadDocument(String(options["as"]), "scale", limits);
  if (!receiver.ok) return reportLoadFailures(ctx, c, format, [receiver], { status: "not-verified" });
  const receiverMapping = await loadMappingFor(String(options["as"]), receiver.document, {
    ...limits,
    mappingOption: "--as-mapping",
    ...(typeof options["asMapping"] === "string" ? { mapping: options["asMapping"] } : {}),
  });
  if (!receiverMapping.ok) return reportLoadFailures(ctx, c, format, [receiverMapping], { status: "not-verified" });
  const keyring = await readKeyringOption(ctx, keyringOpt);
  if (keyring === null) return ExitCode.Usage;

  const issues: FiledIssue[] = received.issues.map((issue) => ({ issue, file: shownFile }));
  const assessment = received.assessment;
  // 1. The signature, against the keyring, for the namespace of the scale the assessment is on.
  let signature: { valid: boolean; kid?: string; checked: boolean } = { valid: false, checked: false };
  if (keyring && assessment !== undefined) {
    const namespace = assessment.scale.id.slice(0, assessment.scale.id.indexOf("/"));
    const v = await verifyFile(path, { keyring, namespace });
    if (!v.valid && v.issues.some(isIoIssue)) {
      printInputProblems(io, v.issues.map((issue) => ({ file: `${shownFile}.jws`, issue })), lang);
      return ExitCode.Usage;
    }
    signature = { valid: v.valid, checked: true, ...(v.kid !== undefined ? { kid: v.kid } : {}) };
    if (!v.valid) issues.push(...v.issues.map((issue) => ({ issue, file: `${shownFile}.jws` })));
  }
  // 2. The sender's scale and mapping from the registry, by id, version and digest.
  let outcome: ReturnType<typeof receiveAssessment> | undefined;
  let senderScale: Scale | undefined;
  if (assessment !== undefined) {
    const registryArg = String(options["registry"]);
    const registrySource = /^https?:\/\//i.test(registryArg) ? registryArg : resolve(io.cwd, registryArg);
    const registry = await loadRegistry(registrySource, { ...(keyring ? { keyring } : {}) });
    if (registry.index === undefined) {
      const regIssues = registry.issues.map((f) => f.issue);
      if (regIssues.some(isIoIssue) || regIssues.some((i) => i.code === "registry_source_unsupported")) {
        printInputProblems(io, registry.issues.map((f) => ({ file: f.path, issue: f.issue })), lang);
        return ExitCode.Usage;
      }
    }
    const sources = assessmentSources(registry, assessment);
    issues.push(...sources.issues.map((issue) => ({ issue, file: shownFile })));
    if (sources.scale !== undefined && sources.mapping !== undefined) {
      senderScale = sources.scale;
      outcome = receiveAssessment(assessment, {
        senderScale: sources.scale,
        senderMapping: sources.mapping,
        receiverScale: receiver.document,
        receiverMapping: receiverMapping.document,
      });
      issues.push(...outcome.issues.map((issue: Issue) => ({ issue, file: shownFile })));
      for (const tr of outcome.translations) issues.push(...tr.issues.map((issue) => ({ issue })));
    }
  }
  const translated = outcome !== undefined && outcome.translations.every((tr) => tr.candidates.length > 0);
  const status: ReceiveStatus = !signature.valid ? "not-verified" : outcome === undefined || !outcome.consistent || !translated ? "inconsistent" : "verified";
  const code = status === "verified" ? ExitCode.Ok : ExitCode.Findings;

  if (format === "json") {
    writeJson(ctx, {
      status,
      file: shownFile,
      signature,
      ...(assessment !== undefined
        ? { id: assessment.id, incident: assessment.incident, issuer: assessment.issuer, marking: assessment.marking, scale: assessment.scale, stated: assessment.result }
        : {}),
      ...(outcome !== undefined
        ? {
            basis: outcome.basis,
            result: outcome.result,
            via: outcome.via,
            ...(outcome.crosswalk !== undefined
              ? {
                  crosswalk: {
                    reference: outcome.crosswalk.reference,
                    facts: outcome.crosswalk.reading.facts,
                    steps: outcome.crosswalk.reading.steps.map((s) => ({ ...s, message: renderTraceStep(s, coreLocale(lang)) })),
                  },
                }
              : {}),
            translations: outcome.translations.map((tr) => ({
              source: tr.source,
              reference: tr.reference,
              candidates: tr.candidates.map(({ explanation, ...rest }) => ({ ...rest, explanation: renderExplanation(explanation, coreLocale(lang)), explanationData: explanation })),
            })),
          }
        : {}),
      issues: issues.map((i) => issueJson(i, lang)),
    });
    return code;
  }
  io.stdout.write(textReport(ctx, c, { status, signature, assessment, outcome, senderScale, receiverScale: receiver.document, issues }));
  return code;
};

interface Report {
  readonly status: ReceiveStatus;
  readonly signature: { valid: boolean; kid?: string; checked: boolean };
  readonly assessment: Assessment | undefined;
  readonly outcome: ReturnType<typeof receiveAssessment> | undefined;
  readonly senderScale: Scale | undefined;
  readonly receiverScale: Scale;
  readonly issues: readonly FiledIssue[];
}

function textReport(ctx: CommandContext, c: Colors, r: Report): string {
  const { lang } = ctx;
  const t = cliTexts(lang);
  const out: string[] = [];
  const head = (s: string) => c.bold(`${s}:`);
  out.push(r.signature.valid ? c.green(t.receiveVerified(safeText(r.signature.kid ?? ""))) : c.red(r.signature.checked ? t.receiveNotVerified : t.receiveUnsigned));
  if (r.outcome !== undefined) out.push(r.outcome.consistent ? c.green(t.receiveConsistent) : c.red(t.receiveInconsistent));
  else if (r.assessment === undefined || r.status !== "not-verified") out.push(c.red(t.receiveInconsistent));
  const a = r.assessment;
  if (a !== undefined) {
    const title = a.incident.title === undefined ? "" : ` — ${oneLine(textIn(a.incident.title, lang, "en"))}`;
    out.push(`${head(t.receiveIncident)} ${oneLine(a.incident.reference)}${title}`);
    out.push(`${head(t.receiveIssuer)} ${oneLine(textIn(a.issuer.name, lang, "en"))} (${oneLine(a.assessed)})`);
    out.push(`${head(t.receiveMarking)} ${a.marking}`);
    out.push(`${head(t.receiveStated)} ${oneLine(`${a.scale.id}@${a.scale.version}`)} ${c.bold(oneLine(describeResult(a.result)))}`);
  }
  const o = r.outcome;
  if (o !== undefined) {
    out.push(o.basis === "facts" ? `${head(t.receiveRederived)} ${c.bold(oneLine(describeResult(o.result)))}` : t.receiveNoFacts);
    if (o.crosswalk !== undefined) {
      const { min, max } = o.crosswalk.reference;
      out.push(c.bold(t.receiveViaCrosswalk(intervalText({ min, max }))));
      for (const line of renderTrace(o.crosswalk.reading.steps, coreLocale(lang))) out.push(`  ${c.dim(safeText(line))}`);
    }
    out.push(head(t.receiveInto(oneLine(`${r.receiverScale.id}@${r.receiverScale.version}`))));
    o.translations.forEach((tr: TranslateResult, i) => {
      if (o.translations.length > 1) out.push(`  ${t.receiveBound(i === 0 ? "≥" : "≤")}`);
      if (tr.reference) {
        out.push(`  ${c.bold(`${t.translateReference}${t.colon}`)} ${oneLine(`${tr.reference.id}@${tr.reference.version}`)} ${intervalText(tr.reference)}`);
      }
      if (tr.candidates.length === 0) out.push(`  ${t.noCandidates}`);
      for (const cand of tr.candidates) {
        const label = oneLine(textIn(cand.label, lang, r.receiverScale.defaultLanguage));
        out.push(`  ${c.bold(oneLine(cand.code))}${label && label !== cand.code ? ` — ${label}` : ""}  ${c.cyan(coreLocale(lang).terms.relationShort[cand.relation])}  ${t.confidenceWord} ${formatNumber(cand.confidence, coreLocale(lang))}`);
        out.push(`    ${c.dim(safeText(renderExplanation(cand.explanation, coreLocale(lang))))}`);
      }
    });
  }
  if (r.issues.length > 0) {
    out.push(head(t.issuesHeading));
    for (const i of r.issues) out.push(`  ${issueLine(c, i, lang)}`);
  }
  return `${out.join("\n")}\n`;
}
