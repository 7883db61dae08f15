/**
 * Incidents read one record at a time from NDJSON or CSV, so a batch of any length runs in bounded
 * memory: a record is parsed, classified, written and dropped before the next is read. A record
 * that cannot be read becomes coded issues with its line number, and reading goes on.
 */
import { parse as parseCsv } from "csv-parse";
import { locateIssues, safeParseJsonDocument } from "@sevscale/core";
import type { Dimension, LocatedIssue, Locate } from "@sevscale/core";

/** One incident of a batch: its facts (with what places issues in its line), or why it cannot be read. */
export type IncidentRecord =
  | {
      readonly line: number;
      readonly id?: string;
      readonly facts: unknown;
      /** Where the facts sit in the record: `/facts` for `{"id", "facts"}` records, "" otherwise. */
      readonly factsPointer: string;
      /** Places a pointer of the record (not of the facts) on its line. */
      readonly locate?: Locate;
      /** Issues of reading the record (warnings); a record with errors has no facts. */
      readonly issues: readonly LocatedIssue[];
    }
  | { readonly line: number; readonly id?: string; readonly issues: readonly LocatedIssue[] };

/** What the readers need to know: the record size limit and the scale's dimensions. */
export interface RecordOptions {
  /** Longest accepted record, in bytes. */
  readonly maxRecordBytes: number;
  readonly dimensions: readonly Dimension[];
}

/** The field naming the incident, unless the scale has a dimension with that code. */
const ID_FIELD = "id";

/** A line of a byte stream, or the length of a line too long to keep. */
type Line = { readonly line: number; readonly text: string } | { readonly line: number; readonly tooLarge: number };

/**
 * Splits a byte stream into lines (LF or CRLF) keeping at most `maxBytes` of any line: a longer
 * line is counted and dropped as it streams. Written here rather than with node:readline, which
 * holds a whole line in memory however long it is (one line without a newline would fill memory).
 */
export async function* boundedLines(stream: AsyncIterable<unknown>, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let kept = 0;
  let length = 0;
  let line = 1;
  const end = (): Line => {
    if (length > maxBytes) return { line, tooLarge: length };
    const text = Buffer.concat(parts, kept).toString("utf8");
    return { line, text: text.endsWith("\r") ? text.slice(0, -1) : text };
  };
  for await (const chunk of stream) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    let from = 0;
    while (from < buf.length) {
      const nl = buf.indexOf(10, from);
      const to = nl < 0 ? buf.length : nl;
      const piece = buf.subarray(from, to);
      length += piece.length;
      if (length <= maxBytes + 1) {
        // Keep up to one byte over the limit (a CR before the LF is not part of the limit's count).
        parts.push(piece);
        kept += piece.length;
      }
      if (nl < 0) break;
      yield end();
      parts = [];
      kept = 0;
      length = 0;
      line++;
      from = nl + 1;
    }
  }
  if (length > 0) yield end();
}

/** Whether the scale names a dimension `id` (then `id` is a fact, not the incident's name). */
function idIsDimension(dimensions: readonly Dimension[]): boolean {
  return dimensions.some((d) => d.code === ID_FIELD);
}

/** An incident's id, when it is a string or a number. */
function idOf(value: unknown): string | undefined {
  return typeof value === "string" ? value : typeof value === "number" && Number.isFinite(value) ? String(value) : undefined;
}

/** Issues of a one-line document placed on the file's line. */
function onLine(issues: readonly LocatedIssue[], line: number): LocatedIssue[] {
  return issues.map((i) => ({ ...i, line, ...(i.column === undefined ? {} : { column: i.column }) }));
}

/**
 * One NDJSON line as an incident: `{"id": …, "facts": {…}}`, or the facts object itself (with an
 * optional `id` member that is not a dimension). Read with the safe JSON parser (duplicate and
 * `__proto__` keys refused, depth bounded).
 */
export function ndjsonRecord(text: string, line: number, options: RecordOptions): IncidentRecord {
  const parsed = safeParseJsonDocument(text, { maxBytes: options.maxRecordBytes });
  const issues = onLine(locateIssues(parsed.issues, parsed.locate), line);
  if (!parsed.ok) return { line, issues };
  const locate: Locate = (pointer, at) => {
    const p = parsed.locate(pointer, at);
    return p === undefined ? undefined : { ...p, line };
  };
  const value = parsed.value;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { line, facts: value, factsPointer: "", locate, issues };
  const record = value as Record<string, unknown>;
  if (Object.prototype.hasOwnProperty.call(record, "facts")) {
    const id = idOf(record[ID_FIELD]);
    return { line, ...(id === undefined ? {} : { id }), facts: record["facts"], factsPointer: "/facts", locate, issues };
  }
  if (idIsDimension(options.dimensions) || !Object.prototype.hasOwnProperty.call(record, ID_FIELD)) return { line, facts: record, factsPointer: "", locate, issues };
  const { [ID_FIELD]: rawId, ...facts } = record;
  const id = idOf(rawId);
  return { line, ...(id === undefined ? {} : { id }), facts, factsPointer: "", locate, issues };
}

