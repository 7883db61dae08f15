/**
 * An alignment as a chart: the reference scale as the first ladder, then each scale as a ladder
 * beside it, most severe at the top. Each level is a band spanning the reference levels it maps
 * to, in its own colour, with its code and label; levels of one scale that cover the same
 * reference level stand side by side in lanes, so overlaps show at a glance. A scale that is the
 * reference itself is not drawn twice. Companion ladders (a scale and the companion, impact or
 * threat scales it names) stand side by side under one bracket and caption, each still drawn from
 * its own mapping. SVG with `<title>`, `<desc>` and `role="img"`.
 */
import type { Alignment, AlignmentLevel, AlignmentScale } from "../compare/compare.js";
import { RELATION_SYMBOL } from "../compare/export-markdown.js";
import type { Locale } from "../i18n/locale.js";
import type { Relation } from "../model/mapping.js";
import { relatedWords } from "../compare/related.js";
import { pickText } from "../translate/_internal.js";
import { pageHtml, type Block, type Cell, type PageOptions } from "./blocks.js";
import { levelColour, textColourOn } from "./colour.js";
import { escapeHtml } from "./escape.js";
import { fill } from "./words.js";

/** Options of {@link alignmentToSvg}. */
export interface AlignmentSvgOptions {
  /** Height of one reference level, in px (default 56). */
  readonly rowHeight?: number;
  /** Width of one scale's column, in px (default 180). */
  readonly columnWidth?: number;
  /** Prefix of the ids of `<title>` and `<desc>`, unique per page (default "sevscale-chart"). */
  readonly idPrefix?: string;
}

/** One band of the chart: a level and the reference ranks it spans. */
export interface ChartBand {
  readonly scaleIndex: number;
  readonly level: AlignmentLevel;
  readonly minRank: number;
  readonly maxRank: number;
  readonly relation?: Exclude<Relation, "noMatch">;
  readonly lane: number;
}

/** The scales drawn beside the reference: all but the reference itself. */
export function chartScales(alignment: Alignment): { scale: AlignmentScale; index: number }[] {
  const ref = alignment.reference;
  return alignment.scales.flatMap((scale, index) => (scale.id === ref.id && scale.version === ref.version ? [] : [{ scale, index }]));
}

/**
 * The groups of companion ladders the chart brackets: runs of at least two adjacent chart columns
 * (positions in {@link chartScales}) whose scales the alignment shows together.
 */
export function chartGroups(alignment: Alignment): number[][] {
  const columnOf = new Map(chartScales(alignment).map(({ index }, column) => [index, column]));
  return (alignment.groups ?? []).map((g) => g.flatMap((i) => (columnOf.has(i) ? [columnOf.get(i)!] : []))).filter((g) => g.length > 1);
}

/**
 * The bands of one scale: each level's span over the reference ranks (from the alignment's rows),
 * least severe first, with a lane so overlapping bands sit side by side. Unmapped levels have none.
 */
export function chartBands(alignment: Alignment, scaleIndex: number): { bands: ChartBand[]; lanes: number; unmapped: AlignmentLevel[] } {
  const scale = alignment.scales[scaleIndex]!;
  const span = new Map<string, { min: number; max: number; relation: Exclude<Relation, "noMatch"> }>();
  for (const row of alignment.rows) {
    for (const l of row.cells[scaleIndex]?.levels ?? []) {
      const s = span.get(l.code);
      span.set(l.code, s ? { min: Math.min(s.min, row.rank), max: Math.max(s.max, row.rank), relation: s.relation } : { min: row.rank, max: row.rank, relation: l.relation });
    }
  }
  const laneEnds: number[] = [];
  const bands: ChartBand[] = [];
  const unmapped: AlignmentLevel[] = [];
  for (const level of [...scale.levels].sort((a, b) => a.rank - b.rank)) {
    const s = span.get(level.code);
    if (s === undefined) {
      unmapped.push(level);
      continue;
    }
    let lane = laneEnds.findIndex((end) => end < s.min);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = s.max;
    bands.push({ scaleIndex, level, minRank: s.min, maxRank: s.max, relation: s.relation, lane });
  }
  return { bands, lanes: Math.max(1, laneEnds.length), unmapped };
}

