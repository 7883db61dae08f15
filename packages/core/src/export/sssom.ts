/**
 * SSSOM/TSV export of a Mapping document (https://mapping-commons.github.io/sssom/), readable by
 * sssom-py and other mapping tools: a YAML metadata block on `#` lines, then one TSV row per
 * mapping. Pure: returns the text. See docs/exports.md ("SSSOM") for the choices.
 *
 * Besides the standard slots, the file carries four extension slots (declared in
 * `extension_definitions`, SSSOM 1.0) so that {@link sssomTsvToMapping} gives back the same
 * document: `sevscale_document` (the mapping's own metadata as JSON), and per row
 * `sevscale_record` (which record the row belongs to), `sevscale_relation` (the record's
 * relation, which a band's rows cannot all carry) and `sevscale_comment` (the record's comment in
 * every language, as JSON). Tools that do not know them ignore them.
 */
import { stringify } from "yaml";
import type { Justification, Mapping, MappingRecord } from "../model/mapping.js";
import type { Scale } from "../model/scale.js";
import { REFERENCE_SCALE } from "../reference/crs.js";
import { pickText, type DeepReadonly } from "../translate/_internal.js";

/** Options of {@link mappingToSssomTsv}. */
export interface SssomOptions {
  /** The subject scale: gives level labels and a versioned IRI prefix. */
  readonly subject?: DeepReadonly<Scale>;
  /** The object scale (default: the built-in reference when the mapping maps onto it). */
  readonly object?: DeepReadonly<Scale>;
  /** Base of level IRIs (default {@link SSSOM_BASE_IRI}): `<base><id>@<version>#<code>`. */
  readonly baseIri?: string;
}

/** Default base of the IRIs written: levels are `<base><id>@<version>#<code>`, the set `<base><id>@<version>`. */
export const SSSOM_BASE_IRI = "https://sevscale.org/id/";

/** semapv justification for each of ours; criteria-derived records are inferred from the criteria. */
export const SSSOM_JUSTIFICATION: Readonly<Record<Justification, string>> = {
  "manual-curation": "semapv:ManualMappingCuration",
  review: "semapv:MappingReview",
  "criteria-derived": "semapv:LogicalReasoning",
  chaining: "semapv:MappingChaining",
  inversion: "semapv:MappingInversion",
  unspecified: "semapv:UnspecifiedMatching",
};

/** The standard SSSOM columns written, in order. */
export const SSSOM_STANDARD_COLUMNS = [
  "subject_id",
  "subject_label",
  "predicate_id",
  "object_id",
  "object_label",
  "mapping_justification",
  "confidence",
  "comment",
] as const;

/** The extension columns written after the standard ones (declared in `extension_definitions`). */
export const SSSOM_EXTENSION_COLUMNS = ["sevscale_record", "sevscale_relation", "sevscale_comment"] as const;

/** Every column written, in order. */
export const SSSOM_COLUMNS = [...SSSOM_STANDARD_COLUMNS, ...SSSOM_EXTENSION_COLUMNS] as const;

/** The set-level extension slot holding the mapping's metadata as JSON. */
export const SSSOM_DOCUMENT_SLOT = "sevscale_document";

/** The object of a noMatch record (SSSOM's "no term found"). */
export const SSSOM_NO_TERM_FOUND = "sssom:NoTermFound";

const EXTENSION_DEFINITIONS = [
  { slot_name: SSSOM_DOCUMENT_SLOT, property: "sevscale:document", type_hint: "xsd:string" },
  { slot_name: "sevscale_record", property: "sevscale:record", type_hint: "xsd:integer" },
  { slot_name: "sevscale_relation", property: "sevscale:relation", type_hint: "xsd:string" },
  { slot_name: "sevscale_comment", property: "sevscale:comment", type_hint: "xsd:string" },
];

