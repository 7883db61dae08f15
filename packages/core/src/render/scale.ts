/**
 * A scale as a page a minister's office can read (HTML or Markdown): each level with its colour
 * swatch and its text, definition, response, notification and the reference interval it maps
 * to; the related scales (companion ladders' levels when given); the method in words; dimensions;
 * contact point, sources, version and revision history.
 */
import type { Locale } from "../i18n/locale.js";
import type { Mapping } from "../model/mapping.js";
import type { Dimension, NotificationStage, Option, Scale } from "../model/scale.js";
import { lowerDimension } from "../classify/lower.js";
import { REFERENCE_SCALE } from "../reference/crs.js";
import { pickText, type DeepReadonly } from "../translate/_internal.js";
import { refNames, relatedLine } from "../compare/related.js";
import { pageHtml, pageMarkdown, type Block, type Cell, type PageOptions } from "./blocks.js";
import { levelCell, methodBlocks } from "./method.js";
import { durationWords, fill, levelWords, text, wordContext, type WordContext } from "./words.js";

/** A related scale given with the scale a page shows, and its mapping when there is one. */
export interface GivenRelatedScale {
  readonly scale: DeepReadonly<Scale>;
  readonly mapping?: DeepReadonly<Mapping> | undefined;
}

/** Options of {@link scaleToHtml} and {@link scaleToMarkdown}. */
export interface ScalePageOptions extends PageOptions {
  /** The reference scale the mapping maps onto (default: the built-in CRS 1.0), for its labels. */
  readonly reference?: DeepReadonly<Scale>;
  /**
   * Scales the page's scale names in `related`, given with it: their levels are summarised in the
   * "Related scales" section (with the reference interval when their mapping is given too). A
   * related scale not given is named, never fetched.
   */
  readonly related?: readonly GivenRelatedScale[];
}

/** The reference interval a mapping gives a level, in words ("falls within R3–R4 (…)"), or undefined. */
export function referenceWords(mapping: DeepReadonly<Mapping>, code: string, reference: DeepReadonly<Scale>, locale: Locale): string {
  const record = mapping.records.find((r) => r.subject === code);
  const t = locale.terms;
  if (record === undefined) return t.render.notMapped;
  if (record.relation === "noMatch" || record.object === undefined) return t.render.noMatch;
  const label = (c: string) => pickText(reference.levels.find((l) => l.code === c)?.label, locale.language, reference.defaultLanguage) || c;
  const { min, max } = record.object;
  const band = min === max ? `${min} (${label(min)})` : fill(t.band, { min, max, minLabel: label(min), maxLabel: label(max) });
  return `${t.recordVerb[record.relation]} ${band}`;
}

