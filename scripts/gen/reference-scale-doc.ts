/**
 * Generates docs/reference-scale.md from the built-in reference scale (REFERENCE_SCALE in
 * packages/core/src/reference/crs.ts) and the example mappings (examples/mappings/*.json), plus one
 * SVG colour swatch per level in docs/img/crs/ (GitHub's Markdown cannot colour a table cell).
 * Every table is rendered from the data; only the explanatory prose is written here.
 */
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Mapping, MatrixMethod, MaxMethod, Scale } from "@sevscale/core";
import { MappingSchema, REFERENCE_SCALE, RELATION_SYMBOL, ScaleSchema, escapeMarkdownCell } from "@sevscale/core";
import type { GeneratedFile, Generator } from "./types.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Languages the reference scale is published in, in the order of the tables. */
export const DOC_LANGUAGES = ["en", "es", "fr", "pt"] as const;

/** Folder of the generated colour swatches (owned by this generator). */
export const SWATCH_DIR = "docs/img/crs";

type Text = Readonly<Record<string, string>>;

/** A national scale and its mapping onto the reference scale, as read from examples/. */
export interface ExampleMapping {
  readonly file: string;
  readonly mapping: Mapping;
  readonly scale: Scale | undefined;
}

const cell = (text: string): string => escapeMarkdownCell(text);
const row = (cells: readonly string[]): string => `| ${cells.join(" | ")} |`;
const rule = (n: number): string => `|${"---|".repeat(n)}`;
const text = (t: Text | undefined, lang: string): string => (t === undefined ? "" : (t[lang] ?? ""));

/** File name of a level's swatch: the hex digits in lower case, so equal colours share a file. */
export function swatchPath(hex: string): string {
  return `${SWATCH_DIR}/${hex.slice(1).toLowerCase()}.svg`;
}

function swatchSvg(hex: string): string {
  // A grey outline keeps the palest colour visible on a white page.
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16">',
    `<rect x="0.5" y="0.5" width="15" height="15" rx="2" fill="${hex.toUpperCase()}" stroke="#8C8C8C"/>`,
    "</svg>",
    "",
  ].join("\n");
}

/** Reads every example mapping and the scale it maps (found in examples/scales/ by id), by file name. */
export function readExampleMappings(): ExampleMapping[] {
  const dir = (name: string) => join(root, "examples", name);
  const json = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));
  const files = (name: string) => readdirSync(dir(name)).filter((f) => f.endsWith(".json")).sort();
  const scales = files("scales").map((f) => ScaleSchema.parse(json(join(dir("scales"), f))));
  return files("mappings").map((file) => {
    const mapping = MappingSchema.parse(json(join(dir("mappings"), file)));
    return { file, mapping, scale: scales.find((s) => s.id === mapping.subject.id) };
  });
}

const REF = REFERENCE_SCALE as unknown as Scale;
const refCodes = REF.levels.map((l) => l.code);
const refRank = (code: string): number => refCodes.indexOf(code);

function component(kind: "matrix" | "max"): MatrixMethod | MaxMethod {
  if (REF.method.kind !== "composite") throw new Error("reference-scale doc: the CRS method is expected to be a composite");
  const found = REF.method.components.find((c) => c.method.kind === kind);
  if (!found) throw new Error(`reference-scale doc: the CRS composite has no ${kind} component`);
  return found.method as MatrixMethod | MaxMethod;
}

function dimension(code: string): Extract<Scale["dimensions"][number], { type: "ordinal" }> {
  const d = REF.dimensions.find((x) => x.code === code);
  if (!d || d.type !== "ordinal") throw new Error(`reference-scale doc: no ordinal dimension ${code}`);
  return d;
}

function levelsSection(): string[] {
  const out = [
    "## Levels",
    "",
    "Listed from least to most severe; the rank is the position (R0 = rank 0). The colours are",
    "ColorBrewer's single-hue sequential *Purples*: readable by people with the common forms of colour",
    "blindness, and no state's own palette, so a reference level is never mistaken for a national one.",
    "",
    row(["code", "colour", ...DOC_LANGUAGES.map((l) => `label (${l})`)]),
    rule(2 + DOC_LANGUAGES.length),
  ];
  for (const l of REF.levels) {
    const hex = l.color?.hex;
    const swatch = hex === undefined ? "" : `![${cell(text(l.color?.name, "en"))}](${swatchPath(hex).slice("docs/".length)}) \`${hex}\``;
    out.push(row([`**${cell(l.code)}**`, swatch, ...DOC_LANGUAGES.map((lang) => cell(text(l.label, lang)))]));
  }
  out.push("", "### Definitions", "");
  for (const l of REF.levels) {
    out.push(
      `**${cell(l.code)} — ${cell(text(l.label, "en"))} / ${cell(text(l.label, "es"))}**`,
      "",
      `- en: ${cell(text(l.definition, "en"))}`,
      `- es: ${cell(text(l.definition, "es"))}`,
      "",
    );
  }
  out.push("French and Portuguese definitions are in the document itself (`REFERENCE_SCALE` in `@sevscale/core`).", "");
  return out;
}

