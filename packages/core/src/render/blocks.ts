/**
 * A small document model shared by the HTML and Markdown renderers: headings, paragraphs, lists
 * and tables whose cells may carry a colour swatch. Every string in a block is plain text; the
 * serialisers escape it, so a label from a document can never become markup.
 */
import { textColourOn } from "./colour.js";
import { escapeHtml, escapeMarkdown } from "./escape.js";

/** A table cell: plain text, an optional bold lead (a level code) and an optional swatch colour. */
export interface Cell {
  readonly text: string;
  readonly strong?: string;
  /** `#RRGGBB` background; the cell's text is black or white by contrast, and the text stays. */
  readonly swatch?: string;
  /** The colour's name, said in Markdown where there is no colour. */
  readonly swatchName?: string;
}

/** One block of a rendered page. */
export type Block =
  | { readonly kind: "heading"; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: "paragraph"; readonly text: string }
  | { readonly kind: "list"; readonly items: readonly string[] }
  | {
      readonly kind: "table";
      readonly caption: string;
      readonly columns: readonly string[];
      readonly rows: readonly (readonly Cell[])[];
      /** The first cell of each row heads the row (`<th scope="row">`). */
      readonly rowHeaders?: boolean;
      /** A grid (matrix): cells centred. */
      readonly grid?: boolean;
    }
  | { readonly kind: "raw-svg"; readonly svg: string };

/** Page options shared by the HTML renderers. */
export interface PageOptions {
  /** Paper size of the print stylesheet (default A4). */
  readonly paper?: "A4" | "Letter";
}

const cellHtml = (cell: Cell, tag: "td" | "th", scope: boolean): string => {
  const style = cell.swatch ? ` class="swatch" style="background-color:${cell.swatch};color:${textColourOn(cell.swatch)}"` : "";
  const lead = cell.strong !== undefined ? `<strong>${escapeHtml(cell.strong)}</strong>${cell.text === "" ? "" : " "}` : "";
  const body = escapeHtml(cell.text).replace(/\n/g, "<br>");
  return `<${tag}${scope ? " scope=\"row\"" : ""}${style}>${lead}${body}</${tag}>`;
};

function blockHtml(block: Block): string {
  switch (block.kind) {
    case "heading":
      return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
    case "paragraph":
      return `<p>${escapeHtml(block.text)}</p>`;
    case "list":
      return `<ul>\n${block.items.map((i) => `<li>${escapeHtml(i)}</li>`).join("\n")}\n</ul>`;
    case "raw-svg":
      return `<figure class="chart">${block.svg}</figure>`;
    case "table": {
      const head = `<tr>${block.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join("")}</tr>`;
      const rows = block.rows.map((r) => `<tr>${r.map((c, i) => (i === 0 && block.rowHeaders ? cellHtml(c, "th", true) : cellHtml(c, "td", false))).join("")}</tr>`);
      return `<table${block.grid ? " class=\"grid\"" : ""}>\n<caption>${escapeHtml(block.caption)}</caption>\n<thead>${head}</thead>\n<tbody>\n${rows.join("\n")}\n</tbody>\n</table>`;
    }
  }
}

const CSS = (paper: "A4" | "Letter") => `
:root{color-scheme:light}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#1a1a1a;background:#fff;margin:0}
main{max-width:60rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.6rem;margin:0 0 .5rem}h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:1px solid #999}h3{font-size:1.05rem;margin:1.25rem 0 .4rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid #666;padding:.35rem .5rem;vertical-align:top;text-align:left}
thead th{background:#eee}
table.grid td,table.grid th{text-align:center;vertical-align:middle}
.swatch{border:1px solid #333;-webkit-print-color-adjust:exact;print-color-adjust:exact}
figure.chart{margin:1rem 0;overflow-x:auto}
figure.chart svg{max-width:100%;height:auto}
footer{margin-top:2rem;font-size:.85rem;color:#444}
@page{size:${paper};margin:15mm}
@media print{body{font-size:10.5pt}main{max-width:none;padding:0}h2{break-after:avoid}tr,figure{break-inside:avoid}thead{display:table-header-group}a{color:inherit}}
`;

/** A complete, self-contained HTML page: inline CSS, no script, no network (a CSP says so). */
export function pageHtml(title: string, lang: string, blocks: readonly Block[], footer: string, options: PageOptions = {}): string {
  const body = blocks.map(blockHtml).join("\n");
  return [
    "<!doctype html>",
    `<html lang="${escapeHtml(lang)}">`,
    "<head>",
    "<meta charset=\"utf-8\">",
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">",
    `<title>${escapeHtml(title)}</title>`,
    `<style>${CSS(options.paper ?? "A4")}</style>`,
    "</head>",
    "<body>",
    "<main>",
    body,
    `<footer><p>${escapeHtml(footer)}</p></footer>`,
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

const mdCell = (cell: Cell, semicolon: string): string => {
  const lead = cell.strong !== undefined ? `**${escapeMarkdown(cell.strong)}**${cell.text === "" ? "" : " "}` : "";
  const colour = cell.swatch ? ` (${escapeMarkdown(cell.swatchName ?? cell.swatch)})` : "";
  return `${lead}${escapeMarkdown(cell.text.replace(/\n/g, `${semicolon} `))}${colour}`;
};

function blockMarkdown(block: Block, semicolon: string): string {
  switch (block.kind) {
    case "heading":
      return `${"#".repeat(block.level)} ${escapeMarkdown(block.text)}`;
    case "paragraph":
      return escapeMarkdown(block.text);
    case "list":
      return block.items.map((i) => `- ${escapeMarkdown(i)}`).join("\n");
    case "raw-svg":
      return "";
    case "table":
      return [
        `**${escapeMarkdown(block.caption)}**`,
        "",
        `| ${block.columns.map(escapeMarkdown).join(" | ")} |`,
        `|${" --- |".repeat(block.columns.length)}`,
        ...block.rows.map((r) => `| ${r.map((cell) => mdCell(cell, semicolon)).join(" | ")} |`),
      ].join("\n");
  }
}

/** The blocks as Markdown (GFM tables), text escaped; colours are named beside their text; several lines of a cell are joined by `semicolon` and a space (French `\u00a0;`). */
export function pageMarkdown(blocks: readonly Block[], footer: string, semicolon = ";"): string {
  return `${[...blocks.map((b) => blockMarkdown(b, semicolon)).filter((b) => b !== ""), `_${escapeMarkdown(footer)}_`].join("\n\n")}\n`;
}
