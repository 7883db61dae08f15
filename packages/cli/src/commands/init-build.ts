/**
 * From the answers of `sevscale init` to a draft scale and its mapping onto the reference scale
 * (CRS). Pure: no I/O; what the answers leave out gets a sensible default (an accessible colour
 * ramp, options rated evenly across the levels, cut points evenly spread, an even spread of the
 * levels over the reference scale). The result is checked afterwards by the normal validation.
 */
import { REFERENCE_SCALE } from "@sevscale/core";
import type { Language } from "@sevscale/core";
import { DEFAULT_PALETTE, contrastRatio, textColourOn } from "@sevscale/core/render";
import type { DimensionAnswer, InitAnswers, IntervalAnswer, LangText, LevelAnswer, MethodAnswer } from "./init-answers.js";

/** The words a draft needs in each of its languages (from the CLI's locales). */
export interface DraftWords {
  title(publisher: string): string;
  mappingTitle(publisher: string): string;
  summary: string;
}

/** The two documents `init` writes. */
export interface Draft {
  readonly scale: Record<string, unknown>;
  readonly mapping: Record<string, unknown>;
}

const REFERENCE_CODES: readonly string[] = REFERENCE_SCALE.levels.map((l) => l.code);

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function rgbToHex(rgb: readonly number[]): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`.toUpperCase();
}

/**
 * The default colours of `count` levels, least to most severe: the core's default ramp (ColorBrewer
 * RdYlGn, reversed: green to dark red), interpolated when there are more levels than stops, so no
 * two levels share a colour. Label text on each is black or white, whichever contrasts more.
 */
export function defaultColours(count: number): string[] {
  const stops = DEFAULT_PALETTE;
  return Array.from({ length: count }, (_, rank) => {
    const position = count <= 1 ? 0 : (rank / (count - 1)) * (stops.length - 1);
    const low = Math.floor(position);
    const high = Math.min(stops.length - 1, low + 1);
    const f = position - low;
    const [a, b] = [hexToRgb(stops[low]!), hexToRgb(stops[high]!)];
    return rgbToHex(a.map((c, i) => c + (b[i]! - c) * f));
  });
}

/** The label text colour on a level's colour and its WCAG 2 contrast ratio (4.5:1 is the minimum for text). */
export function labelContrast(hex: string): { readonly text: "#000000" | "#FFFFFF"; readonly ratio: number } {
  const text = textColourOn(hex);
  return { text, ratio: contrastRatio(hex, text) };
}

/** The level (by index) an item at `index` of `count` falls on when spread evenly over `levels` levels. */
export function spread(index: number, count: number, levels: number): number {
  return count <= 1 ? 0 : Math.round((index * (levels - 1)) / (count - 1));
}

/**
 * The default interval on the reference scale of the level at `index` of `count`: the reference
 * levels shared out evenly in order (with more levels than reference levels, neighbours share one).
 */
export function defaultInterval(index: number, count: number): IntervalAnswer {
  const n = REFERENCE_CODES.length;
  if (count >= n) {
    const at = REFERENCE_CODES[Math.floor((index * n) / count)]!;
    return { min: at, max: at };
  }
  const min = Math.floor((index * n) / count);
  const max = Math.floor(((index + 1) * n) / count) - 1;
  return { min: REFERENCE_CODES[min]!, max: REFERENCE_CODES[Math.max(min, max)]! };
}

/** Default cut points of a 0–100 score: the levels spread evenly, the lowest from 0. */
export function defaultCutPoint(index: number, count: number): number {
  return Math.round((index * 100) / count);
}

/** The default matrix cell: the level that the two options' positions, averaged, fall on. */
export function defaultCell(row: number, rows: number, column: number, columns: number, levels: number): number {
  const r = rows <= 1 ? 0 : row / (rows - 1);
  const c = columns <= 1 ? 0 : column / (columns - 1);
  return Math.round(((r + c) / 2) * (levels - 1));
}

/** A language map holding `text` (or each language's own text) in the scale's languages, in their order. */
function inLanguages(languages: readonly Language[], text: LangText | ((lang: Language) => string)): Record<string, string> {
  const out: Record<string, string> = {};
  for (const lang of languages) {
    const value = typeof text === "function" ? text(lang) : text[lang];
    if (value !== undefined) out[lang] = value;
  }
  return out;
}

function buildMethod(method: MethodAnswer, levels: readonly LevelAnswer[], dimensions: readonly DimensionAnswer[]): Record<string, unknown> {
  const codes = levels.map((l) => l.code);
  const dimension = (code: string | undefined) => dimensions.find((d) => d.code === code);
  switch (method.kind) {
    case "judgement":
      return { kind: "judgement" };
    case "max":
      return {
        kind: "max",
        ratings: dimensions.map((d) => ({
          dimension: d.code,
          levels: Object.fromEntries(d.options.map((o, j) => [o.code, method.ratings?.[d.code]?.[o.code] ?? codes[spread(j, d.options.length, codes.length)]!])),
        })),
      };
    case "rules":
      return {
        kind: "rules",
        strategy: "most-severe",
        rules: method.rules.map((r, i) => ({ id: `rule-${i + 1}`, level: r.level, when: { dimension: r.dimension, atLeast: r.atLeast } })),
        otherwise: method.otherwise ?? codes[0],
      };
    case "score":
      return {
        kind: "score",
        components: dimensions.map((d) => ({
          dimension: d.code,
          weight: method.weights?.[d.code] ?? 1,
          values: Object.fromEntries(d.options.map((o, j) => [o.code, method.values?.[d.code]?.[o.code] ?? j])),
        })),
        normalisation: { kind: "min-max", to: { min: 0, max: 100 } },
        clamp: { min: 0, max: 100 },
        rounding: { decimals: 0, mode: "half-up" },
        cutPoints: codes.map((code, i) => ({ level: code, atLeast: method.cutPoints?.[code] ?? defaultCutPoint(i, codes.length) })),
      };
    case "matrix": {
      const rows = dimension(method.rows) ?? dimensions[0];
      const columns = dimension(method.columns) ?? dimensions.find((d) => d !== rows);
      if (rows === undefined || columns === undefined) return { kind: "matrix", axes: [], cells: [] };
      return {
        kind: "matrix",
        axes: [{ dimension: rows.code }, { dimension: columns.code }],
        cells: rows.options.flatMap((r, i) =>
          columns.options.map((c, j) => ({
            at: [r.code, c.code],
            level: method.cells?.[i]?.[j] ?? codes[defaultCell(i, rows.options.length, j, columns.options.length, codes.length)]!,
          })),
        ),
      };
    }
  }
}

/** The scale's id: the one given, else `<country>/national`. */
export function scaleId(answers: InitAnswers): string {
  return answers.id ?? `${(answers.publisher.country ?? "x").toLowerCase()}/national`;
}

/** Builds the draft scale and its mapping onto the reference scale from the answers. */
export function buildDraft(answers: InitAnswers, words: (lang: Language) => DraftWords, today: string): Draft {
  const languages = answers.languages;
  const id = scaleId(answers);
  const version = answers.version ?? "0.1.0";
  const date = answers.date ?? today;
  const colours = defaultColours(answers.levels.length);
  const dimensions = answers.dimensions ?? [];
  const publisherName = answers.publisher.name;
  const languageList = languages.map((tag) => ({ tag, authoritative: true }));
  const summary = inLanguages(languages, (lang) => words(lang).summary);
  const license = { id: answers.license ?? "CC-BY-4.0" };
  const contact = {
    ...(answers.contact.email === undefined ? {} : { email: answers.contact.email }),
    ...(answers.contact.url === undefined ? {} : { url: answers.contact.url }),
    ...(answers.contact.phone === undefined ? {} : { phone: answers.contact.phone }),
  };
  const scale: Record<string, unknown> = {
    $schema: "https://sevscale.org/schemas/1.0/scale.schema.json",
    kind: "scale",
    id,
    version,
    status: "draft",
    title: answers.title ? inLanguages(languages, answers.title) : inLanguages(languages, (lang) => words(lang).title(publisherName)),
    published: date,
    revisionHistory: [{ version, date, summary }],
    publisher: {
      name: inLanguages(languages, () => publisherName),
      type: answers.publisher.type,
      ...(answers.publisher.country === undefined ? {} : { country: answers.publisher.country }),
      issuingAuthority: {
        name: inLanguages(languages, () => answers.csirt.name),
        ...(answers.csirt.acronym === undefined ? {} : { acronym: answers.csirt.acronym }),
        ...(answers.csirt.url === undefined ? {} : { url: answers.csirt.url }),
      },
      contact,
    },
    license,
    defaultLanguage: languages[0],
    languages: languageList,
    direction: answers.direction,
    levels: answers.levels.map((l, i) => ({
      code: l.code,
      label: inLanguages(languages, l.label),
      definition: inLanguages(languages, l.definition),
      color: { hex: (l.color ?? colours[i]!).toUpperCase() },
    })),
    dimensions: dimensions.map((d) => ({
      code: d.code,
      type: "ordinal",
      label: inLanguages(languages, d.label),
      options: d.options.map((o) => ({ code: o.code, label: inLanguages(languages, o.label) })),
    })),
    method: buildMethod(answers.method, answers.levels, dimensions),
  };
  const mapping: Record<string, unknown> = {
    $schema: "https://sevscale.org/schemas/1.0/mapping.schema.json",
    kind: "mapping",
    id: `${id}-to-crs`,
    version,
    status: "draft",
    title: inLanguages(languages, (lang) => words(lang).mappingTitle(publisherName)),
    subject: { id, versions: `^${version}` },
    object: { id: REFERENCE_SCALE.id, versions: `^${REFERENCE_SCALE.version}` },
    authors: [{ name: answers.csirt.name }],
    date,
    revisionHistory: [{ version, date, summary }],
    license,
    defaultLanguage: languages[0],
    languages: languageList,
    records: answers.levels.map((l, i) => {
      const interval = answers.mapping?.[l.code] ?? defaultInterval(i, answers.levels.length);
      return { subject: l.code, relation: "closeMatch", object: { min: interval.min, max: interval.max }, justification: "manual-curation", confidence: 0.5 };
    }),
  };
  return { scale, mapping };
}
