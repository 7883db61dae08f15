/**
 * `sevscale classify <scale> --facts incidents.ndjson|incidents.csv|-`: many incidents, one result
 * each, streamed. Standard output carries the results only — one JSON object per line
 * (`--format json`, the default for a batch), or one line per incident then the summary
 * (`--format text`); standard error carries the progress (on a terminal only, not with `--quiet`)
 * and, with JSON results, the summary (not with `--quiet`).
 */
import { open } from "node:fs/promises";
import { resolve } from "node:path";
import { compileClassifier, escapeJsonText } from "@sevscale/core";
import type { ClassifyResult, LocatedIssue, Scale } from "@sevscale/core";
import type { LoadedDocument } from "@sevscale/node";
import type { CommandContext } from "../context.js";
import { ExitCode } from "../exit-codes.js";
import { colors, safeText } from "../format.js";
import type { Colors } from "../format.js";
import { cliTexts } from "../i18n.js";
import type { CliTexts } from "../i18n.js";
import { useColor } from "../io.js";
import { progressLine } from "../commands/_progress.js";
import type { FiledIssue } from "../report.js";
import { issueJson, issueLine, oneLine, textIn } from "../report.js";
import { ANSWERED, fileResultIssues, levelText } from "./present.js";
import type { IncidentRecord } from "./records.js";
import { csvRecords, ndjsonRecords } from "./records.js";

/** The input formats of a batch. */
export type BatchFormat = "ndjson" | "csv";

/** How a batch runs. */
export interface BatchSettings {
  readonly scale: LoadedDocument<Scale>;
  readonly scaleFile: string;
  /** A path from the working directory, or `-` for standard input. */
  readonly input: string;
  readonly inputFormat: BatchFormat;
  readonly format: "json" | "text";
  readonly assume: boolean;
  readonly quiet: boolean;
  /** Longest accepted record (line), in bytes. */
  readonly maxRecordBytes: number;
}

/** A record that could not be read has this status in the results. */
export const UNREADABLE = "unreadable";

/** The status of a batch result: a classification status, or unreadable. */
export type BatchStatus = ClassifyResult["status"] | typeof UNREADABLE;

/** The statuses that are not a level, in the order the summary lists them. */
const NO_LEVEL_ORDER: readonly BatchStatus[] = ["score-only", "analyst-decides", "undetermined", "invalid-facts", UNREADABLE];

/** Counts per level rank and per status without a level. */
interface Tally {
  total: number;
  byRank: number[];
  byStatus: Map<BatchStatus, number>;
}

/** Opens the input as a stream: standard input, or a regular file (anything else is an I/O issue). */
async function openInput(ctx: CommandContext, input: string): Promise<{ stream: NodeJS.ReadableStream } | { issue: LocatedIssue }> {
  if (input === "-") return { stream: ctx.io.stdin };
  const path = resolve(ctx.io.cwd, input);
  try {
    const handle = await open(path, "r");
    const stats = await handle.stat();
    if (!stats.isFile()) {
      await handle.close();
      return { issue: { code: "file_unreadable", severity: "error", pointer: "", params: { path, reason: stats.isDirectory() ? "EISDIR" : "ENOTFILE" } } };
    }
    return { stream: handle.createReadStream() };
  } catch (error) {
    const errno = (error as { code?: unknown }).code;
    return {
      issue:
        errno === "ENOENT" || errno === "ENOTDIR"
          ? { code: "file_not_found", severity: "error", pointer: "", params: { path } }
          : { code: "file_unreadable", severity: "error", pointer: "", params: { path, reason: typeof errno === "string" ? errno : "EIO" } },
    };
  }
}

/** Runs a batch and returns the exit code: 0 when every incident got an answer, 1 otherwise, 2 when the input cannot be opened. */
export async function runBatch(ctx: CommandContext, settings: BatchSettings): Promise<number> {
  const { io, lang } = ctx;
  const t = cliTexts(lang);
  const c = colors(useColor(io.stdout, io.env));
  const inputName = settings.input === "-" ? t.stdinName : settings.input;
  const opened = await openInput(ctx, settings.input);
  if ("issue" in opened) {
    io.stderr.write(`sevscale: ${issueLine(colors(useColor(io.stderr, io.env)), { issue: opened.issue, file: inputName }, lang)}\n`);
    return ExitCode.Usage;
  }
  const stream = opened.stream;
  const scale = settings.scale.document;
  const classifier = compileClassifier(scale, { assume: settings.assume });
  const progress = settings.quiet ? undefined : progressLine(io);
  const tally: Tally = { total: 0, byRank: scale.levels.map(() => 0), byStatus: new Map() };
  const options = { maxRecordBytes: settings.maxRecordBytes, dimensions: scale.dimensions };
  const records = settings.inputFormat === "csv" ? csvRecords(stream, options) : ndjsonRecords(stream as AsyncIterable<unknown>, options);
  let allAnswered = true;
  for await (const record of records) {
    const { status, line } = classifyRecord(record, settings, classifier.classify.bind(classifier), inputName);
    allAnswered &&= ANSWERED.has(status as ClassifyResult["status"]);
    count(tally, line.result?.level?.rank, status);
    await writeOut(io.stdout, settings.format === "json" ? `${escapeJsonText(JSON.stringify(jsonLine(line, status, ctx, inputName)))}\n` : textLine(line, status, scale, t, lang, c, useColor(io.stdout, io.env)));
    progress?.update(t.batchProgress, tally.total);
  }
  progress?.clear();
  const summary = summaryLines(tally, scale, t, lang);
  if (settings.format === "text") io.stdout.write(`${c.bold(`${t.summaryHeading}${t.colon}`)} ${summary.join("\n")}\n`);
  else if (!settings.quiet) io.stderr.write(`${t.summaryHeading}${t.colon} ${summary.join("\n")}\n`);
  return allAnswered ? ExitCode.Ok : ExitCode.Findings;
}

