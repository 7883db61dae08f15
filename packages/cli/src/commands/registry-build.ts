import { readFile, readdir, stat } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { buildRegistry, makeFolder, writeFileAtomic } from "@sevscale/node";
import type { CommandRun } from "../context.js";
import { ExitCode, UsageError } from "../exit-codes.js";
import { displayPath, safeText } from "../format.js";
import { cliTexts } from "../i18n.js";
import { issueJson, jsonText, printInputProblems, printIssues } from "../report.js";
import { phaseLabel, progressLine, progressOption } from "./_progress.js";
import { EXAMPLE_REGISTRY_FOLDER, viewerDir } from "../viewer-files.js";
import type { FiledIssue } from "../report.js";
import { parseInstant } from "../options.js";

/** Every file of the built viewer (not its bundled example registry), as paths relative to it. */
async function viewerFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split("\\").join("/"))
    // Not the bundled example registry, nor build metadata (.vite/manifest.json).
    .filter((p) => p !== EXAMPLE_REGISTRY_FOLDER && !p.startsWith(`${EXAMPLE_REGISTRY_FOLDER}/`) && !p.split("/").some((part) => part.startsWith(".")))
    .sort();
}

/** Copies the viewer beside the registry's index.json, each file written atomically; returns how many. */
async function writeViewer(out: string): Promise<number> {
  const viewer = viewerDir();
  const files = await viewerFiles(viewer.dir);
  for (const file of files) {
    await makeFolder(dirname(join(out, file)));
    await writeFileAtomic(join(out, file), await readFile(join(viewer.dir, file)));
  }
  return files.length;
}

/** The index's `generated` instant: --now, else SOURCE_DATE_EPOCH (reproducible builds), else unset. */
function generatedAt(option: unknown, env: Readonly<Record<string, string | undefined>>, t: ReturnType<typeof cliTexts>): Date | undefined {
  if (typeof option === "string") {
    const date = parseInstant(option);
    if (!date) throw new UsageError(t.notAnInstant(option));
    return date;
  }
  const epoch = env["SOURCE_DATE_EPOCH"];
  if (epoch === undefined || epoch === "") return undefined;
  if (!/^\d{1,12}$/.test(epoch)) throw new UsageError(t.badSourceDateEpoch(epoch));
  return new Date(Number(epoch) * 1000);
}

/** A duration such as "30d" or "12h", in milliseconds. */
function durationMs(value: string, t: ReturnType<typeof cliTexts>): number {
  const m = /^(\d{1,5})([dh])$/.exec(value.trim());
  if (!m || Number(m[1]) === 0) throw new UsageError(t.badDuration(safeText(value)));
  return Number(m[1]) * (m[2] === "d" ? 24 : 1) * 60 * 60 * 1000;
}

/** `--withdraw <id>@<version>=<reason>`, repeated. */
function withdrawals(values: unknown, t: ReturnType<typeof cliTexts>): { id: string; version: string; reason: string }[] {
  const list = Array.isArray(values) ? (values as string[]) : [];
  return list.map((value) => {
    const m = /^([^@=]+)@([^=]+)=(.+)$/s.exec(value);
    if (!m) throw new UsageError(t.badWithdraw(safeText(value)));
    return { id: m[1]!, version: m[2]!, reason: m[3]! };
  });
}

/**
 * `sevscale registry build <src...> --out <dir> [--sign <private.jwk>] [--keyring <keyring.json>]
 * [--now <instant>] [--id <id>] [--format text|json]`.
 */
export const run: CommandRun = async (ctx, args, options) => {
  const t = cliTexts(ctx.lang);
  const now = generatedAt(options["now"], ctx.io.env, t);
  const sources = args.map((a) => resolve(ctx.io.cwd, a));
  for (const [i, s] of sources.entries()) {
    if (!(await stat(s).catch(() => undefined))) throw new UsageError(t.notFound(safeText(args[i]!)));
  }
  const out = resolve(ctx.io.cwd, options["out"] as string);
  const withViewer = options["withViewer"] === true;
  if (withViewer && !viewerDir().found) throw new UsageError(t.viewNotBuilt(viewerDir().dir));
  const sign = options["sign"] !== undefined ? resolve(ctx.io.cwd, options["sign"] as string) : undefined;
  const keyring = options["keyring"] !== undefined ? resolve(ctx.io.cwd, options["keyring"] as string) : undefined;
  let expires: Date | undefined;
  if (typeof options["expires"] === "string") {
    expires = parseInstant(options["expires"]);
    if (!expires) throw new UsageError(t.notAnInstant(options["expires"]));
  }
  const expiresInMs = typeof options["expiresIn"] === "string" ? durationMs(options["expiresIn"], t) : undefined;
  const withdraw = withdrawals(options["withdraw"], t);
  const publisher = typeof options["publisher"] === "string" ? { name: options["publisher"], ...(typeof options["contact"] === "string" ? { contact: options["contact"] } : {}) } : undefined;
  const progress = progressLine(ctx.io);

  const result = await buildRegistry(sources, out, {
    ...(sign !== undefined ? { signWith: sign } : {}),
    ...(keyring !== undefined ? { keyring } : {}),
    ...(now !== undefined ? { now } : {}),
    ...(typeof options["id"] === "string" ? { id: options["id"] } : {}),
    ...(typeof options["sequence"] === "number" ? { sequence: options["sequence"] } : {}),
    ...(expires ? { expires } : {}),
    ...(expiresInMs !== undefined ? { expiresInMs } : {}),
    ...(withdraw.length > 0 ? { withdraw } : {}),
    ...(publisher ? { publisher } : {}),
    ...progressOption(progress, (p) => phaseLabel(t, p.phase)),
  });
  progress?.clear();
  const viewerCount = result.ok && withViewer ? await writeViewer(out) : undefined;

  const shown = (path: string) => displayPath(path, ctx.io.cwd);
  const findings: FiledIssue[] = result.issues.map((f) => ({ file: shown(f.path), issue: f.issue }));
  // The key, the keyring and the disk are the user's inputs: their problems are usage errors.
  const inputs = new Set([sign, keyring].filter((p): p is string => p !== undefined));
  const usage =
    !result.ok && result.issues.some((f) => inputs.has(f.path) || f.issue.code === "registry_write_failed" || f.issue.code === "registry_output_overlaps_source");

  if (options["format"] === "json") {
    const body = result.ok
      ? { ok: true, out: shown(out), documents: result.index.documents.length, written: result.written, unchanged: result.unchanged, removed: result.removed, ...(viewerCount !== undefined ? { viewerFiles: viewerCount } : {}) }
      : { ok: false, out: shown(out) };
    ctx.io.stdout.write(jsonText({ ...body, issues: findings.map((f) => issueJson(f, ctx.lang)) }));
  } else if (usage) {
    printInputProblems(ctx.io, findings, ctx.lang);
  } else {
    printIssues(ctx.io, findings, ctx.lang);
    if (result.ok) {
      ctx.io.stdout.write(`${t.buildDone(safeText(shown(out)), result.index.documents.length, result.written.length, result.unchanged, result.removed.length)}\n`);
      if (viewerCount !== undefined) ctx.io.stdout.write(`${t.viewerWritten(viewerCount)}\n`);
    } else ctx.io.stderr.write(`sevscale: ${t.buildRefused}\n`);
  }
  return result.ok ? ExitCode.Ok : usage ? ExitCode.Usage : ExitCode.Findings;
};
