/**
 * Making untrusted text safe to print or export. Documents from other states may carry control
 * characters (a newline forges a line of output, ESC recolours or moves a terminal's cursor) and
 * bidirectional controls (U+202E turns "exe.txt" into what reads as "txt.exe"). Every formatter
 * passes untrusted text through {@link escapeText}, which shows each such character visibly as
 * `\uXXXX`, so what a reader sees is what the document holds.
 */

/**
 * Characters never printed as they are: C0 controls (including tab, line feed and carriage
 * return), DEL, C1 controls, the line and paragraph separators, and the bidirectional controls
 * (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069).
 */
// eslint-disable-next-line no-control-regex
export const UNSAFE_TEXT = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

// The same class without the global flag, for tests that must not carry lastIndex between calls.
// eslint-disable-next-line no-control-regex
const UNSAFE_ONE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;

/** `\u` followed by the four hex digits of a UTF-16 code unit, lower case. */
function visible(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/**
 * Untrusted text as it may be printed on a terminal or written into an export: every control or
 * bidirectional control character shown as `\uXXXX` (so the result is always one line). Other
 * text is unchanged.
 *
 * @example
 * escapeText("R1\n2 files checked: 0 errors") // "R1\\u000a2 files checked: 0 errors"
 */
export function escapeText(text: string): string {
  return UNSAFE_ONE.test(text) ? text.replace(UNSAFE_TEXT, visible) : text;
}

/** True when the text holds a character {@link escapeText} would escape. */
export function hasUnsafeText(text: string): boolean {
  return UNSAFE_ONE.test(text);
}

/** The unsafe characters of a text, each as `U+XXXX`, in order of first appearance (at most `limit`). */
export function unsafeCharacters(text: string, limit = 5): string[] {
  const seen = new Set<string>();
  for (const m of text.matchAll(UNSAFE_TEXT)) {
    seen.add(`U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
    if (seen.size >= limit) break;
  }
  return [...seen];
}

/**
 * A short form of an untrusted value for a message: escaped, and cut to `max` characters with
 * "…" so that one long value cannot make every message that quotes it long.
 */
export function clipText(text: string, max = 200): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return escapeText(cut);
}

/**
 * Serialised JSON made safe to print: every character {@link escapeText} would escape is written
 * as a JSON `\uXXXX` escape. The result parses to the same value (such characters can only occur
 * inside strings), but a terminal showing it is never reordered by a bidirectional control.
 */
export function escapeJsonText(json: string): string {
  // JSON.stringify already escapes C0 controls inside strings; raw line breaks are layout.
  return JSON_UNSAFE_ONE.test(json) ? json.replace(JSON_UNSAFE, visible) : json;
}

const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;
const JSON_UNSAFE_ONE = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;
