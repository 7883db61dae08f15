/**
 * The alignment's reference-level table as CSV (RFC 4180): CRLF line ends, fields quoted when they
 * hold a comma, quote, CR or LF, quotes doubled. One row per reference level, one column per scale.
 */
import { escapeText } from "../escape/escape.js";
import { pickText } from "../translate/_internal.js";
import type { Alignment } from "./compare.js";

/** Options of {@link alignmentToCsv}. */
export interface CsvOptions {
  /** Language of the reference labels (default "en"; else the reference's default language). */
  readonly lang?: string;
  /**
   * Prefix a field that starts with = + - @ TAB or CR with an apostrophe, so a spreadsheet never
   * runs text from an untrusted document as a formula (default true).
   */
  readonly formulaGuard?: boolean;
}

/**
 * Quotes one field per RFC 4180, after {@link escapeText} (control and bidirectional characters
 * shown as `\uXXXX`, so an export never carries ESC or U+202E).
 */
export function csvField(value: string, formulaGuard = true): string {
  const escaped = escapeText(value);
  const v = formulaGuard && /^[=+\-@\t\r]/.test(escaped) ? `'${escaped}` : escaped;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * Renders the alignment table: `reference, reference_label, <id@version>...`; a cell lists the
 * scale's levels covering that reference level as `code (relation)`, joined by "; ".
 */
export function alignmentToCsv(alignment: Alignment, options: CsvOptions = {}): string {
  const lang = options.lang ?? "en";
  const guard = options.formulaGuard ?? true;
  const line = (fields: readonly string[]) => fields.map((f) => csvField(f, guard)).join(",");
  const lines = [line(["reference", "reference_label", ...alignment.scales.map((s) => `${s.id}@${s.version}`)])];
  for (const r of alignment.rows) {
    lines.push(
      line([
        r.reference,
        pickText(r.label, lang, alignment.reference.defaultLanguage),
        ...r.cells.map((c) => c.levels.map((l) => `${l.code} (${l.relation})`).join("; ")),
      ]),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