/** Reads NDJSON incidents (blank lines skipped). */
export async function* ndjsonRecords(stream: AsyncIterable<unknown>, options: RecordOptions): AsyncGenerator<IncidentRecord> {
  for await (const l of boundedLines(stream, options.maxRecordBytes)) {
    if ("tooLarge" in l) {
      yield { line: l.line, issues: [{ code: "incident_too_large", severity: "error", pointer: "", params: { bytes: l.tooLarge, limit: options.maxRecordBytes }, line: l.line }] };
      continue;
    }
    if (l.text.trim() === "") continue;
    yield ndjsonRecord(l.text, l.line, options);
  }
}

/** The separator of several options in one CSV cell (for a dimension with `multiple`). */
export const CSV_MULTIPLE_SEPARATOR = "|";

/**
 * One CSV row as facts: empty cells are facts not given; a `multiple` dimension's cell lists its
 * options separated by `|`; every other cell is the option code, the number (a decimal string,
 * read exactly) or `true`/`false`. The `id` column names the incident unless it is a dimension.
 */
export function csvFacts(header: readonly string[], row: readonly string[], dimensions: readonly Dimension[]): { id?: string; facts: Record<string, unknown> } {
  const byCode = new Map(dimensions.map((d) => [d.code, d]));
  const idColumn = idIsDimension(dimensions) ? -1 : header.indexOf(ID_FIELD);
  const facts: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  header.forEach((column, i) => {
    const cell = (row[i] ?? "").trim();
    if (i === idColumn || cell === "") return;
    const dim = byCode.get(column);
    const multiple = dim !== undefined && (dim.type === "ordinal" || dim.type === "nominal") && dim.multiple === true;
    facts[column] = multiple ? cell.split(CSV_MULTIPLE_SEPARATOR).map((s) => s.trim()).filter((s) => s !== "") : cell;
  });
  const id = idColumn >= 0 ? (row[idColumn] ?? "").trim() : "";
  // A plain object again (the facts checker reads own properties; null-prototype only guarded the build).
  return { ...(id === "" ? {} : { id }), facts: { ...facts } };
}

/**
 * Reads CSV incidents with csv-parse (RFC 4180 quoting, fields over several lines, BOM): the
 * first record is the header, whose columns are dimension codes (and `id`). A record csv-parse
 * rejects (wrong number of fields, a stray quote) is reported with its line and skipped; a record
 * longer than the limit ends the input, since the parser cannot find where the next one starts.
 */
export async function* csvRecords(stream: NodeJS.ReadableStream, options: RecordOptions): AsyncGenerator<IncidentRecord> {
  const skipped: IncidentRecord[] = [];
  const parser = parseCsv({
    bom: true,
    info: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: options.maxRecordBytes,
    on_skip: (error: (Error & { code?: string; lines?: number }) | undefined) => {
      if (error === undefined) return;
      const line = error.lines ?? 0;
      const issue: LocatedIssue =
        error.code === "CSV_MAX_RECORD_SIZE"
          ? { code: "incident_csv_too_large", severity: "error", pointer: "", params: { limit: options.maxRecordBytes }, line }
          : { code: "incident_csv_invalid", severity: "error", pointer: "", params: { problem: error.code ?? "CSV" }, line };
      skipped.push({ line, issues: [issue] });
    },
  });
  stream.pipe(parser);
  let header: string[] | undefined;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      // Records rejected before this one (the parser may run ahead of the reader), in line order.
      while (skipped.length > 0 && skipped[0]!.line < info.lines) yield skipped.shift()!;
      if (header === undefined) {
        header = record.map((h) => h.trim());
        continue;
      }
      const { id, facts } = csvFacts(header, record, options.dimensions);
      yield { line: info.lines, ...(id === undefined ? {} : { id }), facts, factsPointer: "", issues: [] };
    }
  } catch (error) {
    const e = error as { code?: string; lines?: number };
    skipped.push({ line: e.lines ?? 0, issues: [{ code: "incident_csv_invalid", severity: "error", pointer: "", params: { problem: e.code ?? "CSV" }, line: e.lines ?? 0 }] });
  }
  yield* skipped.splice(0);
}