/** Cuts text to `max` characters with an ellipsis. */
const cut = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, Math.max(1, max - 1))}…`);

/** Greedy word wrap into at most `lines` lines of `width` characters (the last one cut). */
function wrap(s: string, width: number, lines: number): string[] {
  const out: string[] = [];
  let line = "";
  for (const word of s.split(/\s+/).filter(Boolean)) {
    if (line === "") line = word;
    else if (line.length + 1 + word.length <= width) line = `${line} ${word}`;
    else {
      out.push(line);
      line = word;
    }
  }
  if (line !== "") out.push(line);
  if (out.length <= lines) return out.map((l) => cut(l, width));
  const kept = out.slice(0, lines);
  kept[lines - 1] = cut(`${kept[lines - 1]} ${out.slice(lines).join(" ")}`, width);
  return kept.map((l) => cut(l, width));
}

const CHAR_WIDTH = 6.6; // px per character at 11px, a safe average for Latin text
const LINE = 14;

interface BandBox {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

function bandSvg(box: BandBox, fill: string, code: string, label: string, symbol: string, tooltip: string, attrs: string): string {
  const ink = textColourOn(fill);
  const chars = Math.max(3, Math.floor((box.w - 10) / CHAR_WIDTH));
  const room = Math.max(0, Math.floor((box.h - 8) / LINE) - 1);
  const head = wrap(`${symbol}${code}`, chars, Math.min(2, room + 1));
  const lines = room + 1 > head.length && label !== "" && label !== code ? wrap(label, chars, room + 1 - head.length) : [];
  const line = (s: string, i: number, bold: boolean) => `<text x="${box.x + 6}" y="${box.y + 16 + LINE * i}"${bold ? " font-weight=\"700\"" : ""}>${escapeHtml(s)}</text>`;
  const texts = [...head.map((l, i) => line(l, i, true)), ...lines.map((l, i) => line(l, head.length + i, false))];
  return `<g class="band"${attrs}><title>${escapeHtml(tooltip)}</title><rect x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}" rx="3" fill="${fill}" stroke="#333" stroke-width="1"/><g fill="${ink}">${texts.join("")}</g></g>`;
}

/**
 * Draws an alignment as an SVG chart in a locale (labels in its language, else each document's
 * default). Self-contained: no fonts, images or scripts are fetched.
 */
