/**
 * The answers of `sevscale init`, as the wizard collects them and as `--answers <file>` gives them,
 * and the check of an answers file: an untrusted JSON value becomes either {@link InitAnswers} or
 * coded issues with JSON Pointers into the file (the same structural codes documents use:
 * `missing_property`, `wrong_type`, `invalid_value`, `unknown_property`, …), never a crash.
 */
import { LANGUAGES, toPointer } from "@sevscale/core";
import type { Issue, IssueParams, Language } from "@sevscale/core";

/** Text in each of the scale's languages. */
export type LangText = Readonly<Partial<Record<Language, string>>>;

/** One option of a dimension, least to most severe. */
export interface OptionAnswer {
  readonly code: string;
  readonly label: LangText;
}

/** One dimension (ordered options) the method looks at. */
export interface DimensionAnswer {
  readonly code: string;
  readonly label: LangText;
  readonly options: readonly OptionAnswer[];
}

/** One level, least to most severe. */
export interface LevelAnswer {
  readonly code: string;
  readonly label: LangText;
  readonly definition: LangText;
  /** `#RRGGBB`; default: the accessible palette. */
  readonly color?: string;
}

/** The method and what it needs; what is left out gets a sensible default (see init-build.ts). */
export type MethodAnswer =
  | { readonly kind: "judgement" }
  /** Worst dimension: each option of each dimension rated to a level; the most severe wins. */
  | { readonly kind: "max"; readonly ratings?: Readonly<Record<string, Readonly<Record<string, string>>>> }
  /** Rules: a level when a dimension reaches an option; the most severe rule that holds wins. */
  | { readonly kind: "rules"; readonly rules: readonly { readonly level: string; readonly dimension: string; readonly atLeast: string }[]; readonly otherwise?: string }
  /** A weighted score of the options' values, rescaled to 0–100 and cut into levels. */
  | {
      readonly kind: "score";
      readonly weights?: Readonly<Record<string, number>>;
      readonly values?: Readonly<Record<string, Readonly<Record<string, number>>>>;
      readonly cutPoints?: Readonly<Record<string, number>>;
    }
  /** A matrix over two dimensions: `cells[row option][column option]` is a level code. */
  | { readonly kind: "matrix"; readonly rows?: string; readonly columns?: string; readonly cells?: readonly (readonly string[])[] };

/** The reference interval of one level (codes of the reference scale, R0 … R5). */
export interface IntervalAnswer {
  readonly min: string;
  readonly max: string;
}

/** Everything `sevscale init` needs to write a draft scale and its mapping onto the reference scale. */
export interface InitAnswers {
  /** The country or organisation that publishes the scale. */
  readonly publisher: { readonly name: string; readonly type: PublisherType; readonly country?: string };
  /** The CSIRT that issues the scale. */
  readonly csirt: { readonly name: string; readonly acronym?: string; readonly url?: string };
  /** The point of contact: an email address, a URL, or both. */
  readonly contact: { readonly email?: string; readonly url?: string; readonly phone?: string };
  /** The scale's id `<namespace>/<name>`; default `<country>/national` for a state with a country code. */
  readonly id?: string;
  readonly title?: LangText;
  /** The scale's languages, the first being its default. */
  readonly languages: readonly Language[];
  readonly direction: "ascending" | "descending";
  readonly levels: readonly LevelAnswer[];
  readonly dimensions?: readonly DimensionAnswer[];
  readonly method: MethodAnswer;
  /** Each level's interval on the reference scale; default: an even spread. */
  readonly mapping?: Readonly<Record<string, IntervalAnswer>>;
  readonly version?: string;
  /** The date of the draft, YYYY-MM-DD (default: today). */
  readonly date?: string;
  /** SPDX licence id (default CC-BY-4.0). */
  readonly license?: string;
}

/** Who publishes a scale (the scale format's publisher types). */
export const PUBLISHER_TYPES = ["state", "intergovernmental", "sector", "organisation", "other"] as const;
export type PublisherType = (typeof PUBLISHER_TYPES)[number];

/** The methods the wizard offers, in the order it offers them. */
export const METHOD_KINDS = ["max", "rules", "score", "matrix", "judgement"] as const;
export type MethodKind = (typeof METHOD_KINDS)[number];

/** Most levels and options the wizard accepts (real scales have 3 to 7 levels). */
export const MAX_LEVELS = 12;
export const MAX_OPTIONS = 12;
export const MAX_DIMENSIONS = 12;

