import type { z } from "zod";
import type { Issue } from "../../issues/issue.js";
import { LANG_MAP_WALKS } from "../../generated/lang-map-walk.js";
import type { VisitText } from "../../generated/lang-map-walk.js";
import { LangMapSchema } from "../../model/common.js";
import { DOCUMENT_KINDS, DOCUMENT_SCHEMAS } from "../../model/kinds.js";
import { issue } from "../_issue.js";
import { findAll, isRecord } from "../_schema-walk.js";
import type { TrackedDocument } from "./_tracked.js";

/**
 * `text_language_missing` (warning), `text_language_undeclared` (info): every human text (every
 * language map the model defines, found through the schema) has a version in each declared
 * language, and texts in languages the document does not declare are pointed out. One issue per
 * text, listing the languages; tags compare case-insensitively.
 */
export function textLanguages(doc: TrackedDocument, schema: z.core.$ZodType): Issue[] {
  const declared = new Map(doc.languages.map((l) => [l.tag.toLowerCase(), l.tag]));
  // The declared tags as written: distinct, since `declared` keeps one per lower-case form.
  const exact = new Set(declared.values());
  const out: Issue[] = [];
  const check: VisitText = (value, path) => {
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
  // A document kind's own schema has a walk generated from the model (same texts, same order);
  // any other schema is walked through zod's definitions.
  const kind = DOCUMENT_KINDS.find((k) => DOCUMENT_SCHEMAS[k] === schema);
  const walk = kind === undefined ? null : LANG_MAP_WALKS[kind];
  if (walk) walk(doc, check);
  else findAll(schema, LangMapSchema, doc, check);
  return out;
}
