/**
 * Terminal layout: display width of text, truncation with an ellipsis, word wrapping, colour
 * swatches from a level's `color.hex`, box-drawing tables whose cells hold several lines of styled
 * text, and the same table as one block per column when it cannot fit. Widths are measured on the
 * plain text; styles (ANSI escapes) are applied after layout.
 */

/** A piece of text and how to paint it (after layout). */
export interface Segment {
  readonly text: string;
  readonly paint?: (s: string) => string;
}

/** One line of a cell. */
export type CellLine = readonly Segment[];

/** A cell: zero or more lines. */
export type Cell = readonly CellLine[];

const ZERO_WIDTH = /[\p{Mn}\p{Me}\u200b-\u200f\u2060\ufeff]/u;

/** True for characters a terminal draws two columns wide (East Asian wide and fullwidth, most emoji). */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

function charWidth(ch: string): number {
  if (ZERO_WIDTH.test(ch)) return 0;
  return isWide(ch.codePointAt(0)!) ? 2 : 1;
}

/** Columns a text takes on a terminal (plain text: no escapes, no control characters). */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w;
}

const ELLIPSIS = "…";

/** Cuts a line to at most `width` columns, ending with an ellipsis when anything was cut. */
export function truncateLine(line: CellLine, width: number): CellLine {
  const total = line.reduce((n, s) => n + displayWidth(s.text), 0);
  if (total <= width) return line;
  const room = Math.max(0, width - 1);
  const out: Segment[] = [];
  let used = 0;
  for (const seg of line) {
    let text = "";
    for (const ch of seg.text) {
      const w = charWidth(ch);
      if (used + w > room) break;
      text += ch;
      used += w;
    }
    if (text !== "") out.push({ ...seg, text });
    if (text !== seg.text) break;
  }
  if (width > 0) out.push({ text: ELLIPSIS });
  return out;
}

/** One character of a line being wrapped, with the segment it came from. */
interface Placed {
  readonly ch: string;
  readonly width: number;
  readonly segment: number;
}

const widthOf = (chars: readonly Placed[]) => chars.reduce((n, c) => n + c.width, 0);

/** Rebuilds segments (with their paint) from placed characters. */
function toLine(chars: readonly Placed[], line: CellLine): CellLine {
  const out: Segment[] = [];
  let start = 0;
  for (let i = 1; i <= chars.length; i++) {
    if (i < chars.length && chars[i]!.segment === chars[start]!.segment) continue;
    const seg = line[chars[start]!.segment]!;
    out.push({ ...seg, text: chars.slice(start, i).map((c) => c.ch).join("") });
    start = i;
  }
  return out;
}

/**
 * Wraps a line into lines of at most `width` columns: greedy, breaking at spaces (the spaces at a
 * break are dropped); a word wider than the width is cut after a "/" or "-" or before an "@" when
 * it has one that fits, else where it must be. Paint is kept. Nothing is
 * lost: the words of the result are the words of the line.
 */
export function wrapLine(line: CellLine, width: number): CellLine[] {
  if (lineWidth(line) <= width) return [line];
  const chars: Placed[] = [];
  line.forEach((seg, segment) => {
    for (const ch of seg.text) chars.push({ ch, width: charWidth(ch), segment });
  });
  const room = Math.max(1, width);
  const lines: Placed[][] = [];
  let current: Placed[] = [];
  let i = 0;
  while (i < chars.length) {
    let j = i;
    while (j < chars.length && chars[j]!.ch === " ") j++;
    let k = j;
    while (k < chars.length && chars[k]!.ch !== " ") k++;
    const spaces = chars.slice(i, j);
    let word = chars.slice(j, k);
    // Leading spaces (an indent) stay on the first line; spaces at a break are dropped.
    const gap = current.length > 0 || lines.length === 0 ? spaces : [];
    if (widthOf(current) + widthOf(gap) + widthOf(word) <= room) current.push(...gap, ...word);
    else {
      if (current.length > 0) lines.push(current);
      current = [];
      while (widthOf(word) > room) {
        let n = 0;
        let used = 0;
        while (n < word.length && (n === 0 || used + word[n]!.width <= room)) used += word[n++]!.width;
        // Prefer a natural break inside the word: after "/" or "-", before "@" (an id, a version).
        let m = n;
        while (m > 1 && !(word[m - 1]!.ch === "/" || word[m - 1]!.ch === "-" || word[m]?.ch === "@")) m--;
        if (m > 1) n = m;
        lines.push(word.slice(0, n));
        word = word.slice(n);
      }
      current = word;
    }
    i = k;
  }
  if (current.length > 0 || lines.length === 0) lines.push(current);
  return lines.map((chars) => toLine(chars, line));
}