// A small checker over JSON values: each check pushes coded issues for the value at `path`.
type Path = (string | number)[];
type Check = (value: unknown, path: Path, out: Issue[]) => void;

function push(out: Issue[], code: string, path: Path, params: IssueParams): void {
  out.push({ code, severity: "error", pointer: toPointer(path), params });
}

function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const own = (o: Record<string, unknown>, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

function text(options: { pattern?: RegExp; format?: string; example?: string; max?: number } = {}): Check {
  return (value, path, out) => {
    if (typeof value !== "string") return push(out, "wrong_type", path, { expected: "string", received: jsonType(value) });
    if (value.trim().length === 0) return push(out, "too_short", path, { minimum: 1 });
    if (value.length > (options.max ?? 2000)) return push(out, "too_long", path, { actual: value.length, maximum: options.max ?? 2000 });
    if (options.pattern && !options.pattern.test(value)) {
      push(out, "invalid_format", path, { value: preview(value), format: options.format ?? String(options.pattern), example: options.example ?? "" });
    }
  };
}

function number(): Check {
  return (value, path, out) => {
    if (typeof value !== "number" || !Number.isFinite(value)) push(out, "wrong_type", path, { expected: "number", received: jsonType(value) });
  };
}

function oneOf(allowed: readonly string[]): Check {
  return (value, path, out) => {
    if (typeof value !== "string" || !allowed.includes(value)) push(out, "invalid_value", path, { value: preview(value), allowed: [...allowed] });
  };
}

function list(item: Check, min: number, max: number): Check {
  return (value, path, out) => {
    if (!Array.isArray(value)) return push(out, "wrong_type", path, { expected: "array", received: jsonType(value) });
    if (value.length < min) return push(out, "too_few_items", path, { actual: value.length, minimum: min });
    if (value.length > max) return push(out, "too_long", path, { actual: value.length, maximum: max });
    value.forEach((v, i) => item(v, [...path, i], out));
  };
}

function record(item: Check, keys?: readonly string[]): Check {
  return (value, path, out) => {
    if (!isObject(value)) return push(out, "wrong_type", path, { expected: "object", received: jsonType(value) });
    for (const [k, v] of Object.entries(value)) {
      if (keys !== undefined && !keys.includes(k)) push(out, "unknown_property", [...path, k], { property: k, allowed: [...keys] });
      else item(v, [...path, k], out);
    }
  };
}

type Fields = Readonly<Record<string, { readonly check: Check; readonly optional?: boolean }>>;

function object(fields: Fields): Check {
  return (value, path, out) => {
    if (!isObject(value)) return push(out, "wrong_type", path, { expected: "object", received: jsonType(value) });
    for (const [k, f] of Object.entries(fields)) {
      if (own(value, k)) f.check(value[k], [...path, k], out);
      else if (f.optional !== true) push(out, "missing_property", [...path, k], { property: k });
    }
    for (const k of Object.keys(value)) if (!own(fields, k)) push(out, "unknown_property", [...path, k], { property: k, allowed: Object.keys(fields) });
  };
}

const required = (check: Check) => ({ check });
const optional = (check: Check) => ({ check, optional: true });

const CODE = text({ max: 100 });
const HEX = /^#[0-9A-Fa-f]{6}$/;
const REFERENCE_CODE = /^R[0-5]$/;

/** Text in the languages the answers declare: every declared language present, no other. */
function langText(languages: readonly string[]): Check {
  return (value, path, out) => {
    record(text(), LANGUAGES)(value, path, out);
    if (!isObject(value)) return;
    for (const lang of languages) if (!own(value, lang)) push(out, "missing_property", [...path, lang], { property: lang });
  };
}

function methodCheck(value: unknown, path: Path, out: Issue[]): void {
  if (!isObject(value)) return push(out, "wrong_type", path, { expected: "object", received: jsonType(value) });
  if (!own(value, "kind")) return push(out, "missing_property", [...path, "kind"], { property: "kind" });
  const kind = value["kind"];
  const kindCheck = oneOf(METHOD_KINDS);
  const fields: Record<MethodKind, Fields> = {
    judgement: {},
    max: { ratings: optional(record(record(CODE))) },
    rules: {
      rules: required(list(object({ level: required(CODE), dimension: required(CODE), atLeast: required(CODE) }), 1, 100)),
      otherwise: optional(CODE),
    },
    score: { weights: optional(record(number())), values: optional(record(record(number()))), cutPoints: optional(record(number())) },
    matrix: { rows: optional(CODE), columns: optional(CODE), cells: optional(list(list(CODE, 1, MAX_OPTIONS), 1, MAX_OPTIONS)) },
  };
  const before = out.length;
  kindCheck(kind, [...path, "kind"], out);
  if (out.length > before) return;
  object({ kind: required(() => undefined), ...fields[kind as MethodKind] })(value, path, out);
}

/** Duplicate codes in a list of objects with `code`: the later one is reported. */
function duplicates(items: unknown, path: Path, code: string, out: Issue[], extra: IssueParams = {}): void {
  if (!Array.isArray(items)) return;
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const c = isObject(item) ? item["code"] : undefined;
    if (typeof c !== "string") return;
    const at = first.get(c);
    if (at === undefined) first.set(c, i);
    else push(out, code, [...path, i, "code"], { ...extra, code: c, first: toPointer([...path, at, "code"]) });
  });
}

