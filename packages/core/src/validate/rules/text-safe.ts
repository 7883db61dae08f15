import { UNSAFE_TEXT } from "../../escape/escape.js";
import type { Issue } from "../../issues/issue.js";
import { issue } from "../_issue.js";

/** Members whose strings name or label something: no line break or tab belongs in them either. */
const NAME_MEMBERS = new Set(["code", "id", "label", "title", "level", "name", "subject", "min", "max", "at", "members", "kid", "version", "dimension", "rule"]);

// Controls that never belong in any text (line breaks and tabs may, in definitions and notes).
// eslint-disable-next-line no-control-regex
const NEVER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;

function characters(text: string): string[] {
  const seen = new Set<string>();
  for (const m of text.matchAll(UNSAFE_TEXT)) {
    seen.add(`U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
    if (seen.size >= 5) break;
  }
  return [...seen];
}

/**
 * `text_unsafe_characters` (warning): a string holds control characters or bidirectional controls
 * (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C) — in a code, id or label also a line break or
 * tab. Output escapes them (they are shown as `\uXXXX`), but in a document they can make one code
 * look like another, so they are reported where they are. Visits every string once.
 */
export function textSafe(document: unknown): Issue[] {
  const out: Issue[] = [];
  const walk = (value: unknown, path: (string | number)[], nameLike: boolean): void => {
    if (typeof value === "string") {
      if (NEVER.test(value) || (nameLike && /[\t\n\r]/.test(value))) out.push(issue("text_unsafe_characters", path, { characters: characters(value) }));
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, [...path, i], nameLike));
      return;
    }
    if (typeof value === "object" && value !== null) {
      for (const [k, v] of Object.entries(value)) {
        if (NEVER.test(k)) out.push(issue("text_unsafe_characters", [...path, k], { characters: characters(k) }));
        // A language map under a name member ({"label": {"en": ...}}) is a name too.
        walk(v, [...path, k], NAME_MEMBERS.has(k) || (nameLike && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(k)));
      }
    }
  };
  walk(document, [], false);
  return out;
}
