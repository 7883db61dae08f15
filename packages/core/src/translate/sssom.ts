/**
 * SSSOM/TSV export of a Mapping document (https://mapping-commons.github.io/sssom/), readable by
 * sssom-py and other mapping tools: a YAML metadata block on `#` lines, then one TSV row per
 * mapping. Pure: returns the text. See docs/translation.md ("SSSOM export") for the choices.
 */
import type { Justification, Mapping, MappingRecord } from "../model/mapping.js";
import type { Scale } from "../model/scale.js";
import { REFERENCE_SCALE } from "../reference/crs.js";
import { pickText, type DeepReadonly } from "./_internal.js";

/** Options of {@link mappingToSssomTsv}. */
export interface SssomOptions {
  /** The subject scale: gives level labels and a versioned IRI prefix. */
  readonly subject?: DeepReadonly<Scale>;
  /** The object scale (default: the built-in reference when the mapping maps onto it). */
  readonly object?: DeepReadonly<Scale>;
  /** Base of level IRIs (default "https://sevscale.org/id/"): `<base><id>@<version>#<code>`. */
  readonly baseIri?: string;
}

/** semapv justification for each of ours; criteria-derived records are inferred from the criteria. */
export const SSSOM_JUSTIFICATION: Readonly<Record<Justification, string>> = {
  "manual-curation": "semapv:ManualMappingCuration",
  review: "semapv:MappingReview",
  "criteria-derived": "semapv:LogicalReasoning",
  chaining: "semapv:MappingChaining",
  inversion: "semapv:MappingInversion",
  unspecified: "semapv:UnspecifiedMatching",
};

/** The columns written, in order. */
export const SSSOM_COLUMNS = [
  "subject_id",
  "subject_label",
  "predicate_id",
  "object_id",
  "object_label",
  "mapping_justification",
  "confidence",
  "comment",
] as const;

const STANDARD_PREFIXES: readonly (readonly [string, string])[] = [
  ["semapv", "https://w3id.org/semapv/vocab/"],
  ["skos", "http://www.w3.org/2004/02/skos/core#"],
  ["sssom", "https://w3id.org/sssom/"],
];

/** A YAML double-quoted scalar: JSON string syntax is valid YAML, and it escapes newlines. */
const yaml = (s: string) => JSON.stringify(s);

/** A TSV cell: tabs and line breaks would split cells or rows, so they become spaces. */
const cell = (s: string) => s.replace(/[\t\r\n]+/g, " ");

/** CURIE prefix for a document id: "us/nciss" → "us-nciss". */
export function curiePrefix(id: string): string {
  const p = id.replace(/[^A-Za-z0-9._-]/g, "-");
  return /^[A-Za-z_]/.test(p) ? p : `x${p}`;
}

function licenseIri(m: DeepReadonly<Mapping>): string {
  if (m.license.url) return m.license.url;
  // A single SPDX id has a page; an expression has none, so the licence is noted in the comment.
  if (/^[A-Za-z0-9.+-]+$/.test(m.license.id)) return `https://spdx.org/licenses/${m.license.id}.html`;
  return "https://w3id.org/sssom/license/unspecified";
}

interface Row {
  subject: string;
  subjectLabel: string;
  predicate: string;
  object: string;
  objectLabel: string;
  justification: string;
  confidence: number;
  comment: string;
}

/**
 * Writes `mapping` as SSSOM/TSV. A noMatch record becomes `skos:exactMatch sssom:NoTermFound`
 * (SSSOM's "no term found"). A band (min < max) becomes one row per object level in it; as SSSOM
 * relates single terms, each row's predicate is what still holds for that one level: narrowMatch
 * stays narrowMatch (s covers the whole band, so each level), any other relation becomes
 * relatedMatch, and the comment names the band and the original relation.
 */
