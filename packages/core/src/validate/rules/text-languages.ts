import type { Issue } from "../../issues/issue.js";
import { LANG_MAP_NODE, STRUCTURE_NODES, STRUCTURE_ROOTS } from "../../generated/structure-table.js";
import type { DocumentKind } from "../../model/document-kind.js";
import { issue } from "../_issue.js";
import { isRecord } from "../../parse/json-value.js";
import { findNodes } from "../_table-walk.js";
import type { TrackedDocument } from "./_tracked.js";

/**
 * The texts a reader does not need in their own language to read or apply a document: the
 * record of who encoded it and how it was checked, names, and the change log. A missing
 * translation of these is not a `text_language_missing` (see docs/format.md, "Language").
 * Patterns over the text's path: `*` is one step, `**` any number of steps.
 */
export const TEXTS_NOT_NEEDED_IN_EVERY_LANGUAGE: readonly string[] = [
  // the change log: what changed between versions, for maintainers
  "revisionHistory/*/summary",
  // the encoder's name and note: who wrote the machine-readable form
  "encoding/**",
  // names of organisations and people: proper names, often official in one language only
  "publisher/name",
  "publisher/issuingAuthority/name",
  "publisher/contact/name",
  // how far the encoding was checked against its source, wherever it is recorded
  "**/verification/note",
  // licence terms
  "license/note",
];

/** True when `path` matches `pattern` (segments split by "/"; `*` one segment, `**` any number). */
function pathMatches(pattern: readonly string[], path: readonly (string | number)[], p = 0, i = 0): boolean {
  if (p === pattern.length) return i === path.length;
  const step = pattern[p]!;
  if (step === "**") {
    for (let k = i; k <= path.length; k++) if (pathMatches(pattern, path, p + 1, k)) return true;
    return false;
  }
  return i < path.length && (step === "*" || step === String(path[i])) && pathMatches(pattern, path, p + 1, i + 1);
}

const NOT_NEEDED = TEXTS_NOT_NEEDED_IN_EVERY_LANGUAGE.map((p) => p.split("/"));

/** True for a text a reader needs in their language (not one of {@link TEXTS_NOT_NEEDED_IN_EVERY_LANGUAGE}). */
export function textNeededInEveryLanguage(path: readonly (string | number)[]): boolean {
  return !NOT_NEEDED.some((pattern) => pathMatches(pattern, path));
}

/**
 * `text_language_missing` (warning), `text_language_undeclared` (info): every human text a
 * reader needs (every language map the model defines, found through the schema, except
 * {@link TEXTS_NOT_NEEDED_IN_EVERY_LANGUAGE}) has a version in each declared language, and texts in
 * languages the document does not declare are pointed out (in every text). One issue per text,
 * listing the languages; tags compare case-insensitively.
 */
export function textLanguages(doc: TrackedDocument, kind: DocumentKind): Issue[] {
  const declared = new Map(doc.languages.map((l) => [l.tag.toLowerCase(), l.tag]));
  // The declared tags as written: distinct, since `declared` keeps one per lower-case form.
  const exact = new Set(declared.values());
  const out: Issue[] = [];
  const check = (value: unknown, path: readonly (string | number)[]): void => {
    if (!isRecord(value)) return;
    const keys = Object.keys(value);
    // The usual text has each declared tag exactly as declared: nothing missing, nothing extra.
    if (keys.length === exact.size && keys.every((k) => exact.has(k))) return;
    const lowered = keys.map((k) => k.toLowerCase());
    const missing: string[] = [];
    for (const [lower, tag] of declared) if (!lowered.includes(lower)) missing.push(tag);
    const undeclared = keys.filter((_, i) => !declared.has(lowered[i]!));
    if (missing.length > 0 && textNeededInEveryLanguage(path)) out.push(issue("text_language_missing", path, { missing }));
    if (undeclared.length > 0) out.push(issue("text_language_undeclared", path, { undeclared }));
  };
  // The structure table (generated from the model) says where language maps can be; the walk
  // skips every part of the document that cannot hold one.
  findNodes(STRUCTURE_NODES, STRUCTURE_ROOTS[kind], LANG_MAP_NODE, doc, check);
  return out;
}
