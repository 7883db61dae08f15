/**
 * Escaping of untrusted text (labels, definitions, names from other states' documents) for HTML,
 * SVG and Markdown. Controls that could reorder or hide text (bidi overrides and isolates, C0/C1
 * controls) are made visible as `[U+XXXX]` rather than passed through.
 */
import { escapeMarkdownCell } from "../compare/export-markdown.js";

// Bidi embeddings, overrides and isolates, marks, and C0/C1 controls other than tab and newline.
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Replaces bidi and other control characters with a visible `[U+XXXX]`. */
export function showControls(text: string): string {
  return text.replace(CONTROLS, (c) => `[U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}]`);
}

const HTML_ENTITY: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" };

/** Escapes text for HTML or XML content and attribute values (`& < > " '`), controls made visible. */
export function escapeHtml(text: string): string {
  return showControls(text).replace(/[&<>"']/g, (c) => HTML_ENTITY[c]!);
}

/** Escapes text for Markdown (a table cell or a line): punctuation, HTML and pipes literal, controls visible. */
export function escapeMarkdown(text: string): string {
  return escapeMarkdownCell(showControls(text));
}
