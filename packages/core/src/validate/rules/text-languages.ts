import type { z } from "zod";
import type { Issue } from "../../issues/issue.js";
import { LangMapSchema } from "../../model/common.js";
import { issue } from "../_issue.js";
import { isRecord, walkWithSchema } from "../_schema-walk.js";
import type { TrackedDocument } from "./_tracked.js";

/**
 * `text_language_missing` (warning), `text_language_undeclared` (info): every human text (every
 * language map the model defines, found through the schema) has a version in each declared
 * language, and texts in languages the document does not declare are pointed out. One issue per
 * text, listing the languages; tags compare case-insensitively.
 */
export function textLanguages(doc: TrackedDocument, schema: z.core.$ZodType): Issue[] {
  const declared = new Map(doc.languages.map((l) => [l.tag.toLowerCase(), l.tag]));
  const out: Issue[] = [];
  walkWithSchema(schema, doc, (s, value, path) => {
    if (s !== LangMapSchema || !isRecord(value)) return true;
    const present = new Set(Object.keys(value).map((k) => k.toLowerCase()));
    const missing = [...declared].filter(([lower]) => !present.has(lower)).map(([, tag]) => tag);
    const undeclared = Object.keys(value).filter((k) => !declared.has(k.toLowerCase()));
    if (missing.length > 0) out.push(issue("text_language_missing", path, { missing }));
    if (undeclared.length > 0) out.push(issue("text_language_undeclared", path, { undeclared }));
    return false;
  });
  return out;
}
