/**
 * Benchmark: what the viewer's set (the first case of scripts/bench/sizes.ts) is made of. The
 * same bundle of the packed core, with esbuild's source map: every byte of the minified output is
 * attributed to the source it came from, sources are grouped (a dependency by package name, the
 * core by folder, its locales and generated tables by file), and each group is listed with
 * - its minified bytes, and
 * - its gzip cost: the bundle's gzip -9 size minus that of the same bundle with the group's bytes
 *   taken out (what dropping the group would save; the costs do not add up to the total, since
 *   gzip shares repeats across groups).
 * Bytes the source map gives no source for (esbuild's glue) stay in every measurement.
 */
import { pathToFileURL } from "node:url";
import { SIZE_CASES, bundlePacked, gzipSize } from "./sizes.js";
import type { TableSection } from "./types.js";

const KB = 1024;
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** Decodes one source-map segment's base64 VLQ fields. */
function decodeSegment(segment: string): number[] {
  const fields: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = B64.indexOf(ch);
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) shift += 5;
    else {
      fields.push(value % 2 === 1 ? -(value - 1) / 2 : value / 2);
      value = 0;
      shift = 0;
    }
  }
  return fields;
}

/**
 * For each source of a source map (version 3), the [start, end) offsets of the generated code
 * that came from it.
 */
export function rangesBySource(code: string, mapJson: string): Map<string, [number, number][]> {
  const map = JSON.parse(mapJson) as { sources: string[]; mappings: string };
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === "\n") lineStarts.push(i + 1);
  const points: { offset: number; source: number }[] = [];
  let source = 0;
  map.mappings.split(";").forEach((line, lineIndex) => {
    let column = 0;
    for (const segment of line.split(",")) {
      if (segment === "") continue;
      const f = decodeSegment(segment);
      column += f[0]!;
      if (f.length > 1) source += f[1]!;
      points.push({ offset: lineStarts[lineIndex]! + column, source: f.length > 1 ? source : -1 });
    }
  });
  const out = new Map<string, [number, number][]>();
  points.forEach((p, i) => {
    if (p.source < 0) return;
    const end = i + 1 < points.length ? points[i + 1]!.offset : code.length;
    const name = map.sources[p.source]!;
    const list = out.get(name) ?? [];
    list.push([p.offset, end]);
    out.set(name, list);
  });
  return out;
}

/** The group a source belongs to: a dependency's package, a core area, a locale or generated file. */
export function sourceGroup(source: string): string {
  const core = /(?:^|\/)(?:@sevscale\/core|packages\/core)\/dist\/(.*)\.js$/.exec(source);
  if (core) {
    const parts = core[1]!.split("/");
    if (parts[0] === "locales" || parts[0] === "generated") return `core ${parts.join("/")}`;
    return parts.length === 1 ? `core ${parts[0]}` : `core ${parts.slice(0, -1).join("/")}/`;
  }
  if (/(?:^|\/)entry-\d+\.mjs$/.test(source)) return "the entry module (its import lines)";
  const dep = /node_modules\/((?:@[^/]+\/)?[^/]+)\/[^]*$/.exec(source.replace(/.*node_modules\/\.pnpm\/[^/]+\//, ""));
  return dep ? dep[1]! : source;
}

/** One group of the breakdown. */
export interface SizePart {
  readonly group: string;
  readonly minified: number;
  /** gzip -9 of the bundle minus gzip -9 of the bundle without this group's bytes. */
  readonly gzipCost: number;
}

/** Attributes a minified bundle's bytes to groups of sources, largest gzip cost first. */
export function breakdown(code: string, mapJson: string): SizePart[] {
  const groups = new Map<string, [number, number][]>();
  for (const [source, ranges] of rangesBySource(code, mapJson)) {
    const g = sourceGroup(source);
    groups.set(g, [...(groups.get(g) ?? []), ...ranges]);
  }
  const total = gzipSize(code);
  const parts: SizePart[] = [];
  for (const [group, ranges] of groups) {
    const mask = new Uint8Array(code.length);
    for (const [a, b] of ranges) mask.fill(1, a, b);
    let kept = "";
    let own = 0;
    let runStart = 0;
    for (let i = 0; i <= code.length; i++) {
      if (i === code.length || mask[i]) {
        kept += code.slice(runStart, i);
        runStart = i + 1;
        if (i < code.length) own += Buffer.byteLength(code[i]!);
      }
    }
    parts.push({ group, minified: own, gzipCost: total - gzipSize(kept) });
  }
  return parts.sort((a, b) => b.gzipCost - a.gzipCost || b.minified - a.minified);
}

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
/** Groups below this gzip cost are summed into one row. */
const SHOWN_FROM = 0.25 * KB;

export async function run(): Promise<TableSection> {
  const viewerSet = SIZE_CASES[0]!;
  const [bundle] = await bundlePacked([viewerSet], { sourcemap: true });
  const parts = breakdown(bundle!.code, bundle!.map!);
  const shown = parts.filter((p) => p.gzipCost >= SHOWN_FROM);
  const rest = parts.filter((p) => p.gzipCost < SHOWN_FROM);
  const minified = Buffer.byteLength(bundle!.code);
  const rows = shown.map((p) => [p.group, kb(p.minified), `${((100 * p.minified) / minified).toFixed(1)} %`, kb(p.gzipCost)]);
  rows.push([
    `${rest.length} smaller groups (each under ${kb(SHOWN_FROM)} gzip)`,
    kb(rest.reduce((n, p) => n + p.minified, 0)),
    `${((100 * rest.reduce((n, p) => n + p.minified, 0)) / minified).toFixed(1)} %`,
    "",
  ]);
  const deps = parts.filter((p) => !p.group.startsWith("core ") && !p.group.startsWith("the entry"));
  const locale = parts.filter((p) => p.group.startsWith("core locales/"));
  return {
    title: "What the viewer's set is made of",
    description:
      "The viewer's set of the bundle sizes (`validateText` + `classify` + `translate` + `compare` + the English messages they report, from the packed core), each minified byte attributed through esbuild's source map to its source: dependencies by package, the core by folder (`core validate/` is the modules directly in `validate/`), its locales and generated tables by file. gzip cost: how much smaller the gzip -9 bundle gets with that group's bytes taken out (gzip shares repeats across groups, so the costs add up to less than the total). Generated by scripts/bench/sizes-breakdown.ts.",
    header: ["group", "minified", "share of minified", "gzip cost"],
    rows,
    ratios: [
      `Total: ${kb(minified)} minified, ${kb(gzipSize(bundle!.code))} min+gzip.`,
      `Dependencies (${deps.map((p) => p.group).join(", ")}): ${kb(deps.reduce((n, p) => n + p.minified, 0))} minified.`,
      `English wording (${locale.length} files of locales/en): ${kb(locale.reduce((n, p) => n + p.minified, 0))} minified.`,
    ],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const s = await run();
  for (const r of s.rows) process.stdout.write(`${r.join("  ")}\n`);
  for (const r of s.ratios) process.stdout.write(`${r}\n`);
}
