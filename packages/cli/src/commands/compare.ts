import { resolve } from "node:path";
import { REFERENCE_SCALE, RELATION_SYMBOL, alignmentToCsv, alignmentToMarkdown, compare, hasErrors, relatedWords, scaleResolverFor } from "@sevscale/core";
import type { Alignment, Mapping, Scale } from "@sevscale/core";
import { collectJsonFiles, isReferenceScaleName, loadDocument, loadMappingFor, writeFileAtomic } from "@sevscale/node";
import type { LoadFailure, LoadedDocument } from "@sevscale/node";
import type { CommandContext, CommandRun } from "../context.js";
import { readOptions } from "../options.js";
import { ExitCode, UsageError } from "../exit-codes.js";
import { colors } from "../format.js";
import type { Colors } from "../format.js";
import { cliTexts, coreLocale } from "../i18n.js";
import { useColor } from "../io.js";
import type { FiledIssue } from "../report.js";
import { issueJson, issueLine, noteworthy, oneLine, reportLoadFailures, shownPath, textIn, writeJson } from "../report.js";
import type { Cell, CellLine, Segment } from "../terminal.js";
import { MIN_WRAPPED_COLUMN, displayWidth, renderBlocks, renderTable, swatch, tableFits } from "../terminal.js";

/** Widest layout: a 120-column terminal; narrower on a narrower terminal or when COLUMNS says so. */
const MAX_TABLE_WIDTH = 120;
/** Narrowest layout, whatever the terminal says. */
const MIN_WIDTH = 20;

interface ColouredLevel {
  readonly code: string;
  readonly color?: { readonly hex?: string };
}

interface Entry {
  readonly scale: Scale;
  readonly mapping: Mapping;
  readonly mappingFile: string;
}

/**
 * `sevscale compare <scales...>`: the scales side by side on the reference scale, as a terminal
 * table, Markdown, CSV or JSON.
 */
