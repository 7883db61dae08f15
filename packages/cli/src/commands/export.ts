/**
 * `sevscale export <sssom|misp|ocsf|csv> <inputs...>`: documents for other tools. Mappings become
 * SSSOM/TSV; scales become a MISP taxonomy, an OCSF severity table or a CSV of levels. Every
 * document is loaded and checked first; nothing is written when one has errors.
 */
import { stat } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";
import { hasErrors } from "@sevscale/core";
import { mappingToSssomTsv, scaleToCsv, scaleToMispTaxonomy, scaleToOcsfSeverities } from "@sevscale/core/export";
import type { Issue, Mapping, Scale } from "@sevscale/core";
import { collectJsonFiles, isReferenceScaleName, loadDocument, loadMappingFor, makeFolder, writeFileAtomic } from "@sevscale/node";
import type { LoadFailure } from "@sevscale/node";
import type { CommandContext, CommandRun } from "../context.js";
import { ExitCode, UsageError } from "../exit-codes.js";
import { colors } from "../format.js";
import { cliTexts } from "../i18n.js";
import { useColor } from "../io.js";
import { parseLimits } from "../options.js";
import type { FiledIssue } from "../report.js";
import { issueLine, noteworthy, oneLine, reportLoadFailures, shownPath } from "../report.js";

type Format = "sssom" | "misp" | "ocsf" | "csv";

/** What each format reads and the extension of what it writes. */
const FORMATS: Readonly<Record<Format, { kind: "scale" | "mapping"; ext: string }>> = {
  sssom: { kind: "mapping", ext: ".sssom.tsv" },
  misp: { kind: "scale", ext: ".machinetag.json" },
  ocsf: { kind: "scale", ext: ".ocsf.json" },
  csv: { kind: "scale", ext: ".csv" },
};

interface Input {
  readonly name: string;
  readonly arg: string;
  readonly document: Scale | Mapping;
}

/** `-` read from standard input and validated, or a file loaded as the expected kind. */
async function loadInput(ctx: CommandContext, arg: string, kind: "scale" | "mapping", maxBytes: { maxBytes?: number }): Promise<Input | LoadFailure> {
  const t = cliTexts(ctx.lang);
  const r = await loadDocument(arg, kind, { cwd: ctx.io.cwd, stdin: ctx.io.stdin, ...maxBytes });
  if (!r.ok) return arg === "-" ? { ...r, path: t.stdinName } : r;
  return { name: r.builtIn ? arg : arg === "-" ? "stdin" : r.path, arg, document: r.document as Scale | Mapping };
}

/** The inputs: folders expanded to the JSON documents of the right kind inside them. */
async function expand(ctx: CommandContext, args: readonly string[]): Promise<{ files: string[]; folders: Set<string> }> {
  const files: string[] = [];
  const folders = new Set<string>();
  for (const arg of args) {
    if (arg === "-" || isReferenceScaleName(arg)) {
      files.push(arg);
      continue;
    }
    const collected = await collectJsonFiles([arg], ctx.io.cwd);
    const abs = resolve(ctx.io.cwd, arg);
    if (collected.files.length === 1 && collected.files[0] === abs) files.push(arg);
    else {
      // A folder: keep the documents of the kind this format reads, skip the others.
      for (const f of collected.files) {
        folders.add(f);
        files.push(f);
      }
      if (collected.missing.length > 0) files.push(arg);
    }
  }
  return { files, folders };
}

