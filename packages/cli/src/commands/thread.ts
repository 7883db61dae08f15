import { resolve } from "node:path";
import { assessmentThread, hasErrors } from "@sevscale/core";
import type { Assessment, Scale } from "@sevscale/core";
import { STDIN_PATH, collectJsonFiles, loadRegistry, verifyFile } from "@sevscale/node";
import type { CommandContext, CommandRun } from "../context.js";
import { ExitCode, UsageError } from "../exit-codes.js";
import { colors, safeText } from "../format.js";
import type { Colors } from "../format.js";
import { cliTexts, coreLocale } from "../i18n.js";
import { useColor } from "../io.js";
import { parseLimits } from "../options.js";
import type { FiledIssue } from "../report.js";
import { isIoIssue, issueJson, issueLine, oneLine, printInputProblems, shownPath, textIn, writeJson } from "../report.js";
import { readAssessment } from "./_read-assessment.js";
import { readKeyringOption } from "../read-input.js";

/** One assessment read from its file, with its signature's verdict when a keyring was given. */
interface ReadAssessment {
  readonly file: string;
  readonly assessment: Assessment;
  readonly signature?: { readonly valid: boolean; readonly kid?: string };
}

/** The scales the registry holds (only those that passed its checks), to rank the changes. */
async function registryScales(source: string): Promise<{ scales: Scale[]; issues: FiledIssue[]; io: boolean }> {
  const registry = await loadRegistry(source, {});
  const issues = registry.issues.map((f) => ({ issue: f.issue, file: f.path }));
  const io = registry.index === undefined && registry.issues.some((f) => isIoIssue(f.issue) || f.issue.code === "registry_source_unsupported");
  const scales = registry.documents.filter((d) => d.entry.kind === "scale").map((d) => d.document as Scale);
  return { scales, issues: registry.index === undefined ? issues : [], io };
}

/**
 * `sevscale thread <assessments...> [--registry dir|url] [--keyring k]`: orders the assessments of
 * one incident by `supersedes` and says how each changed the rating (core's `assessmentThread`);
 * with a keyring, every signature is checked for the namespace of its scale. Exit 0 when the thread
 * is whole and (with a keyring) every signature verifies; 1 on findings; 2 on usage or I/O.
 */
export const run: CommandRun = async (ctx, paths, options) => {
  const { io, lang } = ctx;
  const c = colors(useColor(io.stdout, io.env));
  const limits = parseLimits(options);
  const keyringOpt = options["keyring"] as string | undefined;
  // `-` is standard input, read by the one loader after the files; its signature (<file>.jws) then has no place to be read from.
  const stdin = paths.includes(STDIN_PATH) ? [STDIN_PATH] : [];
  if (stdin.length > 0 && keyringOpt !== undefined) throw new UsageError(cliTexts(lang).signNeedsFile);
  const collected = await collectJsonFiles(paths.filter((p) => p !== STDIN_PATH), io.cwd);
  const keyring = await readKeyringOption(ctx, keyringOpt);
  if (keyring === null) return ExitCode.Usage;
  const issues: FiledIssue[] = [];
  const read: ReadAssessment[] = [];
  for (const missing of collected.missing) {
    printInputProblems(io, [{ file: missing, issue: { code: "file_not_found", severity: "error", pointer: "", params: { path: missing } } }], lang);
    return ExitCode.Usage;
  }
  for (const path of [...collected.files, ...stdin]) {
    const file = shownPath(path, io.cwd);
    const r = await readAssessment(path, limits.maxBytes, io.stdin);
    if (r.io) {
      printInputProblems(io, r.issues.map((issue) => ({ file, issue })), lang);
      return ExitCode.Usage;
    }
    issues.push(...r.issues.filter((i) => i.severity !== "info").map((issue) => ({ issue, file })));
    if (r.assessment === undefined) continue;
    let signature: ReadAssessment["signature"];
    if (keyring) {
      const id = r.assessment.scale.id;
      const v = await verifyFile(path, { keyring, namespace: id.slice(0, id.indexOf("/")) });
      signature = { valid: v.valid, ...(v.kid !== undefined ? { kid: v.kid } : {}) };
      if (!v.valid) issues.push(...v.issues.map((issue) => ({ issue, file: `${file}.jws` })));
    }
    read.push({ file, assessment: r.assessment, ...(signature !== undefined ? { signature } : {}) });
  }
  let scales: Scale[] = [];
  if (typeof options["registry"] === "string") {
    const arg = options["registry"];
    const found = await registryScales(/^https?:\/\//i.test(arg) ? arg : resolve(io.cwd, arg));
    if (found.io) {
      printInputProblems(io, found.issues.map((f) => ({ file: f.file ?? arg, issue: f.issue })), lang);
      return ExitCode.Usage;
    }
    issues.push(...found.issues);
    scales = found.scales;
  }
  const thread = assessmentThread(read.map((r) => r.assessment), scales);
  issues.push(...thread.issues.map((issue) => ({ issue })));
  const unsigned = keyring !== undefined && read.some((r) => r.signature?.valid !== true);
  const code = hasErrors(issues.map((i) => i.issue)) || unsigned ? ExitCode.Findings : ExitCode.Ok;
  const byId = new Map(read.map((r) => [r.assessment.id, r] as const));

  if (options["format"] === "json") {
    writeJson(ctx, {
      incident: thread.incident ?? null,
      steps: thread.steps.map((s) => {
        const r = byId.get(s.id)!;
        return { ...s, file: r.file, scale: r.assessment.scale, issuer: r.assessment.issuer.name, ...(r.signature !== undefined ? { signature: r.signature } : {}) };
      }),
      issues: issues.map((i) => issueJson(i, lang)),
    });
    return code;
  }
  io.stdout.write(textReport(ctx, c, thread, byId, issues));
  return code;
};

function textReport(ctx: CommandContext, c: Colors, thread: ReturnType<typeof assessmentThread>, byId: ReadonlyMap<string, ReadAssessment>, issues: readonly FiledIssue[]): string {
  const { lang } = ctx;
  const t = cliTexts(lang);
  const words = coreLocale(lang).terms.ratingChange;
  const out: string[] = [c.bold(t.threadHeading(oneLine(thread.incident ?? "—"), thread.steps.length))];
  const single = new Set(thread.steps.map((s) => byId.get(s.id)!.assessment.scale.id)).size === 1;
  const width = Math.max(0, ...thread.steps.map((s) => s.result.length));
  const changeWidth = Math.max(0, ...thread.steps.map((s) => words[s.change].length));
  for (const s of thread.steps) {
    const r = byId.get(s.id)!;
    const scale = single ? "" : `${oneLine(r.assessment.scale.id)} `;
    const word = words[s.change].padEnd(changeWidth);
    const change = s.change === "raised" ? c.red(word) : s.change === "lowered" ? c.green(word) : word;
    const sig = r.signature === undefined ? "" : `  ${r.signature.valid ? c.green(t.threadSigned) : c.red(t.threadNotSigned)}`;
    const issuer = oneLine(textIn(r.assessment.issuer.name, lang, "en"));
    out.push(`  ${oneLine(s.assessed)}  ${scale}${c.bold(oneLine(s.result).padEnd(width))}  ${change}  ${c.dim(`${issuer} · ${safeText(r.file)}`)}${sig}`);
  }
  if (issues.length > 0) {
    out.push(c.bold(`${t.issuesHeading}${t.colon}`));
    for (const i of issues) out.push(`  ${issueLine(c, i, lang)}`);
  }
  return `${out.join("\n")}\n`;
}