const STANDARD_PREFIXES: readonly (readonly [string, string])[] = [
  ["semapv", "https://w3id.org/semapv/vocab/"],
  ["skos", "http://www.w3.org/2004/02/skos/core#"],
  ["sssom", "https://w3id.org/sssom/"],
  ["xsd", "http://www.w3.org/2001/XMLSchema#"],
];

/**
 * A TSV cell: tabs and line breaks would split cells or rows, so they become spaces; a cell with a
 * double quote is quoted with the quotes doubled (as pandas, and so sssom-py, read and write it).
 */
export function sssomCell(s: string): string {
  const flat = s.replace(/[\t\r\n]+/g, " ");
  return flat.includes('"') ? `"${flat.replace(/"/g, '""')}"` : flat;
}

/** CURIE prefix for a document id: "us/nciss" → "us-nciss". */
export function curiePrefix(id: string): string {
  const p = id.replace(/[^A-Za-z0-9._-]/g, "-");
  return /^[A-Za-z_]/.test(p) ? p : `x${p}`;
}

/** The local part of a level's CURIE: the code, percent-encoded. */
export const levelLocal = (code: string): string => encodeURIComponent(code);

function licenseIri(m: DeepReadonly<Mapping>): string {
  if (m.license.url) return m.license.url;
  // A single SPDX id has a page; an expression has none, so the licence is noted in the comment.
  if (/^[A-Za-z0-9.+-]+$/.test(m.license.id)) return `https://spdx.org/licenses/${m.license.id}.html`;
  return "https://w3id.org/sssom/license/unspecified";
}

type Row = Record<(typeof SSSOM_COLUMNS)[number], string>;

/** The mapping without its records: what `sevscale_document` carries. */
function documentMetadata(mapping: DeepReadonly<Mapping>): Record<string, unknown> {
  const { records: _records, ...rest } = mapping;
  return rest;
}

/** The rows of one record: one per object level of its band (see {@link mappingToSssomTsv}). */
function recordRows(
  r: DeepReadonly<MappingRecord>,
  index: number,
  ctx: { sp: string; op: string; lang: string; objectLevels: readonly string[]; subjectLabel: ReadonlyMap<string, string>; objectLabel: ReadonlyMap<string, string> },
): Row[] {
  const common = {
    subject_id: `${ctx.sp}:${levelLocal(r.subject)}`,
    subject_label: ctx.subjectLabel.get(r.subject) ?? "",
    mapping_justification: SSSOM_JUSTIFICATION[r.justification],
    confidence: String(r.confidence),
    sevscale_record: String(index + 1),
    sevscale_relation: r.relation,
    sevscale_comment: r.comment ? JSON.stringify(r.comment) : "",
  };
  const note = r.comment ? pickText(r.comment, ctx.lang, ctx.lang) : "";
  if (r.relation === "noMatch" || !r.object) {
    return [{ ...common, predicate_id: "skos:exactMatch", object_id: SSSOM_NO_TERM_FOUND, object_label: "", comment: note }];
  }
  const { min, max } = r.object;
  let band: string[];
  if (min === max) band = [min];
  else {
    const lo = ctx.objectLevels.indexOf(min);
    const hi = ctx.objectLevels.indexOf(max);
    // Without the object scale (or with a bad band) the levels in between are unknown: write the ends.
    band = lo >= 0 && hi >= lo ? ctx.objectLevels.slice(lo, hi + 1) : [min, max];
  }
  return band.map((code) => {
    const single = band.length === 1;
    const predicate = single || r.relation === "narrowMatch" ? `skos:${r.relation}` : "skos:relatedMatch";
    const bandNote = single ? "" : `Part of band ${min}–${max} (skos:${r.relation} in the source mapping).`;
    return {
      ...common,
      predicate_id: predicate,
      object_id: `${ctx.op}:${levelLocal(code)}`,
      object_label: ctx.objectLabel.get(code) ?? "",
      comment: [bandNote, note].filter((x) => x !== "").join(" "),
    };
  });
}