function dimensionsSection(): string[] {
  const max = component("max") as MaxMethod;
  const implied = new Map<string, Readonly<Record<string, string>>>();
  for (const r of max.ratings) if ("levels" in r) implied.set(r.dimension, r.levels);
  const out = [
    "## Dimensions",
    "",
    "Three ordinal dimensions; options are listed from least to most severe. An incident's facts",
    "give one option of each (`{\"effect\": \"E3\", \"scope\": \"S4\", \"national-interest\": \"N2\"}`).",
    "",
  ];
  for (const d of REF.dimensions) {
    if (d.type !== "ordinal") continue;
    const levels = implied.get(d.code);
    const hasDefinitions = d.options.some((o) => o.definition !== undefined);
    out.push(`### ${cell(text(d.label, "en"))} (\`${cell(d.code)}\`) / ${cell(text(d.label, "es"))}`, "", `${cell(text(d.definition, "en"))} *${cell(text(d.definition, "es"))}*`, "");
    const head = ["code", "en", "es", ...(hasDefinitions ? ["meaning"] : []), ...(levels ? ["implies at least"] : [])];
    out.push(row(head), rule(head.length));
    for (const o of d.options) {
      out.push(
        row([
          `\`${cell(o.code)}\``,
          cell(text(o.label, "en")),
          cell(text(o.label, "es")),
          ...(hasDefinitions ? [cell(text(o.definition, "en"))] : []),
          ...(levels ? [levels[o.code] === undefined ? "—" : `**${cell(levels[o.code]!)}**`] : []),
        ]),
      );
    }
    out.push("");
  }
  return out;
}

function methodSection(): string[] {
  if (REF.method.kind !== "composite") return [];
  const matrix = component("matrix") as MatrixMethod;
  const [rowAxis, colAxis] = matrix.axes;
  if (!rowAxis || !colAxis || rowAxis.groups || colAxis.groups) throw new Error("reference-scale doc: expected an ungrouped two-axis matrix");
  const rows = dimension(rowAxis.dimension).options.map((o) => o.code);
  const cols = dimension(colAxis.dimension).options.map((o) => o.code);
  const at = new Map(matrix.cells.map((c) => [c.at.join("\u0000"), c.level]));
  const names = REF.method.components.map((c) => `\`${cell(c.id)}\` (${cell(text(c.label, "en"))}, a \`${c.method.kind}\` method)`);
  const out = [
    "## Method",
    "",
    `A \`composite\` method, \`combine: "most-severe"\`, of ${names.join(" and ")}: the level is the most`,
    "severe of (a) the effect × scope matrix and (b) the level the national-interest option implies.",
    "",
    `### (a) ${cell(text(REF.method.components[0]?.label, "en"))}`,
    "",
    "Rows are effects, columns scopes (both least → most severe).",
    "",
    row([`${cell(rowAxis.dimension)} \\ ${cell(colAxis.dimension)}`, ...cols.map((c) => `\`${cell(c)}\``)]),
    rule(1 + cols.length),
  ];
  for (const r of rows) out.push(row([`\`${cell(r)}\``, ...cols.map((c) => cell(at.get(`${r}\u0000${c}`) ?? "—"))]));
  out.push(
    "",
    "The cells follow the level definitions: confirmed impact on individuals or a small organisation is",
    "R1, and national coordination starts at R3. The matrix is **monotone** — moving down (a worse",
    "effect) or right (a more critical scope) never lowers the level; a test checks it, and validation",
    "checks any matrix a scale declares (`matrix_not_monotone`).",
    "",
  );
  const max = component("max") as MaxMethod;
  out.push(`### (b) ${cell(text(REF.method.components[1]?.label, "en"))}`, "", "Each national-interest option implies at least a level, whatever the matrix says:", "");
  for (const r of max.ratings) {
    if (!("levels" in r)) continue;
    out.push(row(["option", "implies at least"]), rule(2));
    for (const [option, level] of Object.entries(r.levels)) out.push(row([`\`${cell(option)}\``, `**${cell(level)}**`]));
  }
  // A worked example computed from the data: the highest effect on the middle scope, with the
  // national-interest option that lifts it one level, when there is one.
  const effect = rows[rows.length - 1];
  const scope = cols[Math.floor((cols.length - 1) / 2)];
  const byMatrix = effect !== undefined && scope !== undefined ? at.get(`${effect}\u0000${scope}`) : undefined;
  const rating = max.ratings.find((r) => "levels" in r);
  const lift =
    rating && "levels" in rating && byMatrix !== undefined
      ? Object.entries(rating.levels).find(([, level]) => refRank(level) === refRank(byMatrix) + 1)
      : undefined;
  if (byMatrix !== undefined && lift) {
    out.push(
      "",
      `Example: \`${cell(effect!)}\` (${cell(text(dimension(rowAxis.dimension).options.at(-1)?.label, "en").toLowerCase())}) on \`${cell(scope!)}\` is ${cell(byMatrix)} by the matrix;`,
      `with \`${cell(lift[0])}\` (${cell(text(dimension(rating!.dimension).options.find((o) => o.code === lift[0])?.label, "en").toLowerCase())}) the override lifts it to ${cell(lift[1])}.`,
    );
  }
  out.push("");
  return out;
}

