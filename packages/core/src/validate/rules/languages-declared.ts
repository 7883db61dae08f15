import type { Issue } from "../../issues/issue.js";
import { issue } from "../_issue.js";
import type { TrackedDocument } from "./_tracked.js";

/**
 * `default_language_undeclared`, `language_duplicate`: the default language is one of the
 * declared `languages`, and no language is declared twice (BCP 47 tags compare
 * case-insensitively, so "es-MX" and "es-mx" are the same language).
 */
export function languagesDeclared(doc: TrackedDocument): Issue[] {
  const out: Issue[] = [];
  const seen = new Set<string>();
  doc.languages.forEach((l, i) => {
    const tag = l.tag.toLowerCase();
    if (seen.has(tag)) out.push(issue("language_duplicate", ["languages", i, "tag"], { language: l.tag }));
    seen.add(tag);
  });
  if (!seen.has(doc.defaultLanguage.toLowerCase())) {
    out.push(issue("default_language_undeclared", ["defaultLanguage"], { language: doc.defaultLanguage, declared: doc.languages.map((l) => l.tag) }));
  }
  return out;
}