/** Truncates a plain string to `width` columns with an ellipsis. */
export function truncateText(text: string, width: number): string {
  return truncateLine([{ text }], width)
    .map((s) => s.text)
    .join("");
}

/**
 * A coloured block for a `#RRGGBB` colour (24-bit ANSI), or undefined when colour is off or the
 * value is not a hex colour (it comes from a document, so it is checked, never passed through).
 */
export function swatch(hex: string | undefined, enabled: boolean): Segment | undefined {
  if (!enabled || hex === undefined) return undefined;
  const m = /^#([0-9A-Fa-f]{2})([0-9A-Fa-f]{2})([0-9A-Fa-f]{2})$/.exec(hex);
  if (!m) return undefined;
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => Number.parseInt(h, 16));
  return { text: "█", paint: (s) => `\u001b[38;2;${r};${g};${b}m${s}\u001b[39m` };
}

/** Options of {@link renderTable}. */
export interface TableOptions {
  /** Widest the table may be, borders included. */
  readonly maxWidth: number;
  /** Narrowest a column is squeezed to before the table is allowed to overflow. */
  readonly minColumnWidth?: number;
  /** Paints the borders (e.g. dim). */
  readonly border?: (s: string) => string;
  /**
   * How many header lines set the column widths (default: all). Later header lines (long titles)
   * are fitted to the width the rest of the table needs, so they never crowd out the data.
   */
  readonly headerWidthLines?: number;
  /**
   * Lines wider than their column wrap instead of being cut with an ellipsis (the header's lines
   * after `headerWidthLines` — long titles — to at most two lines, then cut).
   */
  readonly wrap?: boolean;
}

const lineWidth = (line: CellLine) => line.reduce((n, s) => n + displayWidth(s.text), 0);

/**
 * Column widths: each column's widest line, then the widest column narrowed one column at a time
 * until the table fits in `maxWidth` (deterministic; ties go to the rightmost column, which holds
 * the least important text). A column never goes below `minColumnWidth`.
 */
export function columnWidths(rows: readonly (readonly Cell[])[], maxWidth: number, minColumnWidth = 6): number[] {
  const n = Math.max(0, ...rows.map((r) => r.length));
  const widths = Array.from({ length: n }, (_, j) => Math.max(1, ...rows.map((r) => Math.max(0, ...(r[j] ?? []).map(lineWidth)))));
  const frame = 3 * n + 1;
  for (;;) {
    const total = widths.reduce((a, b) => a + b, 0) + frame;
    if (total <= maxWidth) break;
    let widest = -1;
    for (let j = 0; j < n; j++) if (widths[j]! > minColumnWidth && (widest < 0 || widths[j]! >= widths[widest]!)) widest = j;
    if (widest < 0) break;
    widths[widest]!--;
  }
  return widths;
}