function sentinelsSection(): string[] {
  const out = [
    "## Sentinels and significance",
    "",
    "Sentinels stand outside the order: they are not levels, have no rank and are never compared.",
    "",
    row(["code", "meaning", "label (en)", "label (es)", "definition (en)"]),
    rule(5),
  ];
  for (const s of REF.sentinels ?? []) {
    out.push(row([`\`${cell(s.code)}\``, cell(s.meaning), cell(text(s.label, "en")), cell(text(s.label, "es")), cell(text(s.definition, "en"))]));
  }
  const sig = REF.significance;
  if (sig) {
    out.push(
      "",
      `**Significance**: \`${cell(sig.level)}\` and above count as significant: ${cell(text(sig.meaning, "en"))}`,
      `*${cell(text(sig.meaning, "es"))}* A national scale records its own threshold in \`significance.level\`.`,
    );
  }
  out.push("");
  return out;
}

function subjectLevels(m: ExampleMapping): { code: string; label: string }[] {
  // Records are shown in the subject scale's order (least → most severe), whatever the file's order.
  if (!m.scale) return m.mapping.records.map((r) => ({ code: r.subject, label: "" }));
  return m.scale.levels.map((l) => ({ code: l.code, label: text(l.label, m.scale!.defaultLanguage) }));
}

/** A count in words ("six"), so the prose follows the number of example mappings. */
function countWord(n: number): string {
  const words = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
  return words[n] ?? String(n);
}

function mappingsSection(mappings: readonly ExampleMapping[]): string[] {
  const out = [
    "## How national levels map onto it",
    "",
    "A national level maps to an **interval** (band) of the reference scale, with a SKOS relation, a",
    "confidence and a justification (see [translation.md](translation.md) for what each relation",
    `means and how translation chains them). The ${countWord(mappings.length)} encoded examples (\`examples/mappings/\`) are`,
    "the sevscale project's judgements, not endorsed by any issuer.",
    "",
    `Which national levels cover each reference level (\`${RELATION_SYMBOL.exactMatch}\` exactMatch, \`${RELATION_SYMBOL.broadMatch}\` broadMatch:`,
    `the band is broader than the level, \`${RELATION_SYMBOL.narrowMatch}\` narrowMatch, \`${RELATION_SYMBOL.closeMatch}\` closeMatch, \`${RELATION_SYMBOL.relatedMatch}\` relatedMatch):`,
    "",
    row(["scale", ...refCodes.map((c) => `**${cell(c)}**`)]),
    rule(1 + refCodes.length),
  ];
  for (const m of mappings) {
    const cells = refCodes.map((_, rank) =>
      m.mapping.records
        .filter((r) => r.object !== undefined && refRank(r.object.min) <= rank && rank <= refRank(r.object.max))
        .map((r) => `${cell(r.subject)} ${r.relation === "noMatch" ? "" : RELATION_SYMBOL[r.relation]}`.trim())
        .join(", "),
    );
    out.push(row([`\`${cell(m.mapping.subject.id)}\``, ...cells.map((c) => c || "—")]));
  }
  out.push("");
  for (const m of mappings) {
    const s = m.scale;
    const title = s ? text(s.title, s.defaultLanguage) : m.mapping.subject.id;
    const numbering = s ? (s.direction === "descending" ? "numbered most severe first" : "numbered least severe first") : "";
    out.push(
      `### ${cell(title)}`,
      "",
      `\`${cell(m.mapping.subject.id)}\` ${cell(m.mapping.subject.versions)} → \`${cell(m.mapping.object.id)}\` ${cell(m.mapping.object.versions)}` +
        ` — [examples/mappings/${m.file}](../examples/mappings/${m.file})${numbering ? `; ${numbering}` : ""}.`,
      "",
      row(["level", "label", "reference band", "relation", "confidence", "justification"]),
      rule(6),
    );
    for (const { code, label } of subjectLevels(m)) {
      for (const r of m.mapping.records.filter((x) => x.subject === code)) {
        const band = r.object === undefined ? "—" : r.object.min === r.object.max ? cell(r.object.min) : `${cell(r.object.min)}–${cell(r.object.max)}`;
        out.push(row([`\`${cell(code)}\``, cell(label), band, r.relation, String(r.confidence), r.justification]));
      }
    }
    out.push("");
  }
  out.push(
    "So UK Category 3, ASD C3 and US level 3 all map exactly to R3, while UK Category 6 (R0–R1) and US",
    "level 1 (R1) overlap without being equal — the kind of answer a translation must be able to give.",
    "Why each record has its relation and confidence is in the record's `comment`, and summarised in",
    "[examples.md](examples.md#mappings-onto-crs-10).",
    "",
  );
  return out;
}