export function alignmentToSvg(alignment: Alignment, locale: Locale, options: AlignmentSvgOptions = {}): string {
  const lang = locale.language;
  const t = locale.terms.render;
  const ref = alignment.reference;
  const rowH = options.rowHeight ?? 56;
  const colW = options.columnWidth ?? 180;
  const id = (options.idPrefix ?? "sevscale-chart").replace(/[^A-Za-z0-9_-]/g, "-");
  const gap = 16;
  const margin = 16;
  const groups = chartGroups(alignment);
  // Room above the headers for the brackets of companion ladders, when there are any.
  const bracketH = groups.length > 0 ? 22 : 0;
  const headH = 52 + bracketH;
  const n = ref.levels.length;
  const top = margin + headH;
  const yOf = (rank: number) => top + (n - 1 - rank) * rowH;
  const scales = chartScales(alignment);
  const width = margin * 2 + colW * (scales.length + 1) + gap * scales.length;

  const parts: string[] = [];
  const headY = margin + bracketH;
  const header = (x: number, heading: string, sub: string, companionOf?: string) =>
    `<text x="${x}" y="${headY + 14}" font-weight="700">${escapeHtml(cut(heading, Math.floor(colW / 7)))}</text>` +
    [
      ...(companionOf === undefined ? [] : [{ line: cut(companionOf, Math.floor(colW / CHAR_WIDTH)), italic: true }]),
      ...wrap(sub, Math.floor(colW / CHAR_WIDTH), companionOf === undefined ? 2 : 1).map((line) => ({ line, italic: false })),
    ]
      .map(({ line, italic }, i) => `<text x="${x}" y="${headY + 30 + i * 13}" fill="#333" font-size="10.5"${italic ? " font-style=\"italic\"" : ""}>${escapeHtml(line)}</text>`)
      .join("");
  const columnX = (column: number) => margin + (colW + gap) * (column + 1);

  // Companion ladders: one bracket over their columns, with a caption.
  const groupDescs: string[] = [];
  for (const g of groups) {
    const x1 = columnX(g[0]!);
    const x2 = columnX(g[g.length - 1]!) + colW;
    const y = margin + bracketH - 6;
    const ids = g.map((column) => scales[column]!.scale.id);
    parts.push(
      `<g class="group" data-scales="${escapeHtml(ids.join(" "))}"><path d="M${x1} ${y + 5}V${y}H${x2}V${y + 5}" fill="none" stroke="#333" stroke-width="1.5"/>` +
        `<text x="${x1 + 4}" y="${y - 4}" font-size="10.5" font-weight="700">${escapeHtml(cut(locale.terms.alignment.together, Math.floor((x2 - x1) / CHAR_WIDTH)))}</text></g>`,
    );
    const words = g.map((column) => relatedWords(alignment.scales, scales[column]!.index, locale.terms.alignment, locale.terms.colon).companionOf);
    groupDescs.push(fill(t.chartGroupDesc, { scales: ids.join(", ") }), ...g.flatMap((column, k) => (words[k] === undefined ? [] : [`${ids[k]}${locale.terms.colon} ${words[k]}.`])));
  }

  // Guides across the chart at each reference level's boundary.
  for (let r = 0; r <= n; r++) parts.push(`<line x1="${margin}" x2="${width - margin}" y1="${top + r * rowH}" y2="${top + r * rowH}" stroke="#bbb" stroke-dasharray="3 3"/>`);

  // The reference ladder, once.
  parts.push(header(margin, `${ref.id}@${ref.version}`, t.reference));
  for (const l of ref.levels) {
    const label = pickText(l.label, lang, ref.defaultLanguage);
    const box = { x: margin, y: yOf(l.rank) + 2, w: colW, h: rowH - 4 };
    const attrs = ` data-scale="${escapeHtml(ref.id)}" data-level="${escapeHtml(l.code)}" data-rank="${l.rank}" data-min="${l.rank}" data-max="${l.rank}" data-reference="true"`;
    parts.push(bandSvg(box, levelColour(l.color, l.rank, n), l.code, label, "", `${l.code} ${label}`, attrs));
  }

  const descs: string[] = [];
  scales.forEach(({ scale, index }, column) => {
    const x = columnX(column);
    const title = pickText(scale.title, lang, scale.defaultLanguage);
    // Under the group's bracket, a companion says what it is ("threat scale"); whose is the group's first ladder (the description says it in full).
    const of = scale.companionOf;
    parts.push(header(x, `${scale.id}@${scale.version}`, title, of === undefined ? undefined : locale.terms.alignment.relation[of.relation]));
    const { bands, lanes, unmapped } = chartBands(alignment, index);
    const laneW = colW / lanes;
    for (const b of bands) {
      const label = pickText(b.level.label, lang, scale.defaultLanguage);
      const box = { x: x + b.lane * laneW, y: yOf(b.maxRank) + 2, w: laneW - (lanes > 1 ? 2 : 0), h: (b.maxRank - b.minRank + 1) * rowH - 4 };
      const symbol = b.relation ? `${RELATION_SYMBOL[b.relation]} ` : "";
      const minCode = ref.levels[b.minRank]?.code ?? "";
      const maxCode = ref.levels[b.maxRank]?.code ?? "";
      const span = minCode === maxCode ? minCode : `${minCode}–${maxCode}`;
      const attrs = ` data-scale="${escapeHtml(scale.id)}" data-level="${escapeHtml(b.level.code)}" data-rank="${b.level.rank}" data-min="${b.minRank}" data-max="${b.maxRank}"`;
      parts.push(bandSvg(box, levelColour(b.level.color, b.level.rank, scale.levels.length), b.level.code, label, symbol, `${b.level.code} ${label} → ${span}`, attrs));
    }
    if (unmapped.length > 0) {
      const note = `${t.notMapped}${locale.terms.colon} ${unmapped.map((l) => l.code).join(", ")}`;
      parts.push(`<text x="${x}" y="${top + n * rowH + 16}" font-size="10.5" fill="#333">${escapeHtml(cut(note, Math.floor(colW / CHAR_WIDTH)))}</text>`);
    }
    descs.push(fill(t.chartScaleDesc, { scale: `${scale.id}@${scale.version}`, levels: bands.map((b) => `${b.level.code} ${ref.levels[b.minRank]?.code}–${ref.levels[b.maxRank]?.code}`).join(", ") }));
  });

  const height = top + n * rowH + margin + 24;
  const title = fill(t.chartTitle, { count: scales.length, reference: `${ref.id}@${ref.version}` });
  const desc = [t.chartDesc, ...descs, ...groupDescs].join(" ");
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${id}-title ${id}-desc" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif" font-size="11">`,
    `<title id="${id}-title">${escapeHtml(title)}</title>`,
    `<desc id="${id}-desc">${escapeHtml(desc)}</desc>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#FFFFFF"/>`,
    ...parts,
    "</svg>",
    "",
  ].join("\n");
}