/** Renders a table with box-drawing borders: a header row, a rule, then the rows separated by thin rules. */
export function renderTable(header: readonly Cell[], rows: readonly (readonly Cell[])[], options: TableOptions): string {
  const border = options.border ?? ((s: string) => s);
  const sizing = options.headerWidthLines === undefined ? header : header.map((cell) => cell.slice(0, options.headerWidthLines));
  const widths = columnWidths([sizing, ...rows], options.maxWidth, options.minColumnWidth);
  const fitted = (cell: Cell, j: number) => cell.flatMap((l) => wrapLine(l, widths[j]!));
  const keep = options.headerWidthLines ?? Number.POSITIVE_INFINITY;
  const head = options.wrap ? header.map((cell, j) => [...fitted(cell.slice(0, keep), j), ...cell.slice(keep).flatMap((l) => clipLines(wrapLine(l, widths[j]!), 2, widths[j]!))]) : header;
  const body = options.wrap ? rows.map((row) => row.map(fitted)) : rows;
  const rule = (l: string, m: string, r: string, h: string) => border(`${l}${widths.map((w) => h.repeat(w + 2)).join(m)}${r}`);
  const renderRow = (cells: readonly Cell[]): string[] => {
    const height = Math.max(1, ...cells.map((c) => c.length));
    const out: string[] = [];
    for (let k = 0; k < height; k++) {
      const parts = widths.map((w, j) => {
        const line = truncateLine(cells[j]?.[k] ?? [], w);
        const text = line.map((s) => (s.paint ? s.paint(s.text) : s.text)).join("");
        return ` ${text}${" ".repeat(Math.max(0, w - lineWidth(line)))} `;
      });
      out.push(`${border("│")}${parts.join(border("│"))}${border("│")}`);
    }
    return out;
  };
  const lines = [rule("┌", "┬", "┐", "─"), ...renderRow(head), rule("╞", "╪", "╡", "═")];
  body.forEach((r, i) => {
    if (i > 0) lines.push(rule("├", "┼", "┤", "─"));
    lines.push(...renderRow(r));
  });
  lines.push(rule("└", "┴", "┘", "─"));
  return `${lines.join("\n")}\n`;
}

/** At most `max` lines, the last cut with an ellipsis when lines were dropped. */
function clipLines(lines: readonly CellLine[], max: number, width: number): CellLine[] {
  if (lines.length <= max) return [...lines];
  const kept = lines.slice(0, max);
  const last = kept[max - 1]!;
  kept[max - 1] = truncateLine([...last, { text: " " }, { text: ELLIPSIS }], width);
  return kept;
}

/** The narrowest a column of a wrapped table may get before the table turns into blocks. */
export const MIN_WRAPPED_COLUMN = 12;

/** Whether a table of `columns` columns can be drawn within `width` with every column at least {@link MIN_WRAPPED_COLUMN} wide. */
export function tableFits(columns: number, width: number): boolean {
  return columns * (MIN_WRAPPED_COLUMN + 3) + 1 <= width;
}

const paintLine = (line: CellLine) => line.map((s) => (s.paint ? s.paint(s.text) : s.text)).join("");

/**
 * The table as one block per column after the first, for a terminal too narrow for the table: the
 * first column's header on one line, then for each other column a block: its header (wrapped), then one line per row — the row's first cell in a
 * column of its own, that column's cell beside it — every line within `width`, nothing cut.
 */
export function renderBlocks(header: readonly Cell[], rows: readonly (readonly Cell[])[], width: number): string {
  const indent = 2;
  const gap = 2;
  const keyWidth = Math.min(Math.max(1, ...rows.map((r) => Math.max(0, ...(r[0] ?? []).map(lineWidth)))), Math.max(1, Math.floor((width - indent - gap) / 3)));
  const valueWidth = Math.max(1, width - indent - gap - keyWidth);
  // The first column's header (what the rows are) on a line of its own, then the blocks.
  const first = (header[0] ?? []).flatMap((l, k) => (k === 0 ? l : [{ text: "  " }, ...l]));
  const out: string[] = (header[0] ?? []).length > 0 ? [...wrapLine(first, width).map(paintLine), ""] : [];
  for (let j = 1; j < header.length; j++) {
    if (j > 1) out.push("");
    for (const line of (header[j] ?? []).flatMap((l) => wrapLine(l, width))) out.push(paintLine(line));
    for (const row of rows) {
      const keys = (row[0] ?? []).flatMap((l) => wrapLine(l, keyWidth));
      const values = (row[j] ?? []).flatMap((l) => wrapLine(l, valueWidth));
      for (let k = 0; k < Math.max(keys.length, values.length, 1); k++) {
        const key = keys[k] ?? [];
        const value = values[k] ?? [];
        const left = `${" ".repeat(indent)}${paintLine(key)}`;
        out.push(value.length === 0 ? left.trimEnd() : `${left}${" ".repeat(keyWidth - lineWidth(key) + gap)}${paintLine(value)}`);
      }
    }
  }
  return `${out.join("\n")}\n`;
}