/**
 * Writes `mapping` as SSSOM/TSV. A noMatch record becomes `skos:exactMatch sssom:NoTermFound`
 * (SSSOM's "no term found"). A band (min < max) becomes one row per object level in it; as SSSOM
 * relates single terms, each row's predicate is what still holds for that one level: narrowMatch
 * stays narrowMatch (s covers the whole band, so each level), any other relation becomes
 * relatedMatch, and the comment names the band and the original relation.
 * @example mappingToSssomTsv(ukMapping, { subject: uk }) // "#curie_map:\n#  gb-ncsc-2018: …"
 */
export function mappingToSssomTsv(mapping: DeepReadonly<Mapping>, options: SssomOptions = {}): string {
  const base = options.baseIri ?? SSSOM_BASE_IRI;
  const subject = options.subject?.id === mapping.subject.id ? options.subject : undefined;
  const object =
    options.object?.id === mapping.object.id ? options.object : mapping.object.id === REFERENCE_SCALE.id ? REFERENCE_SCALE : undefined;
  const lang = mapping.defaultLanguage;

  const sp = curiePrefix(mapping.subject.id);
  let op = curiePrefix(mapping.object.id);
  if (op === sp) op = `${op}-object`;
  const iri = (id: string, version: string | undefined) => `${base}${id}${version ? `@${version}` : ""}#`;

  const labels = (scale: DeepReadonly<Scale> | undefined) => {
    const m = new Map<string, string>();
    for (const l of scale?.levels ?? []) if (!m.has(l.code)) m.set(l.code, pickText(l.label, lang, scale!.defaultLanguage));
    return m;
  };
  const ctx = { sp, op, lang, objectLevels: object ? object.levels.map((l) => l.code) : [], subjectLabel: labels(subject), objectLabel: labels(object) };
  const rows = (mapping.records as readonly DeepReadonly<MappingRecord>[]).flatMap((r, i) => recordRows(r, i, ctx));

  const curieMap: Record<string, string> = {
    [sp]: iri(mapping.subject.id, subject?.version),
    [op]: iri(mapping.object.id, object?.version),
    sevscale: base,
  };
  for (const [k, v] of STANDARD_PREFIXES) curieMap[k] = v;
  const setComment = [
    mapping.comment ? pickText(mapping.comment, lang, lang) : "",
    licenseIri(mapping).endsWith("/unspecified") ? `License: ${mapping.license.id}.` : "",
  ]
    .filter((x) => x !== "")
    .join(" ");
  const metadata: Record<string, unknown> = {
    curie_map: curieMap,
    mapping_set_id: `${base}${mapping.id}@${mapping.version}`,
    mapping_set_version: mapping.version,
    ...(mapping.title ? { mapping_set_title: pickText(mapping.title, lang, lang) } : {}),
    license: licenseIri(mapping),
    mapping_date: mapping.date,
    creator_label: mapping.authors.map((a) => a.name),
    subject_source: `sevscale:${mapping.subject.id}`,
    subject_source_version: subject?.version ?? mapping.subject.versions,
    object_source: `sevscale:${mapping.object.id}`,
    object_source_version: object?.version ?? mapping.object.versions,
    mapping_tool: "sevscale",
    ...(setComment ? { comment: setComment } : {}),
    extension_definitions: EXTENSION_DEFINITIONS,
    [SSSOM_DOCUMENT_SLOT]: JSON.stringify(documentMetadata(mapping)),
  };
  // lineWidth 0: never fold a long scalar over several lines (each must stay one `#` line).
  const yamlText = stringify(metadata, { lineWidth: 0, minContentWidth: 0 });
  const lines = yamlText
    .replace(/\n$/, "")
    .split("\n")
    .map((h) => `#${h}`);
  lines.push(SSSOM_COLUMNS.join("\t"));
  for (const r of rows) lines.push(SSSOM_COLUMNS.map((c) => sssomCell(r[c])).join("\t"));
  return `${lines.join("\n")}\n`;
}