/** The alignment as an accessible table: one row per reference level, one column per scale (the reference once). */
function alignmentTable(alignment: Alignment, locale: Locale): Block {
  const lang = locale.language;
  const ref = alignment.reference;
  const scales = chartScales(alignment);
  const rows = [...alignment.rows].reverse().map((row): Cell[] => {
    const refLevel = ref.levels.find((l) => l.code === row.reference);
    const refCell: Cell = { strong: row.reference, text: pickText(row.label, lang, ref.defaultLanguage), swatch: levelColour(refLevel?.color, row.rank, ref.levels.length) };
    return [
      refCell,
      ...scales.map(({ scale, index }): Cell => {
        const levels = row.cells[index]?.levels ?? [];
        return { text: levels.length === 0 ? "—" : levels.map((l) => `${RELATION_SYMBOL[l.relation]} ${l.code} ${pickText(l.label, lang, scale.defaultLanguage)}`).join("\n") };
      }),
    ];
  });
  return { kind: "table", caption: `${locale.terms.alignment.heading} ${ref.id}@${ref.version}`, columns: [locale.terms.render.reference, ...scales.map(({ scale }) => `${scale.id}@${scale.version}`)], rows, rowHeaders: true };
}

/** The related scales the compared scales name, given or not: a heading and a list (nothing when none names any). */
function relatedBlocks(alignment: Alignment, locale: Locale): Block[] {
  const w = locale.terms.alignment;
  const items = alignment.scales.flatMap((_, i) => relatedWords(alignment.scales, i, w, locale.terms.colon).names);
  return items.length === 0 ? [] : [{ kind: "heading", level: 2, text: w.related }, { kind: "list", items }];
}

/** The chart in a self-contained HTML page, with the same alignment as a table and the legend. */
export function alignmentToHtml(alignment: Alignment, locale: Locale, options: AlignmentSvgOptions & PageOptions = {}): string {
  const t = locale.terms.render;
  const ref = alignment.reference;
  const title = fill(t.chartTitle, { count: chartScales(alignment).length, reference: `${ref.id}@${ref.version}` });
  const w = locale.terms.alignment;
  const blocks: Block[] = [
    { kind: "heading", level: 1, text: title },
    { kind: "paragraph", text: t.chartDesc },
    { kind: "raw-svg", svg: alignmentToSvg(alignment, locale, options) },
    { kind: "paragraph", text: w.legend },
    alignmentTable(alignment, locale),
    { kind: "heading", level: 2, text: w.scales },
    {
      kind: "list",
      items: chartScales(alignment).map(({ scale: s, index }) => {
        const of = relatedWords(alignment.scales, index, w, locale.terms.colon).companionOf;
        return `${s.id}@${s.version}${locale.terms.colon} ${pickText(s.title, locale.language, s.defaultLanguage)} (${w.numbering[s.direction]}${locale.terms.semicolon} ${w.via} ${s.mapping.id}@${s.mapping.version})${of === undefined ? "" : ` — ${of}`}`;
      }),
    },
    ...relatedBlocks(alignment, locale),
  ];
  return pageHtml(title, locale.language, blocks, fill(t.footer, { id: ref.id, version: ref.version }), options);
}