export const run: CommandRun = async (ctx, args, options) => {
  const { io, lang } = ctx;
  const t = cliTexts(lang);
  const c = colors(useColor(io.stderr, io.env));
  const [format, ...inputArgs] = args as [Format, ...string[]];
  const spec = FORMATS[format];
  const limits = parseLimits(options);
  const outArg = options["out"] as string | undefined;

  const { files, folders } = await expand(ctx, inputArgs);
  const failures: LoadFailure[] = [];
  const notes: FiledIssue[] = [];
  const inputs: Input[] = [];
  for (const file of files) {
    const r = await loadInput(ctx, file, spec.kind, limits);
    if ("document" in r) inputs.push(r);
    else if (folders.has(file) && r.issues.some((i) => i.code === "document_kind_unexpected")) continue;
    else failures.push(r);
  }
  if (failures.length > 0) return reportLoadFailures(ctx, c, "text", failures, {});
  if (inputs.length === 0) throw new UsageError(t.exportNoDocuments(spec.kind, inputArgs.map(oneLine).join(", ")));
  if (inputs.length > 1 && outArg === undefined) throw new UsageError(t.exportNeedsFolder(inputs.length));

  const outputs: { name: string; text: string }[] = [];
  const found: Issue[][] = [];
  for (const input of inputs) {
    const r = await exportOne(ctx, format, input, options, limits, failures);
    if (r === undefined) continue;
    outputs.push({ name: outputName(input, spec.ext), text: r.text });
    found.push([...r.issues]);
    notes.push(...r.issues.map((issue) => ({ issue, file: shownPath(input.name, io.cwd) })));
  }
  if (failures.length > 0) return reportLoadFailures(ctx, c, "text", failures, {});
  for (const n of notes) io.stderr.write(`sevscale: ${issueLine(c, n, lang)}\n`);
  if (found.some((issues) => hasErrors(issues))) return ExitCode.Findings;

  if (outArg === undefined) {
    io.stdout.write(outputs[0]!.text);
    return ExitCode.Ok;
  }
  const out = resolve(io.cwd, outArg);
  if (outputs.length === 1 && !(await isFolder(out))) {
    await writeFileAtomic(out, outputs[0]!.text);
    io.stderr.write(`${t.exportWrote(shownPath(out, io.cwd))}\n`);
    return ExitCode.Ok;
  }
  await makeFolder(out);
  for (const o of outputs) {
    const path = join(out, o.name);
    await writeFileAtomic(path, o.text);
    io.stderr.write(`${t.exportWrote(shownPath(path, io.cwd))}\n`);
  }
  return ExitCode.Ok;
};

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** `<stem><ext>`: the input's file name without `.json`, or the document id for standard input and `crs`. */
function outputName(input: Input, ext: string): string {
  const stem = input.name === "stdin" || isReferenceScaleName(input.arg) ? input.document.id.replace(/[^A-Za-z0-9._-]/g, "-") : basename(input.name, extname(input.name));
  return `${stem}${ext}`;
}

/** One document in the chosen format, with the exporter's issues. */
async function exportOne(
  ctx: CommandContext,
  format: Format,
  input: Input,
  options: Record<string, unknown>,
  limits: { maxBytes?: number },
  failures: LoadFailure[],
): Promise<{ text: string; issues: readonly Issue[] } | undefined> {
  const lang = ctx.lang;
  if (format === "sssom") return { text: mappingToSssomTsv(input.document as Mapping), issues: [] };
  const scale = input.document as Scale;
  if (format === "csv") return { text: scaleToCsv(scale, { lang }), issues: [] };
  const mappingArg = options["mapping"] as string | undefined;
  const m = await loadMappingFor(input.arg === "-" ? "-" : input.arg, scale, { cwd: ctx.io.cwd, ...limits, ...(mappingArg ? { mapping: mappingArg } : {}) });
  if (!m.ok) {
    failures.push(m);
    return undefined;
  }
  const noted = noteworthy(m.issues, shownPath(m.path, ctx.io.cwd)).map((f) => f.issue);
  if (format === "misp") {
    const r = scaleToMispTaxonomy(scale, m.document, { lang });
    return { text: `${JSON.stringify(r.taxonomy, null, 2)}\n`, issues: [...noted, ...r.issues] };
  }
  const r = scaleToOcsfSeverities(scale, m.document, { lang });
  return { text: `${JSON.stringify(r.table, null, 2)}\n`, issues: [...noted, ...r.issues] };
}