/**
 * Writes to standard output and, when its buffer is full (a slow reader at the end of a pipe),
 * waits for it to drain before the next record is read: memory stays bounded at both ends.
 */
async function writeOut(stdout: CommandContext["io"]["stdout"], text: string): Promise<void> {
  if (stdout.write(text) !== false) return;
  const stream = stdout as Partial<NodeJS.WritableStream>;
  if (typeof stream.once === "function") await new Promise<void>((done) => stream.once!("drain", () => done()));
}

/** One incident's outcome before it is written. */
interface ResultLine {
  readonly record: IncidentRecord;
  readonly result?: ClassifyResult;
  readonly issues: readonly FiledIssue[];
}

function classifyRecord(record: IncidentRecord, settings: BatchSettings, classify: (facts: unknown) => ClassifyResult, inputName: string): { status: BatchStatus; line: ResultLine } {
  const readIssues = record.issues.map((issue) => ({ issue, file: inputName }));
  if (!("facts" in record)) return { status: UNREADABLE, line: { record, issues: readIssues } };
  const result = classify(record.facts);
  const issues = fileResultIssues(result, {
    factsFile: inputName,
    ...(record.locate === undefined ? {} : { factsLocate: record.locate }),
    factsPointer: record.factsPointer,
    scaleFile: settings.scaleFile,
    ...(settings.scale.locate === undefined ? {} : { scaleLocate: settings.scale.locate }),
  }).map((f) => (f.file === inputName && f.issue.line === undefined ? { ...f, issue: { ...f.issue, line: record.line } } : f));
  return { status: result.status, line: { record, result, issues: [...readIssues, ...issues] } };
}

function count(tally: Tally, rank: number | undefined, status: BatchStatus): void {
  tally.total++;
  if (rank !== undefined && status === "determined") tally.byRank[rank] = (tally.byRank[rank] ?? 0) + 1;
  else tally.byStatus.set(status, (tally.byStatus.get(status) ?? 0) + 1);
}

/** The JSON result of one incident (one line of output). */
function jsonLine({ record, result, issues }: ResultLine, status: BatchStatus, ctx: CommandContext, inputName: string): Record<string, unknown> {
  return {
    ...(record.id === undefined ? {} : { id: record.id }),
    line: record.line,
    level: result?.level ?? null,
    ...(result?.score === undefined ? {} : { score: result.score }),
    status,
    ...(result?.range === undefined ? {} : { range: result.range }),
    ...(result?.missing === undefined ? {} : { missing: result.missing.map((m) => m.dimension) }),
    // An issue in the input is placed by line and column only (the file is the same for every
    // line); an issue in the scale names the scale.
    issues: issues.map((i) => issueJson(i.file === inputName ? { issue: i.issue } : i, ctx.lang)),
  };
}

/** One incident as text: its name, its level (or why none), its score, then its issues (no infos). */
function textLine({ record, result, issues }: ResultLine, status: BatchStatus, scale: Scale, t: CliTexts, lang: CommandContext["lang"], c: Colors, colour: boolean): string {
  const name = safeText(t.batchRecordName(record.id === undefined ? undefined : oneLine(record.id), record.line));
  const answer = result?.level ? levelText(scale, result, t, lang, c, colour) : t.noLevelShort[status];
  const score = result?.score === undefined ? "" : ` (${t.scoreHeading.toLowerCase()} ${result.score})`;
  const range = result?.range === undefined ? "" : ` — ${t.rangeHeading.toLowerCase()}${t.colon} ${safeText(t.rangeText(result.range.atLeast?.code ?? null, result.range.atMost.code))}`;
  const out = [`${c.bold(name)}${t.colon} ${answer}${score}${range}`];
  for (const i of issues) if (i.issue.severity !== "info") out.push(`  ${issueLine(c, i, lang)}`);
  return `${out.join("\n")}\n`;
}

/** The summary: the number of incidents, then how many per level (most severe first) and per status without a level. */
function summaryLines(tally: Tally, scale: Scale, t: CliTexts, lang: string): string[] {
  const lines = [t.batchCount(tally.total)];
  for (let rank = scale.levels.length - 1; rank >= 0; rank--) {
    const n = tally.byRank[rank] ?? 0;
    if (n === 0) continue;
    const level = scale.levels[rank]!;
    const label = oneLine(textIn(level.label, lang, scale.defaultLanguage));
    lines.push(`  ${oneLine(level.code)}${label === "" || label === level.code ? "" : ` — ${label}`}: ${n}`);
  }
  for (const status of NO_LEVEL_ORDER) {
    const n = tally.byStatus.get(status) ?? 0;
    if (n > 0) lines.push(`  ${t.noLevelShort[status]}${t.colon} ${n}`);
  }
  return lines;
}
