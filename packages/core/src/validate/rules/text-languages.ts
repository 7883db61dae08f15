import type { Issue } from "../../issues/issue.js";
import { LANG_MAP_NODE, STRUCTURE_NODES, STRUCTURE_ROOTS } from "../../generated/structure-table.js";
import type { DocumentKind } from "../../model/document-kind.js";
import { issue } from "../_issue.js";
import { findNodes, isRecord } from "../_table-walk.js";
import type { TrackedDocument } from "./_tracked.js";

/**
 * `text_language_missing` (warning), `text_language_undeclared` (info): every human text (every
 * language map the model defines, found through the schema) has a version in each declared
 * language, and texts in languages the document does not declare are pointed out. One issue per
 * text, listing the languages; tags compare case-insensitively.
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
    if (missing.length > 0) out.push(issue("text_language_missing", path, { missing }));
    if (undeclared.length > 0) out.push(issue("text_language_undeclared", path, { undeclared }));
  };
  // The structure table (generated from the model) says where language maps can be; the walk
  // skips every part of the document that cannot hold one.
  findNodes(STRUCTURE_NODES, STRUCTURE_ROOTS[kind], LANG_MAP_NODE, doc, check);
  return out;
}
