/**
 * Terminal layout: display width of text, truncation with an ellipsis, colour swatches from a
 * level's `color.hex`, and box-drawing tables whose cells hold several lines of styled text.
 * Widths are measured on the plain text; styles (ANSI escapes) are applied after layout.
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
  const lines = [rule("┌", "┬", "┐", "─"), ...renderRow(header), rule("╞", "╪", "╡", "═")];
  rows.forEach((r, i) => {
    if (i > 0) lines.push(rule("├", "┼", "┤", "─"));
    lines.push(...renderRow(r));
  });
  lines.push(rule("└", "┴", "┘", "─"));
  return `${lines.join("\n")}\n`;
}
