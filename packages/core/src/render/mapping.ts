/** A mapping as a page: each level of the subject scale, its relation, reference interval, confidence and justification. */
import type { Locale } from "../i18n/locale.js";
import type { Mapping } from "../model/mapping.js";
import type { Scale } from "../model/scale.js";
import { REFERENCE_SCALE } from "../reference/crs.js";
import { pickText, type DeepReadonly } from "../translate/_internal.js";
import { pageHtml, pageMarkdown, type Block, type Cell, type PageOptions } from "./blocks.js";
import { levelCell } from "./method.js";
import { referenceWords } from "./scale.js";
import { fill, wordContext } from "./words.js";
import { formatNumber } from "../i18n/number.js";

/** Options of {@link mappingToHtml} and {@link mappingToMarkdown}. */
export interface MappingPageOptions extends PageOptions {
  /** The subject scale, for its level labels and colours (without it, codes only). */
  readonly scale?: DeepReadonly<Scale>;
  /** The object scale (default: the built-in CRS 1.0), for its labels. */
  readonly reference?: DeepReadonly<Scale>;
}

const titleOf = (m: DeepReadonly<Mapping>, locale: Locale) =>
  pickText(m.title, locale.language, m.defaultLanguage) || `${locale.terms.render.mapping}${locale.terms.colon} ${m.subject.id} → ${m.object.id}`;

/** The blocks of a mapping page. */
export function mappingBlocks(mapping: DeepReadonly<Mapping>, locale: Locale, options: MappingPageOptions = {}): Block[] {
  const t = locale.terms.render;
  const lang = locale.language;
  const txt = (map: Readonly<Record<string, string>> | undefined) => pickText(map, lang, mapping.defaultLanguage);
  const reference = options.reference ?? REFERENCE_SCALE;
  const ctx = options.scale ? wordContext(options.scale, locale) : undefined;
  const records = options.scale
    ? [...mapping.records].sort((a, b) => options.scale!.levels.findIndex((l) => l.code === b.subject) - options.scale!.levels.findIndex((l) => l.code === a.subject))
    : mapping.records;
  const rows = records.map((r): Cell[] => [
    ctx ? levelCell(ctx, r.subject) : { strong: r.subject, text: "" },
    { text: r.relation },
    { text: referenceWords(mapping, r.subject, reference, locale) },
    { text: formatNumber(r.confidence, locale) },
    { text: r.justification },
    { text: txt(r.comment) || "—" },
  ]);
  const blocks: Block[] = [
    { kind: "heading", level: 1, text: titleOf(mapping, locale) },
    { kind: "paragraph", text: `${mapping.id}@${mapping.version} · ${t.subject}${locale.terms.colon} ${mapping.subject.id} ${mapping.subject.versions} · ${t.object}${locale.terms.colon} ${mapping.object.id} ${mapping.object.versions}` },
  ];
  const comment = txt(mapping.comment);
  if (comment) blocks.push({ kind: "paragraph", text: comment });
  blocks.push(
    { kind: "heading", level: 2, text: t.levels },
    { kind: "table", caption: t.mapping, columns: [t.level, t.relation, fill(t.referenceInterval, { reference: `${reference.id}@${reference.version}` }), t.confidence, t.justification, t.comment], rows, rowHeaders: true },
    { kind: "paragraph", text: locale.terms.alignment.legend },
    { kind: "heading", level: 2, text: t.authors },
    { kind: "list", items: mapping.authors.map((a) => [a.name, a.organisation ? txt(a.organisation.name) : "", a.url].filter(Boolean).join(" — ")) },
  );
  if (mapping.reviewers && mapping.reviewers.length > 0) {
    blocks.push({ kind: "heading", level: 2, text: t.reviewers }, { kind: "list", items: mapping.reviewers.map((a) => [a.name, a.organisation ? txt(a.organisation.name) : ""].filter(Boolean).join(" — ")) });
  }
  blocks.push(
    { kind: "heading", level: 2, text: t.version },
    { kind: "list", items: [`${t.version}${locale.terms.colon} ${mapping.version}`, `${t.status}${locale.terms.colon} ${locale.terms.values.status[mapping.status]}`, `${t.date}${locale.terms.colon} ${mapping.date}`, `${t.license}${locale.terms.colon} ${mapping.license.id}`] },
    { kind: "table", caption: t.revisionHistory, columns: [t.version, t.date, t.summary], rows: mapping.revisionHistory.map((r) => [{ text: r.version }, { text: r.date }, { text: txt(r.summary) }]), rowHeaders: true },
  );
  return blocks;
}

const footerOf = (m: DeepReadonly<Mapping>, locale: Locale) => fill(locale.terms.render.footer, { id: m.id, version: m.version });

/** A mapping as one self-contained HTML page in a locale. */
export function mappingToHtml(mapping: DeepReadonly<Mapping>, locale: Locale, options: MappingPageOptions = {}): string {
  return pageHtml(titleOf(mapping, locale), locale.language, mappingBlocks(mapping, locale, options), footerOf(mapping, locale), options);
}

/** A mapping as Markdown in a locale. */
export function mappingToMarkdown(mapping: DeepReadonly<Mapping>, locale: Locale, options: MappingPageOptions = {}): string {
  return pageMarkdown(mappingBlocks(mapping, locale, options), footerOf(mapping, locale), locale.terms.semicolon);
}