export function mappingToSssomTsv(mapping: DeepReadonly<Mapping>, options: SssomOptions = {}): string {
  const base = options.baseIri ?? "https://sevscale.org/id/";
  const subject = options.subject?.id === mapping.subject.id ? options.subject : undefined;
  const object =
    options.object?.id === mapping.object.id ? options.object : mapping.object.id === REFERENCE_SCALE.id ? REFERENCE_SCALE : undefined;
  const lang = mapping.defaultLanguage;

  const sp = curiePrefix(mapping.subject.id);
  let op = curiePrefix(mapping.object.id);
  if (op === sp) op = `${op}-object`;
  const iri = (id: string, version: string | undefined) => `${base}${id}${version ? `@${version}` : ""}#`;
  const local = (code: string) => encodeURIComponent(code);

  const subjectLabel = new Map<string, string>();
  for (const l of subject?.levels ?? []) if (!subjectLabel.has(l.code)) subjectLabel.set(l.code, pickText(l.label, lang, subject!.defaultLanguage));
  const objectLevels = object ? object.levels.map((l) => l.code) : [];
  const objectLabel = new Map<string, string>();
  for (const l of object?.levels ?? []) if (!objectLabel.has(l.code)) objectLabel.set(l.code, pickText(l.label, lang, object!.defaultLanguage));

  const rows: Row[] = [];
  for (const r of mapping.records as readonly DeepReadonly<MappingRecord>[]) {
    const common = {
      subject: `${sp}:${local(r.subject)}`,
      subjectLabel: subjectLabel.get(r.subject) ?? "",
      justification: SSSOM_JUSTIFICATION[r.justification],
      confidence: r.confidence,
    };
    const note = r.comment ? pickText(r.comment, lang, lang) : "";
    if (r.relation === "noMatch" || !r.object) {
      rows.push({ ...common, predicate: "skos:exactMatch", object: "sssom:NoTermFound", objectLabel: "", comment: note });
      continue;
    }
    const { min, max } = r.object;
    let band: string[];
    if (min === max) band = [min];
    else {
      const lo = objectLevels.indexOf(min);
      const hi = objectLevels.indexOf(max);
      // Without the object scale (or with a bad band) the levels in between are unknown: write the ends.
      band = lo >= 0 && hi >= lo ? objectLevels.slice(lo, hi + 1) : [min, max];
    }
    for (const code of band) {
      const single = band.length === 1;
      const predicate = single || r.relation === "narrowMatch" ? `skos:${r.relation}` : "skos:relatedMatch";
      const bandNote = single ? "" : `Part of band ${min}–${max} (skos:${r.relation} in the source mapping).`;
      rows.push({
        ...common,
        predicate,
        object: `${op}:${local(code)}`,
        objectLabel: objectLabel.get(code) ?? "",
        comment: [bandNote, note].filter((x) => x !== "").join(" "),
      });
    }
  }

  const prefixes: [string, string][] = [
    [sp, iri(mapping.subject.id, subject?.version)],
    [op, iri(mapping.object.id, object?.version)],
    ["sevscale", base],
    ...STANDARD_PREFIXES.map(([k, v]) => [k, v] as [string, string]),
  ];
  const header: string[] = ["curie_map:", ...prefixes.map(([k, v]) => `  ${k}: ${yaml(v)}`)];
  header.push(`mapping_set_id: ${yaml(`${base}${mapping.id}@${mapping.version}`)}`);
  header.push(`mapping_set_version: ${yaml(mapping.version)}`);
  if (mapping.title) header.push(`mapping_set_title: ${yaml(pickText(mapping.title, lang, lang))}`);
  header.push(`license: ${yaml(licenseIri(mapping))}`);
  header.push(`mapping_date: ${yaml(mapping.date)}`);
  header.push("creator_label:", ...mapping.authors.map((a) => `  - ${yaml(a.name)}`));
  header.push(`subject_source: ${yaml(`sevscale:${mapping.subject.id}`)}`);
  header.push(`subject_source_version: ${yaml(subject?.version ?? mapping.subject.versions)}`);
  header.push(`object_source: ${yaml(`sevscale:${mapping.object.id}`)}`);
  header.push(`object_source_version: ${yaml(object?.version ?? mapping.object.versions)}`);
  header.push(`mapping_tool: "sevscale"`);
  const setComment = [
    mapping.comment ? pickText(mapping.comment, lang, lang) : "",
    licenseIri(mapping).endsWith("/unspecified") ? `License: ${mapping.license.id}.` : "",
  ]
    .filter((x) => x !== "")
    .join(" ");
  if (setComment) header.push(`comment: ${yaml(setComment)}`);

  const lines = header.map((h) => `#${h}`);
  lines.push(SSSOM_COLUMNS.join("\t"));
  for (const r of rows) {
    lines.push(
      [r.subject, r.subjectLabel, r.predicate, r.object, r.objectLabel, r.justification, String(r.confidence), r.comment].map(cell).join("\t"),
    );
  }
  return `${lines.join("\n")}\n`;
}