function responseWords(ctx: WordContext, level: DeepReadonly<Scale["levels"][number]>): string {
  const t = ctx.terms;
  const r = level.response;
  if (r === undefined) return "";
  return [
    [t.whoResponds, text(ctx, r.whoResponds)],
    [t.actions, text(ctx, r.actions)],
    [t.escalation, text(ctx, r.escalation)],
  ]
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}${ctx.colon} ${v}`)
    .join("\n");
}

/** One obligation in words: "within 72 hours of becoming aware of the incident to the CSIRT (mandatory)". */
function obligationWords(ctx: WordContext, deadline: string | undefined, from: NotificationStage["from"], to: string, mandatory: boolean | undefined): string {
  const t = ctx.terms;
  const parts: string[] = [];
  if (deadline === undefined) parts.push(t.noDeadline);
  else if (from === undefined) parts.push(fill(t.notifyWithin, { deadline: durationWords(deadline, t) }));
  else parts.push(fill(t.notifyWithinFrom, { deadline: durationWords(deadline, t), event: t.notifyEvent[from] }));
  if (to) parts.push(fill(t.notifyTo, { to }));
  if (mandatory !== undefined) parts.push(`(${mandatory ? t.mandatory : t.voluntary})`);
  return parts.join(" ");
}

/** A level's notification duty: one line, or one line per stage ("Early warning: within 24 hours of …"). */
function notificationWords(ctx: WordContext, level: DeepReadonly<Scale["levels"][number]>): string {
  const n = level.notification;
  if (n === undefined) return "";
  const to = text(ctx, n.to);
  const lines =
    n.stages === undefined
      ? [obligationWords(ctx, n.deadline, undefined, to, n.mandatory)]
      : n.stages.map((s) => {
          const words = obligationWords(ctx, s.deadline, s.from, text(ctx, s.to) || to, s.mandatory ?? n.mandatory);
          const note = text(ctx, s.note);
          return `${text(ctx, s.name)}${ctx.colon} ${words}${note ? ` \u2014 ${note}` : ""}`;
        });
  const note = text(ctx, n.note);
  return note ? `${lines.join("\n")}\n${note}` : lines.join("\n");
}

function levelsBlock(ctx: WordContext, locale: Locale, mapping: DeepReadonly<Mapping> | undefined, reference: DeepReadonly<Scale>): Block {
  const t = ctx.terms;
  // Columns no level fills are left out.
  const responses = ctx.scale.levels.some((l) => responseWords(ctx, l) !== "");
  const notifications = ctx.scale.levels.some((l) => notificationWords(ctx, l) !== "");
  const columns = [t.level, t.definition, ...(responses ? [t.response] : []), ...(notifications ? [t.notification] : []), ...(mapping ? [fill(t.referenceInterval, { reference: `${reference.id}@${reference.version}` })] : [])];
  // Most severe first: the order a reader scans for "how bad can it get".
  const rows = [...ctx.scale.levels].reverse().map((l): Cell[] => [
    levelCell(ctx, l.code),
    { text: text(ctx, l.definition) || t.notDefined },
    ...(responses ? [{ text: responseWords(ctx, l) || "—" }] : []),
    ...(notifications ? [{ text: notificationWords(ctx, l) || "—" }] : []),
    ...(mapping ? [{ text: referenceWords(mapping, l.code, reference, locale) }] : []),
  ]);
  return { kind: "table", caption: t.levels, columns, rows, rowHeaders: true };
}

/** The options of a non-quantity dimension (a boolean one's are no / yes). */
function optionsOf(d: DeepReadonly<Dimension>): readonly DeepReadonly<Option>[] {
  const lowered = lowerDimension(d as Dimension);
  return lowered.type === "ordinal" ? lowered.options : [];
}

/** A related scale's levels, most severe first: level, definition and, with its mapping, the reference interval. */
function relatedLevelsBlock(given: GivenRelatedScale, locale: Locale, reference: DeepReadonly<Scale>): Block {
  const ctx = wordContext(given.scale, locale);
  const t = ctx.terms;
  const mapping = given.mapping;
  const columns = [t.level, t.definition, ...(mapping ? [fill(t.referenceInterval, { reference: `${reference.id}@${reference.version}` })] : [])];
  const rows = [...given.scale.levels].reverse().map((l): Cell[] => [
    levelCell(ctx, l.code),
    { text: text(ctx, l.definition) || t.notDefined },
    ...(mapping ? [{ text: referenceWords(mapping, l.code, reference, locale) }] : []),
  ]);
  const name = `${text(ctx, given.scale.title) || given.scale.id} (${given.scale.id}@${given.scale.version})`;
  return { kind: "table", caption: fill(t.relatedLevels, { scale: name }), columns, rows, rowHeaders: true };
}

/**
 * "Related scales": each scale this one names (`related`), the relation in words and its note; then
 * the levels of each one given with it, so companion ladders are read together.
 */
function relatedBlock(ctx: WordContext, locale: Locale, given: readonly GivenRelatedScale[], reference: DeepReadonly<Scale>): Block[] {
  const related = ctx.scale.related ?? [];
  if (related.length === 0) return [];
  const w = locale.terms.alignment;
  const found = related.map((r) => given.find((g) => refNames(r.ref, g.scale.id, g.scale.version)));
  const items = related.map((r, i) => {
    const g = found[i];
    const title = g === undefined ? `(${w.notGiven})` : `— ${pickText(g.scale.title, locale.language, g.scale.defaultLanguage) || g.scale.id}`;
    const note = text(ctx, r.note);
    return `${relatedLine(r.ref, r.relation, ctx.scale.id, w, ctx.colon)} ${title}${note ? ` — ${note}` : ""}`;
  });
  const shown = found.filter((g, i): g is GivenRelatedScale => g !== undefined && found.indexOf(g) === i);
  return [
    { kind: "heading", level: 2, text: w.related },
    { kind: "list", items },
    ...(shown.length === 0 ? [{ kind: "paragraph", text: ctx.terms.relatedNoneGiven } as const] : shown.map((g) => relatedLevelsBlock(g, locale, reference))),
  ];
}

function dimensionsBlock(ctx: WordContext): Block[] {
  const t = ctx.terms;
  if (ctx.scale.dimensions.length === 0) return [];
  const rows = ctx.scale.dimensions.map((d): Cell[] => [
    { text: text(ctx, d.label) || d.code },
    { text: text(ctx, d.definition) || "—" },
    { text: d.type === "quantity" ? `${t.unit}${ctx.colon} ${d.unit}` : optionsOf(d).map((o) => text(ctx, o.label) || o.code).join("\n") },
  ]);
  return [{ kind: "heading", level: 2, text: t.dimensions }, { kind: "table", caption: t.dimensions, columns: [t.dimension, t.definition, t.options], rows, rowHeaders: true }];
}

function contactBlock(ctx: WordContext): Block[] {
  const t = ctx.terms;
  const p = ctx.scale.publisher;
  const items = [`${t.publisher}${ctx.colon} ${text(ctx, p.name)}${p.url ? ` — ${p.url}` : ""}`];
  if (p.issuingAuthority) items.push(`${t.issuingAuthority}${ctx.colon} ${text(ctx, p.issuingAuthority.name)}${p.issuingAuthority.acronym ? ` (${p.issuingAuthority.acronym})` : ""}`);
  const c = p.contact;
  const contact = [text(ctx, c.name), c.email, c.phone, c.url].filter((x): x is string => Boolean(x));
  if (contact.length > 0) items.push(`${t.contact}${ctx.colon} ${contact.join(" · ")}`);
  return [{ kind: "heading", level: 2, text: t.contact }, { kind: "list", items }];
}

function sourcesBlock(ctx: WordContext): Block[] {
  const sources = ctx.scale.sources ?? [];
  if (sources.length === 0) return [];
  const items = sources.map((s) => [s.title, s.url, s.date, s.note].filter(Boolean).join(" — "));
  return [{ kind: "heading", level: 2, text: ctx.terms.sources }, { kind: "list", items }];
}

function versionBlock(ctx: WordContext): Block[] {
  const t = ctx.terms;
  const s = ctx.scale;
  const items = [`${t.version}${ctx.colon} ${s.version}`, `${t.status}${ctx.colon} ${ctx.status[s.status]}`, `${t.published}${ctx.colon} ${s.published}`, `${t.license}${ctx.colon} ${s.license.id}`];
  if (s.encoding) items.push(`${t.encoding}${ctx.colon} ${text(ctx, s.encoding.by.name)} (${s.encoding.official ? t.official : t.unofficial})`);
  const rows = s.revisionHistory.map((r): Cell[] => [{ text: r.version }, { text: r.date }, { text: text(ctx, r.summary) }]);
  return [
    { kind: "heading", level: 2, text: t.version },
    { kind: "list", items },
    { kind: "table", caption: t.revisionHistory, columns: [t.version, t.date, t.summary], rows, rowHeaders: true },
  ];
}

/** The blocks of a scale page, shared by the HTML and Markdown renderers. */
export function scaleBlocks(scale: DeepReadonly<Scale>, mapping: DeepReadonly<Mapping> | undefined, locale: Locale, options: ScalePageOptions = {}): Block[] {
  const ctx = wordContext(scale, locale);
  const t = ctx.terms;
  const reference = options.reference ?? REFERENCE_SCALE;
  const blocks: Block[] = [{ kind: "heading", level: 1, text: text(ctx, scale.title) || scale.id }];
  const lead = [`${scale.id}@${scale.version}`, text(ctx, scale.publisher.name), `${t.direction}${ctx.colon} ${locale.terms.alignment.numbering[scale.direction]}`].filter(Boolean).join(" · ");
  blocks.push({ kind: "paragraph", text: lead });
  const description = text(ctx, scale.description);
  if (description) blocks.push({ kind: "paragraph", text: description });
  blocks.push({ kind: "heading", level: 2, text: t.levels }, levelsBlock(ctx, locale, mapping, reference));
  if (scale.significance) blocks.push({ kind: "paragraph", text: `${t.significance}${ctx.colon} ${levelWords(ctx, scale.significance.level)} — ${text(ctx, scale.significance.meaning)}` });
  blocks.push(...relatedBlock(ctx, locale, options.related ?? [], reference));
  blocks.push({ kind: "heading", level: 2, text: t.method }, ...methodBlocks(ctx, scale.method));
  blocks.push(...dimensionsBlock(ctx), ...contactBlock(ctx), ...sourcesBlock(ctx), ...versionBlock(ctx));
  return blocks;
}

const footerOf = (scale: DeepReadonly<Scale>, locale: Locale) => fill(locale.terms.render.footer, { id: scale.id, version: scale.version });

/**
 * A scale as one self-contained HTML page (inline CSS, no script, no network) in a locale; with a
 * mapping, each level also shows the reference interval it maps to.
 * @example scaleToHtml(scale, mapping, fr)
 */
export function scaleToHtml(scale: DeepReadonly<Scale>, mapping: DeepReadonly<Mapping> | undefined, locale: Locale, options: ScalePageOptions = {}): string {
  const title = pickText(scale.title, locale.language, scale.defaultLanguage) || scale.id;
  return pageHtml(title, locale.language, scaleBlocks(scale, mapping, locale, options), footerOf(scale, locale), options);
}

/** A scale as Markdown in a locale (the same content as {@link scaleToHtml}; colours named in words). */
export function scaleToMarkdown(scale: DeepReadonly<Scale>, mapping: DeepReadonly<Mapping> | undefined, locale: Locale, options: ScalePageOptions = {}): string {
  return pageMarkdown(scaleBlocks(scale, mapping, locale, options), footerOf(scale, locale), locale.terms.semicolon);
}
