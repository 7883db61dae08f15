/**
 * The alignment as a Markdown document (GFM tables): the reference-level table, a legend, the
 * list of scales (each companion scale said to be one, and the related scales each names, given or
 * not), and one matrix per pair of scales. Text from documents is escaped, so a label
 * cannot inject links, HTML or table cells.
 */
import { escapeText } from "../escape/escape.js";
import type { Locale } from "../i18n/locale.js";
import type { Relation } from "../model/mapping.js";
import { pickText } from "../translate/_internal.js";
import type { Alignment } from "./compare.js";
import { relatedWords } from "./related.js";

/** Symbol of a record relation in alignment tables. */
export const RELATION_SYMBOL: Readonly<Record<Exclude<Relation, "noMatch">, string>> = {
  exactMatch: "=",
  closeMatch: "≈",
  broadMatch: "⊂",
  narrowMatch: "⊃",
  relatedMatch: "~",
};

/**
 * Escapes text for a GFM table cell: control and bidirectional characters shown as `\uXXXX`
 * ({@link escapeText}), Markdown punctuation, HTML and pipes made literal.
 */
export function escapeMarkdownCell(text: string): string {
  return escapeText(text.replace(/[\r\n]+/g, " ")).replace(/[\\`*_[\]<>|#!~&]/g, (c) => (c === "&" ? "&amp;" : `\\${c}`));
}

const row = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
const rule = (n: number) => `|${" --- |".repeat(n)}`;

/** Renders an alignment as Markdown in a locale (labels fall back to each document's default language). */
export function alignmentToMarkdown(alignment: Alignment, locale: Locale): string {
  const w = locale.terms.alignment;
  const lang = locale.language;
  const ref = alignment.reference;
  const ver = (id: string, version: string) => escapeMarkdownCell(`${id}@${version}`);
  const out: string[] = [`## ${w.heading} ${ver(ref.id, ref.version)}`, ""];

  out.push(row([w.reference, ...alignment.scales.map((s) => ver(s.id, s.version))]), rule(alignment.scales.length + 1));
  for (const r of alignment.rows) {
    const refCell = escapeMarkdownCell(`${r.reference} ${pickText(r.label, lang, ref.defaultLanguage)}`);
    const cells = r.cells.map((c) => c.levels.map((l) => `${escapeMarkdownCell(l.code)} ${escapeMarkdownCell(RELATION_SYMBOL[l.relation])}`).join(", "));
    out.push(row([refCell, ...cells]));
  }
  out.push("", w.legend, "", `### ${w.scales}`, "");
  alignment.scales.forEach((s, i) => {
    const title = escapeMarkdownCell(pickText(s.title, lang, s.defaultLanguage));
    const companionOf = relatedWords(alignment.scales, i, w, locale.terms.colon).companionOf;
    const of = companionOf === undefined ? "" : ` — ${escapeMarkdownCell(companionOf)}`;
    out.push(`- ${ver(s.id, s.version)}${locale.terms.colon} ${title} (${w.numbering[s.direction]}${locale.terms.semicolon} ${w.via} ${ver(s.mapping.id, s.mapping.version)})${of}`);
  });
  const related = alignment.scales.flatMap((_, i) => relatedWords(alignment.scales, i, w, locale.terms.colon).names);
  if (related.length > 0) out.push("", `### ${w.related}`, "", ...related.map((line) => `- ${escapeMarkdownCell(line)}`));

  if (alignment.pairwise.length > 0) {
    out.push("", `### ${w.pairwise}`, "", w.pairwiseNote);
    for (const p of alignment.pairwise) {
      const a = alignment.scales[p.aIndex]!;
      const b = alignment.scales[p.bIndex]!;
      out.push("", `#### ${ver(a.id, a.version)} → ${ver(b.id, b.version)}`, "");
      out.push(row([`${escapeMarkdownCell(a.id)} \\\\ ${escapeMarkdownCell(b.id)}`, ...b.levels.map((l) => escapeMarkdownCell(l.code))]), rule(b.levels.length + 1));
      a.levels.forEach((la, i) => {
        out.push(row([escapeMarkdownCell(la.code), ...(p.matrix[i] ?? []).map((rel) => (rel ? locale.terms.relationShort[rel] : ""))]));
      });
    }
  }
  return `${out.join("\n")}\n`;
}