export const run: CommandRun = async (ctx, scaleArgs, options) => {
  const { io, lang } = ctx;
  const t = cliTexts(lang);
  const colour = useColor(io.stdout, io.env);
  const c = colors(colour);
  const format = options["format"];
  const limits = readOptions(io, options);

  const failures: LoadFailure[] = [];
  const notes: FiledIssue[] = [];
  const scales: { arg: string; loaded: LoadedDocument<Scale> }[] = [];
  const { files, folders } = await expandFolders(scaleArgs, io.cwd);
  for (const arg of files) {
    const r = await loadDocument(arg, "scale", limits);
    // In a folder, documents of another kind are skipped, not reported.
    if (!r.ok && folders.has(arg) && r.issues.some((i) => i.code === "document_kind_unexpected")) continue;
    if (r.ok) {
      scales.push({ arg, loaded: r });
      notes.push(...noteworthy(r.issues, shownPath(r.path, io.cwd)));
    } else failures.push(r);
  }
  // The one resolver of every command: the newest given version within a mapping's range, else the newest (flagged).
  const resolveScale = scaleResolverFor(scales.map((s) => s.loaded.document));

  // Mappings named with --mapping belong to the scale their subject names.
  const given = new Map<string, LoadedDocument<Mapping>>();
  for (const file of (options["mapping"] as string[] | undefined) ?? []) {
    const r = await loadDocument(file, "mapping", { ...limits, resolveScale });
    if (!r.ok) {
      failures.push(r);
      continue;
    }
    if (resolveScale(r.document.subject.id, "*") === undefined) throw new UsageError(t.mappingUnused(oneLine(file), oneLine(r.document.subject.id)));
    if (!given.has(r.document.subject.id)) given.set(r.document.subject.id, r);
    notes.push(...noteworthy(r.issues, shownPath(r.path, io.cwd)));
  }

  const entries: Entry[] = [];
  for (const { arg, loaded } of scales) {
    const m = given.get(loaded.document.id) ?? (await loadMappingFor(arg, loaded.document, limits));
    if (!m.ok) {
      failures.push(m);
      continue;
    }
    if (!given.has(loaded.document.id)) notes.push(...noteworthy(m.issues, shownPath(m.path, io.cwd)));
    entries.push({ scale: loaded.document, mapping: m.document, mappingFile: m.builtIn ? t.builtInIdentity : shownPath(m.path, io.cwd) });
  }
  if (failures.length > 0) return reportLoadFailures(ctx, c, format, failures, { reference: null, scales: [], rows: [], pairwise: [] });

  const alignment = compare(entries.map((e) => ({ scale: e.scale, mapping: e.mapping })));
  const issues: FiledIssue[] = [...alignment.issues.map((issue) => ({ issue })), ...notes];
  const code = hasErrors(alignment.issues) ? ExitCode.Findings : ExitCode.Ok;

  switch (format) {
    case "json":
      writeJson(ctx, {
        ...alignment,
        mappings: entries.map((e) => ({ scale: e.scale.id, version: e.scale.version, mapping: e.mapping.id, file: e.mappingFile })),
        issues: issues.map((i) => issueJson(i, lang)),
      });
      return code;
    case "html":
    case "svg": {
      const { alignmentToHtml, alignmentToSvg } = await import("@sevscale/core/render");
      const page = format === "html" ? alignmentToHtml(alignment, coreLocale(lang)) : alignmentToSvg(alignment, coreLocale(lang));
      for (const i of issues) io.stderr.write(`sevscale: ${issueLine(c, i, lang)}\n`);
      const outArg = options["out"] as string | undefined;
      if (outArg === undefined) io.stdout.write(page);
      else {
        const out = resolve(io.cwd, outArg);
        await writeFileAtomic(out, page);
        io.stderr.write(`${t.renderWrote(shownPath(out, io.cwd))}\n`);
      }
      return code;
    }
    case "markdown":
    case "csv":
      io.stdout.write(format === "csv" ? alignmentToCsv(alignment, { lang }) : alignmentToMarkdown(alignment, coreLocale(lang)));
      for (const i of issues) io.stderr.write(`sevscale: ${issueLine(c, i, lang)}\n`);
      return code;
    default: {
      const width = tableWidth(io);
      const [header, rows] = tableCells(alignment, entries, ctx, c, colour);
      // Labels wrap inside their column; when even that cannot fit, one block per scale.
      const out = [tableFits(header.length, width) ? renderTable(header, rows, { maxWidth: width, border: c.dim, headerWidthLines: 1, wrap: true, minColumnWidth: MIN_WRAPPED_COLUMN }) : renderBlocks(header, rows, width)];
      for (const line of wrapEntries(t.legend.split("  "), width)) out.push(`${c.dim(line)}\n`);
      out.push(`${c.bold(`${t.mappingsUsed}${t.colon}`)}\n`);
      // In the order shown (companions beside the scale that names them); a scale left out last.
      const shownAt = (e: Entry) => {
        const p = alignment.scales.findIndex((x) => x.id === e.scale.id && x.version === e.scale.version);
        return p < 0 ? alignment.scales.length : p;
      };
      for (const e of [...entries].sort((x, y) => shownAt(x) - shownAt(y))) out.push(`  ${oneLine(e.scale.id)} ← ${oneLine(e.mappingFile)}\n`);
      const related = relatedLines(alignment, lang);
      if (related.length > 0) {
        out.push(`${c.bold(`${coreLocale(lang).terms.alignment.related}${t.colon}`)}\n`);
        for (const line of related) out.push(`  ${oneLine(line)}\n`);
      }
      if (issues.length > 0) {
        out.push(`${c.bold(`${t.issuesHeading}${t.colon}`)}\n`);
        for (const i of issues) out.push(`  ${issueLine(c, i, lang)}\n`);
      }
      io.stdout.write(out.join(""));
      return code;
    }
  }
};

/** The arguments with folders expanded to the JSON files inside them (the node folder walker). */
async function expandFolders(args: readonly string[], cwd: string): Promise<{ files: string[]; folders: Set<string> }> {
  const files: string[] = [];
  const folders = new Set<string>();
  for (const arg of args) {
    if (isReferenceScaleName(arg)) {
      files.push(arg);
      continue;
    }
    const collected = await collectJsonFiles([arg], cwd);
    if (collected.missing.length > 0 || (collected.files.length === 1 && collected.files[0] === resolve(cwd, arg))) files.push(arg);
    else
      for (const f of collected.files) {
        folders.add(f);
        files.push(f);
      }
  }
  return { files, folders };
}

