/**
 * The alignment as a Markdown document (GFM tables): the reference-level table, a legend, the
 * list of scales, and one matrix per pair of scales. Text from documents is escaped, so a label
 * cannot inject links, HTML or table cells.
 */
import { escapeText } from "../escape/escape.js";
import type { MessageLanguage } from "../issues/issue.js";
import type { Relation } from "../model/mapping.js";
import { pickText } from "../translate/_internal.js";
import type { TranslationRelation } from "../translate/relation.js";
import type { Alignment } from "./compare.js";

/** Symbol of a record relation in alignment tables. */
export const RELATION_SYMBOL: Readonly<Record<Exclude<Relation, "noMatch">, string>> = {
  exactMatch: "=",
  closeMatch: "≈",
  broadMatch: "⊂",
  narrowMatch: "⊃",
  relatedMatch: "~",
};

const WORDS = {
  en: {
    heading: "Alignment on",
    reference: "Reference",
    legend:
      "Legend: = exactMatch (same meaning), ≈ closeMatch (about the same), ⊂ broadMatch (the level falls within the band), ⊃ narrowMatch (the level covers all of the band), ~ relatedMatch (partial overlap).",
    scales: "Scales",
    numbering: { ascending: "numbered upwards", descending: "numbered downwards, 1 is the most severe" },
    via: "mapping",
    pairwise: "Level by level",
    pairwiseNote: "Each cell says how the column's level relates to the row's level.",
    relation: { equivalent: "equivalent", narrower: "narrower", broader: "broader", overlapping: "overlapping" },
  },
  es: {
    heading: "Alineación sobre",
    reference: "Referencia",
    legend:
      "Leyenda: = exactMatch (mismo significado), ≈ closeMatch (aproximadamente igual), ⊂ broadMatch (el nivel queda dentro de la banda), ⊃ narrowMatch (el nivel abarca toda la banda), ~ relatedMatch (solapamiento parcial).",
    scales: "Escalas",
    numbering: { ascending: "numeración ascendente", descending: "numeración descendente, 1 es el más grave" },
    via: "mapeo",
    pairwise: "Nivel a nivel",
    pairwiseNote: "Cada celda indica cómo se relaciona el nivel de la columna con el de la fila.",
    relation: { equivalent: "equivalente", narrower: "más restringido", broader: "más amplio", overlapping: "solapamiento parcial" },
  },
} satisfies Record<MessageLanguage, { relation: Record<TranslationRelation, string> } & Record<string, unknown>>;

/**
 * Escapes text for a GFM table cell: control and bidirectional characters shown as `\uXXXX`
 * ({@link escapeText}), Markdown punctuation, HTML and pipes made literal.
 */
export function escapeMarkdownCell(text: string): string {
  return escapeText(text.replace(/[\r\n]+/g, " ")).replace(/[\\`*_[\]<>|#!~&]/g, (c) => (c === "&" ? "&amp;" : `\\${c}`));
}

const row = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
const rule = (n: number) => `|${" --- |".repeat(n)}`;

/** Renders an alignment as Markdown in `lang` (labels fall back to each document's default language). */
export function alignmentToMarkdown(alignment: Alignment, lang: MessageLanguage = "en"): string {
  const w = WORDS[lang];
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
  for (const s of alignment.scales) {
    const title = escapeMarkdownCell(pickText(s.title, lang, s.defaultLanguage));
    out.push(`- ${ver(s.id, s.version)}: ${title} (${w.numbering[s.direction]}; ${w.via} ${ver(s.mapping.id, s.mapping.version)})`);
  }

  if (alignment.pairwise.length > 0) {
    out.push("", `### ${w.pairwise}`, "", w.pairwiseNote);
    for (const p of alignment.pairwise) {
      const a = alignment.scales[p.aIndex]!;
      const b = alignment.scales[p.bIndex]!;
      out.push("", `#### ${ver(a.id, a.version)} → ${ver(b.id, b.version)}`, "");
      out.push(row([`${escapeMarkdownCell(a.id)} \\\\ ${escapeMarkdownCell(b.id)}`, ...b.levels.map((l) => escapeMarkdownCell(l.code))]), rule(b.levels.length + 1));
      a.levels.forEach((la, i) => {
        out.push(row([escapeMarkdownCell(la.code), ...(p.matrix[i] ?? []).map((rel) => (rel ? w.relation[rel] : ""))]));
      });
    }
  }
  return `${out.join("\n")}\n`;
}