/**
 * Checks an answers value. Returns the answers, or the issues (pointers into the answers file)
 * that stop them from making a scale. Meaning (a level code the method names that does not exist,
 * a cut point out of order, …) is left to the normal validation of the documents built from them.
 */
export function checkAnswers(value: unknown): { readonly ok: true; readonly answers: InitAnswers } | { readonly ok: false; readonly issues: readonly Issue[] } {
  const out: Issue[] = [];
  const languagesValue = isObject(value) ? value["languages"] : undefined;
  const languages = Array.isArray(languagesValue) ? languagesValue.filter((l): l is string => typeof l === "string" && (LANGUAGES as readonly string[]).includes(l)) : [];
  const lt = langText(languages);
  object({
    publisher: required(object({ name: required(text()), type: required(oneOf(PUBLISHER_TYPES)), country: optional(text({ pattern: /^[A-Z]{2}$/, format: "ISO 3166-1 alpha-2", example: "MX" })) })),
    csirt: required(object({ name: required(text()), acronym: optional(text({ max: 40 })), url: optional(text({ pattern: /^https?:\/\/\S+$/, format: "http(s) URL", example: "https://csirt.example.org/" })) })),
    contact: required(
      object({
        email: optional(text({ pattern: /^[^\s@]+@[^\s@]+\.[^\s@]+$/, format: "email", example: "csirt@example.org" })),
        url: optional(text({ pattern: /^https?:\/\/\S+$/, format: "http(s) URL", example: "https://csirt.example.org/contact" })),
        phone: optional(text({ pattern: /^\+?[0-9 ()-]{5,30}$/, format: "phone number", example: "+52 55 1234 5678" })),
      }),
    ),
    id: optional(text({ pattern: /^(x-[a-z0-9-]+(\.[a-z0-9-]+)+|[a-z][a-z0-9-]*)\/[a-z0-9]+([._-][a-z0-9]+)*$/, format: "<namespace>/<name>", example: "mx/national" })),
    title: optional(lt),
    languages: required(list(oneOf(LANGUAGES), 1, LANGUAGES.length)),
    direction: required(oneOf(["ascending", "descending"])),
    levels: required(list(object({ code: required(CODE), label: required(lt), definition: required(lt), color: optional(text({ pattern: HEX, format: "#RRGGBB", example: "#1A9850" })) }), 2, MAX_LEVELS)),
    dimensions: optional(list(object({ code: required(CODE), label: required(lt), options: required(list(object({ code: required(CODE), label: required(lt) }), 2, MAX_OPTIONS)) }), 0, MAX_DIMENSIONS)),
    method: required(methodCheck),
    mapping: optional(record(object({ min: required(text({ pattern: REFERENCE_CODE, format: "R0 … R5", example: "R2" })), max: required(text({ pattern: REFERENCE_CODE, format: "R0 … R5", example: "R3" })) }))),
    version: optional(text({ pattern: /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/, format: "semver", example: "0.1.0" })),
    date: optional(text({ pattern: /^\d{4}-\d{2}-\d{2}$/, format: "YYYY-MM-DD", example: "2026-12-04" })),
    license: optional(text({ pattern: /^[A-Za-z0-9.+-]+( (AND|OR|WITH) [A-Za-z0-9.+-]+)*$/, format: "SPDX", example: "CC-BY-4.0" })),
  })(value, [], out);
  if (out.length === 0 && isObject(value)) {
    duplicates(value["levels"], ["levels"], "level_code_duplicate", out);
    duplicates(value["dimensions"], ["dimensions"], "dimension_code_duplicate", out);
    if (Array.isArray(value["languages"]) && new Set(value["languages"]).size !== value["languages"].length) {
      push(out, "language_duplicate", ["languages"], { language: String(value["languages"].find((l, i, a) => a.indexOf(l) !== i)) });
    }
    const dimensions = value["dimensions"];
    if (Array.isArray(dimensions)) dimensions.forEach((d, i) => isObject(d) && duplicates(d["options"], ["dimensions", i, "options"], "option_code_duplicate", out, { dimension: String(d["code"]) }));
    const contact = value["contact"] as Record<string, unknown>;
    if (!own(contact, "email") && !own(contact, "url")) push(out, "missing_property", ["contact", "email"], { property: "email" });
    const publisher = value["publisher"] as Record<string, unknown>;
    if (!own(value, "id") && !(publisher["type"] === "state" && own(publisher, "country"))) push(out, "missing_property", ["id"], { property: "id" });
  }
  if (out.length === 0) references(value as unknown as InitAnswers, out);
  return out.length > 0 ? { ok: false, issues: out } : { ok: true, answers: value as unknown as InitAnswers };
}

