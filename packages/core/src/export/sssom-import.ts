/**
 * SSSOM/TSV import: reads an SSSOM/TSV text back into a Mapping document candidate. A file written
 * by {@link mappingToSssomTsv} gives back the same mapping (its extension slots carry what SSSOM
 * cannot say); a file from another tool gives a draft whose metadata comes from the standard
 * slots. Pure; never throws on bad input: every problem is a coded issue with its line. The
 * candidate is not validated here: callers run `validateDocument` on it.
 */
import { isRecord } from "../parse/json-value.js";
import { parse as parseCsv } from "csv-parse/sync";
import { parse as parseYaml } from "yaml";
import type { Issue, IssueParams } from "../issues/issue.js";
import type { Justification, Relation } from "../model/mapping.js";
import { safeParseJsonDocument } from "../parse/safe-parse-json-document.js";
import type { EXPORT_MESSAGES } from "./messages.js";
import { SSSOM_BASE_IRI, SSSOM_DOCUMENT_SLOT, SSSOM_JUSTIFICATION, SSSOM_NO_TERM_FOUND } from "./sssom.js";
import { EXPORT_SEVERITIES, severityIn } from "../generated/severities.js";

/** The result of {@link sssomTsvToMapping}: a mapping candidate when the file could be read. */
export type SssomImportResult =
  | { readonly ok: true; readonly document: Record<string, unknown>; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Columns SSSOM requires of every mapping row (see the test naming the schema version). */
export const SSSOM_REQUIRED_COLUMNS = ["subject_id", "predicate_id", "object_id", "mapping_justification"] as const;

const RELATIONS: readonly Relation[] = ["exactMatch", "closeMatch", "broadMatch", "narrowMatch", "relatedMatch", "noMatch"];
const JUSTIFICATION_OF = new Map<string, Justification>(
  Object.entries(SSSOM_JUSTIFICATION).map(([ours, semapv]) => [semapv, ours as Justification]),
);

type Code = keyof typeof EXPORT_MESSAGES;
const issue = (code: Code, params: IssueParams, pointer = ""): Issue => ({ code, severity: severityIn(EXPORT_SEVERITIES, code), pointer, params });

const own = (o: Record<string, unknown>, k: string): unknown => (Object.hasOwn(o, k) ? o[k] : undefined);
const firstLine = (s: string) => s.split("\n")[0]!.trim();

/** A row of the table with the line it came from (1-based, in the whole file). */
interface Row {
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

/** Splits the text into the `#` metadata lines at the top and the table after them. */
function splitSssom(text: string): { meta: string; table: string; metaLines: number } {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  let n = 0;
  while (n < lines.length && lines[n]!.startsWith("#")) n++;
  return { meta: lines.slice(0, n).map((l) => l.slice(1)).join("\n"), table: lines.slice(n).join("\n"), metaLines: n };
}

/** Reads the YAML metadata block; a block that is not a mapping is an issue. */
function readMetadata(meta: string, issues: Issue[]): Record<string, unknown> | undefined {
  if (meta.trim() === "") return {};
  try {
    // uniqueKeys: a repeated slot is an error, not a silent overwrite; aliases are bounded by the library.
    const value: unknown = parseYaml(meta, { uniqueKeys: true, maxAliasCount: 100 });
    if (value === null || value === undefined) return {};
    if (isRecord(value)) return value;
    issues.push(issue("sssom_metadata_invalid", { reason: "not a mapping of slots" }));
  } catch (error) {
    issues.push(issue("sssom_metadata_invalid", { reason: firstLine(error instanceof Error ? error.message : String(error)) }));
  }
  return undefined;
}

/** Reads the TSV table (a header row, then rows), quoted cells as pandas writes them. */
function readTable(table: string, metaLines: number, issues: Issue[]): { header: string[]; rows: Row[] } | undefined {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parseCsv(table, { delimiter: "\t", quote: '"', relax_quotes: true, skip_empty_lines: true, info: true, bom: true }) as unknown as typeof records;
  } catch (error) {
    const lines = (error as { lines?: number }).lines;
    issues.push(issue("sssom_table_invalid", { line: metaLines + (lines ?? 1), reason: firstLine(error instanceof Error ? error.message : String(error)) }));
    return undefined;
  }
  const [head, ...body] = records;
  if (!head) {
    issues.push(issue("sssom_no_rows", {}));
    return undefined;
  }
  const header = head.record.map((h) => h.trim());
  const missing = SSSOM_REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  for (const column of missing) issues.push(issue("sssom_column_missing", { column }));
  if (missing.length > 0) return undefined;
  const rows = body.map(({ record, info }) => {
    const cells: Record<string, string> = Object.create(null) as Record<string, string>;
    header.forEach((h, i) => (cells[h] = record[i] ?? ""));
    return { line: metaLines + info.lines, cells };
  });
  if (rows.length === 0) issues.push(issue("sssom_no_rows", {}));
  return { header, rows };
}

/** The local part of a CURIE, percent-decoded: the level code. */
function levelCode(curie: string): string | undefined {
  const colon = curie.indexOf(":");
  if (colon <= 0) return undefined;
  try {
    const code = decodeURIComponent(curie.slice(colon + 1));
    return code === "" ? undefined : code;
  } catch {
    return undefined;
  }
}

/** Parses a JSON text from a slot with the safe parser (no duplicate or forbidden keys). */
function safeJson(text: string): unknown {
  const parsed = safeParseJsonDocument(text);
  return parsed.ok ? parsed.value : undefined;
}

const isLangMap = (v: unknown): v is Record<string, string> => isRecord(v) && Object.values(v).every((x) => typeof x === "string");

/** The rows of one record: by `sevscale_record` when the file has it, else consecutive rows of one subject. */
function groupRows(rows: readonly Row[], byRecord: boolean): Row[][] {
  const groups: Row[][] = [];
  const index = new Map<string, Row[]>();
  let previous: string | undefined;
  for (const row of rows) {
    const key = byRecord ? row.cells["sevscale_record"]! : row.cells["subject_id"]!;
    if (byRecord) {
      const group = index.get(key);
      if (group) group.push(row);
      else {
        const g = [row];
        index.set(key, g);
        groups.push(g);
      }
    } else if (key === previous) groups[groups.length - 1]!.push(row);
    else groups.push([row]);
    previous = key;
  }
  return groups;
}

/** The relation of a record from its rows: the extension slot, else what the predicates say. */
function relationOf(group: readonly Row[], issues: Issue[]): Relation | undefined {
  const first = group[0]!;
  const stated = first.cells["sevscale_relation"];
  if (stated) {
    if ((RELATIONS as readonly string[]).includes(stated)) return stated as Relation;
    issues.push(issue("sssom_value_invalid", { line: first.line, slot: "sevscale_relation", value: stated }));
    return undefined;
  }
  if (group.some((r) => r.cells["object_id"] === SSSOM_NO_TERM_FOUND)) return "noMatch";
  const predicates = new Set(group.map((r) => r.cells["predicate_id"]!));
  const only = predicates.size === 1 ? [...predicates][0]! : "skos:relatedMatch";
  const relation = only.startsWith("skos:") ? only.slice(5) : only;
  if (relation !== "noMatch" && (RELATIONS as readonly string[]).includes(relation)) return relation as Relation;
  issues.push(issue("sssom_value_invalid", { line: first.line, slot: "predicate_id", value: only }));
  return undefined;
}

/** One mapping record from its rows, or undefined (with issues) when a cell is unusable. */
function recordOf(group: readonly Row[], defaultLanguage: string, extended: boolean, issues: Issue[]): Record<string, unknown> | undefined {
  const first = group[0]!;
  const before = issues.length;
  const bad = (row: Row, slot: string) => issues.push(issue("sssom_value_invalid", { line: row.line, slot, value: row.cells[slot] ?? "" }));
  const subject = levelCode(first.cells["subject_id"]!);
  if (subject === undefined) bad(first, "subject_id");
  const relation = relationOf(group, issues);
  const justification = JUSTIFICATION_OF.get(first.cells["mapping_justification"]!);
  if (justification === undefined) bad(first, "mapping_justification");
  const confidenceText = first.cells["confidence"] ?? "";
  const confidence = Number(confidenceText);
  if (confidenceText.trim() === "" || !Number.isFinite(confidence) || confidence < 0 || confidence > 1) bad(first, "confidence");
  let object: { min: string; max: string } | undefined;
  if (relation !== undefined && relation !== "noMatch") {
    const min = levelCode(first.cells["object_id"]!);
    const last = group[group.length - 1]!;
    const max = levelCode(last.cells["object_id"]!);
    if (min === undefined) bad(first, "object_id");
    else if (max === undefined) bad(last, "object_id");
    else object = { min, max };
  }
  let comment: unknown;
  const stated = first.cells["sevscale_comment"];
  if (stated) {
    comment = safeJson(stated);
    if (!isLangMap(comment)) bad(first, "sevscale_comment");
  } else if (!extended && first.cells["comment"]) comment = { [defaultLanguage]: first.cells["comment"] };
  if (issues.length > before) return undefined;
  return {
    subject,
    relation,
    ...(object ? { object } : {}),
    justification,
    confidence,
    ...(comment ? { comment } : {}),
  };
}

const SPDX_PAGE = /^https:\/\/spdx\.org\/licenses\/([A-Za-z0-9.+-]+)\.html$/;
const SET_ID = /([^/]+\/[^/@]+)@([^/@]+)$/;

/** The mapping's metadata from the standard slots, for files another tool wrote. */
function metadataFromSlots(meta: Record<string, unknown>, issues: Issue[]): Record<string, unknown> | undefined {
  const before = issues.length;
  const text = (slot: string): string | undefined => {
    const v = own(meta, slot);
    if (v === undefined || v === null) {
      issues.push(issue("sssom_slot_missing", { slot }));
      return undefined;
    }
    if (typeof v !== "string" && typeof v !== "number") {
      issues.push(issue("sssom_value_invalid", { line: 0, slot, value: JSON.stringify(v) ?? "" }));
      return undefined;
    }
    return String(v);
  };
  const setId = text("mapping_set_id");
  const idMatch = setId === undefined ? null : SET_ID.exec(setId);
  if (setId !== undefined && idMatch === null) issues.push(issue("sssom_value_invalid", { line: 0, slot: "mapping_set_id", value: setId }));
  const version = own(meta, "mapping_set_version") === undefined ? idMatch?.[2] : text("mapping_set_version");
  const source = (slot: string) => {
    const s = text(slot);
    return s?.startsWith("sevscale:") ? s.slice("sevscale:".length) : s;
  };
  const subjectId = source("subject_source");
  const objectId = source("object_source");
  const date = text("mapping_date");
  const license = text("license");
  const creators = own(meta, "creator_label");
  const names = typeof creators === "string" ? [creators] : Array.isArray(creators) ? creators.filter((c): c is string => typeof c === "string") : [];
  if (names.length === 0) issues.push(issue("sssom_slot_missing", { slot: "creator_label" }));
  if (issues.length > before) return undefined;
  const spdx = SPDX_PAGE.exec(license!);
  const title = own(meta, "mapping_set_title");
  const comment = own(meta, "comment");
  const lang = "en";
  const sourceVersion = (slot: string) => {
    const v = own(meta, slot);
    return typeof v === "string" || typeof v === "number" ? String(v) : "*";
  };
  return {
    kind: "mapping",
    id: idMatch![1],
    version,
    status: "draft",
    ...(typeof title === "string" ? { title: { [lang]: title } } : {}),
    subject: { id: subjectId, versions: sourceVersion("subject_source_version") },
    object: { id: objectId, versions: sourceVersion("object_source_version") },
    authors: names.map((name) => ({ name })),
    date,
    revisionHistory: [{ version, date, summary: { [lang]: typeof title === "string" ? title : setId } }],
    license: spdx ? { id: spdx[1] } : { id: "NOASSERTION", url: license },
    defaultLanguage: lang,
    languages: [{ tag: lang, authoritative: true }],
    ...(typeof comment === "string" ? { comment: { [lang]: comment } } : {}),
  };
}

/**
 * Reads SSSOM/TSV into a Mapping document candidate. The set metadata comes from the
 * `sevscale_document` extension slot when present (files sevscale wrote), else from the standard
 * slots (`mapping_set_id` `<base><id>@<version>`, `subject_source` / `object_source`
 * `sevscale:<id>`, `creator_label`, `mapping_date`, `license`); records are rebuilt from the rows:
 * the rows of one record are those with the same `sevscale_record` (else consecutive rows with the
 * same subject), the band runs from the first row's object to the last's, `sssom:NoTermFound` is
 * noMatch, semapv justifications map back to ours.
 * @example const r = sssomTsvToMapping(mappingToSssomTsv(m)); // r.ok && r.document deep-equals m
 */
export function sssomTsvToMapping(text: string): SssomImportResult {
  const issues: Issue[] = [];
  const { meta, table, metaLines } = splitSssom(text);
  const metadata = readMetadata(meta, issues);
  const read = readTable(table, metaLines, issues);
  if (metadata === undefined || read === undefined || read.rows.length === 0) return { ok: false, issues };

  let head: Record<string, unknown> | undefined;
  const embedded = own(metadata, SSSOM_DOCUMENT_SLOT);
  if (embedded !== undefined) {
    const value = typeof embedded === "string" ? safeJson(embedded) : undefined;
    if (isRecord(value)) head = value;
    else issues.push(issue("sssom_value_invalid", { line: 0, slot: SSSOM_DOCUMENT_SLOT, value: typeof embedded === "string" ? embedded.slice(0, 80) : "" }));
  } else head = metadataFromSlots(metadata, issues);
  if (head === undefined) return { ok: false, issues };

  const defaultLanguage = typeof head["defaultLanguage"] === "string" ? head["defaultLanguage"] : "en";
  // A file sevscale wrote says everything in its extension columns; the `comment` column is then only a reading aid.
  const extended = read.header.includes("sevscale_record");
  const groups = groupRows(read.rows, extended);
  const records = groups.map((g) => recordOf(g, defaultLanguage, extended, issues));
  if (records.some((r) => r === undefined)) return { ok: false, issues };
  return { ok: true, document: { ...head, records }, issues };
}