/** The width to lay out in: `COLUMNS` when set, else the terminal's width, else 120 (a pipe, a file). */
function tableWidth(io: CommandContext["io"]): number {
  const fromEnv = Number(io.env["COLUMNS"]);
  const columns = io.env["COLUMNS"] !== undefined && Number.isSafeInteger(fromEnv) ? fromEnv : io.stdout.isTTY ? io.stdout.columns : undefined;
  return columns === undefined || columns <= 0 ? MAX_TABLE_WIDTH : Math.min(Math.max(columns, MIN_WIDTH), MAX_TABLE_WIDTH);
}

/** Joins entries with two spaces into lines no wider than `width` (an entry longer than that gets its own line). */
function wrapEntries(entries: readonly string[], width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const entry of entries) {
    if (line !== "" && displayWidth(line) + 2 + displayWidth(entry) > width) {
      lines.push(line);
      line = entry;
    } else line = line === "" ? entry : `${line}  ${entry}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}

const text = (s: string, paint?: (s: string) => string): Segment => (paint ? { text: oneLine(s), paint } : { text: oneLine(s) });

/** Every relation the compared scales name, in words: "x-org.example/incident-threat@^1.0.0: threat scale of x-org.example/incident-impact" (and "(not given)"). */
function relatedLines(alignment: Alignment, lang: CommandContext["lang"]): string[] {
  const locale = coreLocale(lang);
  return alignment.scales.flatMap((_, i) => relatedWords(alignment.scales, i, locale.terms.alignment, locale.terms.colon).names);
}

/** The header and rows of the terminal table: the reference level, then each scale's levels covering it. */
function tableCells(alignment: Alignment, entries: readonly Entry[], { lang }: CommandContext, c: Colors, colour: boolean): [Cell[], Cell[][]] {
  const t = cliTexts(lang);
  const ref = alignment.reference;
  // The reference is its own first column: a scale that is the reference is not shown again.
  const shown = alignment.scales.flatMap((s, j) => (s.id === ref.id && s.version === ref.version ? [] : [j]));
  const header: Cell[] = [
    [[text(`${ref.id}@${ref.version}`, c.bold)], [text(t.referenceColumn, c.dim)]],
    ...shown.map((j): Cell => {
      const s = alignment.scales[j]!;
      // A companion ladder says whose it is, under its id: "threat scale of …".
      const of = relatedWords(alignment.scales, j, coreLocale(lang).terms.alignment, t.colon).companionOf;
      return [[text(`${s.id}@${s.version}`, c.bold)], ...(of === undefined ? [] : [[text(`↳ ${of}`, c.cyan)]]), [text(textIn(s.title, lang, s.defaultLanguage), c.dim)]];
    }),
  ];
  // The alignment carries no colours: they come from the documents (the reference is the built-in one).
  const hexOf = (scaleId: string, code: string): string | undefined => {
    const levels: readonly ColouredLevel[] | undefined =
      scaleId === ref.id && REFERENCE_SCALE.id === ref.id ? REFERENCE_SCALE.levels : entries.find((e) => e.scale.id === scaleId)?.scale.levels;
    return levels?.find((l) => l.code === code)?.color?.hex;
  };
  const withSwatch = (hex: string | undefined, rest: Segment[]): CellLine => {
    const block = swatch(hex, colour);
    return block ? [block, { text: " " }, ...rest] : rest;
  };
  const rows = alignment.rows.map((row): Cell[] => {
    const label = textIn(row.label, lang, ref.defaultLanguage);
    const refCell: Cell = [withSwatch(hexOf(ref.id, row.reference), [text(row.reference, c.bold), text(label === "" ? "" : ` ${label}`)])];
    const cells = shown.map((j): Cell => {
      const cell = row.cells[j]!;
      const scale = alignment.scales[j]!;
      if (cell.levels.length === 0) return [[text("—", c.dim)]];
      return cell.levels.map((l) => {
        const levelLabel = textIn(l.label, lang, scale.defaultLanguage);
        const rest = [text(l.code, c.bold), text(levelLabel === "" || levelLabel === l.code ? "" : ` ${levelLabel}`)];
        return [text(`${RELATION_SYMBOL[l.relation]} `, c.cyan), ...withSwatch(hexOf(cell.scaleId, l.code), rest)];
      });
    });
    return [refCell, ...cells];
  });
  return [header, rows];
}