const WHY_SIX = [
  "## Why six levels",
  "",
  "The US Cyber Incident Severity Schema (PPD-41, levels 0–5), the UK NCSC categorisation",
  "(Categories 1–6) and the Australian ASD matrix (C1–C6) are natively six-level; Spain's impact axis",
  "has six values; NCISS, Japan's NISC scale, OCSF severity and the EU Blueprint colours fold into six",
  "with intervals. A finer scale would invent distinctions no issuer makes; a coarser one would lose",
  "theirs.",
  "",
  "The pivot is **R3**, the first level at which a state coordinates a national response: US level 3",
  "(\"significant cyber incident\"), UK Category 3 (\"significant incident\") and ASD \"C3 or above\" all",
  "sit there. Below it, R0–R2 separate \"nothing happened\", \"someone was hurt\" and \"the national",
  "CSIRT should hear about it\"; above it, R4 and R5 separate a cross-government response from a",
  "whole-of-government crisis.",
  "",
  "The reference scale has criteria of its own (three dimensions and a method), so that a mapping can",
  "be checked against them and an incident can be rated on the reference scale directly",
  "(`sevscale classify crs --facts f.json`).",
  "",
];

/** Renders docs/reference-scale.md (pure apart from reading examples/, for the test and the generator). */
export function renderReferenceScaleDoc(mappings: readonly ExampleMapping[] = readExampleMappings()): string {
  const lines = [
    "<!-- Generated by scripts/gen/reference-scale-doc.ts from REFERENCE_SCALE and examples/mappings; do not edit. -->",
    `# ${cell(text(REF.title, "en"))}`,
    "",
    `*${cell(text(REF.title, "es"))}*`,
    "",
    `The built-in scale that national scales map onto, so that any two can be compared through it. It is an`,
    `ordinary Scale document — id \`${REF.id}\`, version \`${REF.version}\`, licence \`${REF.license.id}\`, texts in`,
    `${REF.languages.map((l) => l.tag).join(", ")} (all authoritative) — exported by \`@sevscale/core\` as`,
    "`REFERENCE_SCALE`; on the command line its name is `crs`. Anyone may define and map to another",
    "reference scale; the format does not privilege this one.",
    "",
    ...WHY_SIX,
    ...levelsSection(),
    ...dimensionsSection(),
    ...methodSection(),
    ...sentinelsSection(),
    ...mappingsSection(mappings),
  ];
  return `${lines.join("\n").replace(/\n+$/, "")}\n`;
}

/** The docs/reference-scale.md generator (with the colour swatches it links). */
export const referenceScaleDocGenerator: Generator = {
  name: "reference-scale-doc",
  owns: [SWATCH_DIR],
  async generate(): Promise<readonly GeneratedFile[]> {
    const swatches = new Map<string, string>();
    for (const l of REF.levels) if (l.color?.hex !== undefined) swatches.set(swatchPath(l.color.hex), swatchSvg(l.color.hex));
    return [
      { path: "docs/reference-scale.md", content: renderReferenceScaleDoc() },
      ...[...swatches].map(([path, content]) => ({ path, content })),
    ];
  },
};