/**
 * Codes the answers name that they do not define, where the draft would otherwise quietly drop
 * the answer: keys of the mapping, ratings, weights, values and cut points; the matrix's shape.
 */
function references(answers: InitAnswers, out: Issue[]): void {
  const levels = answers.levels.map((l) => l.code);
  const dimensions = answers.dimensions ?? [];
  const scale = answers.id ?? "";
  const level = (code: string, path: Path) => {
    if (!levels.includes(code)) push(out, "unknown_level_reference", path, { code, known: levels, scale });
  };
  const dimension = (code: string, path: Path) => {
    const found = dimensions.find((d) => d.code === code);
    if (found === undefined) push(out, "unknown_dimension_reference", path, { code, known: dimensions.map((d) => d.code) });
    return found;
  };
  const options = (d: DimensionAnswer, codes: readonly string[], path: Path) => {
    for (const code of codes) {
      if (!d.options.some((o) => o.code === code)) push(out, "unknown_option_reference", [...path, code], { code, dimension: d.code, known: d.options.map((o) => o.code) });
    }
  };
  for (const code of Object.keys(answers.mapping ?? {})) level(code, ["mapping", code]);
  const m = answers.method;
  if (m.kind === "max") {
    for (const [d, ratings] of Object.entries(m.ratings ?? {})) {
      const found = dimension(d, ["method", "ratings", d]);
      if (found) options(found, Object.keys(ratings), ["method", "ratings", d]);
      for (const [o, l] of Object.entries(ratings)) level(l, ["method", "ratings", d, o]);
    }
  } else if (m.kind === "score") {
    for (const d of Object.keys(m.weights ?? {})) dimension(d, ["method", "weights", d]);
    for (const [d, values] of Object.entries(m.values ?? {})) {
      const found = dimension(d, ["method", "values", d]);
      if (found) options(found, Object.keys(values), ["method", "values", d]);
    }
    for (const l of Object.keys(m.cutPoints ?? {})) level(l, ["method", "cutPoints", l]);
  } else if (m.kind === "matrix") {
    const rows = m.rows === undefined ? dimensions[0] : dimension(m.rows, ["method", "rows"]);
    const columns = m.columns === undefined ? dimensions.find((d) => d !== rows) : dimension(m.columns, ["method", "columns"]);
    if (m.cells !== undefined && rows !== undefined && columns !== undefined) {
      const shape = (actual: number, expected: number, path: Path) => {
        if (actual < expected) push(out, "too_few_items", path, { actual, minimum: expected });
        else if (actual > expected) push(out, "too_long", path, { actual, maximum: expected });
      };
      shape(m.cells.length, rows.options.length, ["method", "cells"]);
      m.cells.forEach((row, i) => {
        shape(row.length, columns.options.length, ["method", "cells", i]);
        row.forEach((l, j) => level(l, ["method", "cells", i, j]));
      });
    }
  }
}
