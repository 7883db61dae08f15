/**
 * Adversarial documents: what a hostile publisher could send, each kind at a size `n` that the
 * benchmark doubles (scripts/bench/adversarial.ts) and the hostile-corpus test runs small
 * (test/hostile.test.ts). Every builder is pure: it returns the files (name → JSON text) and the
 * CLI arguments that load them, so the same input goes through the CLI and the core alike.
 *
 * The kinds are the attacks of issue 7: a matrix whose missing cells multiply, an e-mail address
 * that made the pattern backtrack, a mapping of thousands of levels, facts naming hundreds of
 * thousands of unknown options, a matrix classified with multiple-choice facts, two large rule
 * scales to diff, many scales to compare, and control and bidirectional characters in codes.
 */
import { BASE_MAPPING, BASE_SCALE } from "../packages/core/test/fixtures/base-documents.js";

/** One adversarial input: its files and the CLI arguments that read them (file names relative to their folder). */
export interface AdversarialCase {
  readonly files: Readonly<Record<string, string>>;
  readonly argv: readonly string[];
}

/** A kind of adversarial input, built at size `n`. */
export interface AdversarialKind {
  readonly name: string;
  /** What `n` counts. */
  readonly unit: string;
  /** The size in the report (the benchmark doubles up to it when it can). */
  readonly reported: number;
  /** The smallest size worth measuring. */
  readonly start: number;
  readonly build: (n: number) => AdversarialCase;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = any;

const t = (en: string, es = en) => ({ en, es });
const json = (value: unknown) => JSON.stringify(value, null, 1);
const base = (): Doc => structuredClone(BASE_SCALE);

/** A judgement scale with the given levels and dimensions (the smallest valid scale to build on). */
function plainScale(id: string, levels: readonly string[], extra: Record<string, unknown> = {}): Doc {
  const s = base();
  s.id = id;
  s.levels = levels.map((code) => ({ code, label: t(`Level ${code}`), definition: t(`Definition of ${code}.`) }));
  s.sentinels = [];
  delete s.significance;
  s.dimensions = [];
  delete s.axes;
  s.method = { kind: "judgement" };
  delete s.supersedes;
  s.revisionHistory = [{ version: s.version, date: "2026-01-15", summary: t("First release.") }];
  return Object.assign(s, extra);
}

/** `count` option codes o0, o1, ... */
const options = (count: number) => Array.from({ length: count }, (_, i) => ({ code: `o${i}`, label: t(`Option ${i}`) }));

/** A matrix over 5 dimensions of `n` options each with one cell: n^5 - 1 combinations have none. */
export function matrixExplosion(n: number): AdversarialCase {
  const s = plainScale("x-org.example/matrix", ["L1", "L2"]);
  s.dimensions = Array.from({ length: 5 }, (_, k) => ({ code: `d${k}`, type: "ordinal", label: t(`D${k}`), options: options(n) }));
  s.method = { kind: "matrix", axes: s.dimensions.map((d: Doc) => ({ dimension: d.code })), cells: [{ at: ["o0", "o0", "o0", "o0", "o0"], level: "L1" }] };
  return { files: { "scale.json": json(s) }, argv: ["validate", "scale.json", "--format", "json", ...LARGE] };
}

/** A contact e-mail of `n` characters built to make a backtracking pattern quadratic. */
export function longEmail(n: number): AdversarialCase {
  const s = base();
  s.publisher.contact.email = `a@${".".repeat(Math.max(0, n - 3))} `;
  return { files: { "scale.json": json(s) }, argv: ["validate", "scale.json", "--format", "json", ...LARGE] };
}

/**
 * A scale of `n` levels and a mapping onto itself in reverse order, except that its second level
 * maps beside its first: nearly every pair of levels conflicts, and the mapping is not wholly
 * reversed (which would be the single `mapping_levels_reversed` finding).
 */
export function reversedMapping(n: number): AdversarialCase {
  const codes = Array.from({ length: n }, (_, i) => `L${i}`);
  const s = plainScale("x-org.example/long", codes);
  const m: Doc = structuredClone(BASE_MAPPING);
  m.id = "x-org.example/long-reversed";
  m.subject = { id: s.id, versions: "^1.0.0" };
  m.object = { id: s.id, versions: "^1.0.0" };
  s.version = "1.0.0";
  s.revisionHistory = [{ version: "1.0.0", date: "2026-01-15", summary: t("First release.") }];
  const at = (i: number) => codes[i === 1 ? n - 1 : n - 1 - i];
  m.records = codes.map((code, i) => ({ subject: code, relation: "closeMatch", object: { min: at(i), max: at(i) }, justification: "review", confidence: 0.5 }));
  return { files: { "scale.json": json(s), "mapping.json": json(m) }, argv: ["validate", "scale.json", "mapping.json", "--format", "json", ...LARGE] };
}

/** Facts naming `n` unknown options of a multiple-choice dimension, and `n` unknown dimensions. */
export function unknownFacts(n: number): AdversarialCase {
  const s = plainScale("x-org.example/facts", ["L1", "L2"]);
  s.dimensions = [{ code: "kind", type: "ordinal", multiple: true, label: t("Kind"), options: options(40) }];
  s.method = { kind: "rules", strategy: "first-match", rules: [{ id: "any", level: "L2", when: { dimension: "kind", atLeast: "o1" } }], otherwise: "L1" };
  const facts: Record<string, unknown> = { kind: Array.from({ length: n }, (_, i) => `unknown-${i}`) };
  for (let i = 0; i < n; i++) facts[`extra-${i}`] = "x";
  return { files: { "scale.json": json(s), "facts.json": JSON.stringify(facts) }, argv: ["classify", "scale.json", "--facts", "facts.json", "--format", "json", ...LARGE] };
}

/** A matrix of n × n cells classified with facts that select every option of both axes. */
export function multipleChoiceMatrix(n: number): AdversarialCase {
  const s = plainScale("x-org.example/big-matrix", ["L1", "L2", "L3"]);
  s.dimensions = ["a", "b"].map((code) => ({ code, type: "ordinal", multiple: true, label: t(code), options: options(n) }));
  const cells = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) cells.push({ at: [`o${i}`, `o${j}`], level: i + j < n / 2 ? "L1" : i + j < n ? "L2" : "L3" });
  s.method = { kind: "matrix", axes: [{ dimension: "a" }, { dimension: "b" }], cells };
  const all = options(n).map((o) => o.code);
  return { files: { "scale.json": json(s), "facts.json": JSON.stringify({ a: all, b: all }) }, argv: ["classify", "scale.json", "--facts", "facts.json", "--format", "json", ...LARGE] };
}

/** Two versions of a scale of `n` rules over 8 dimensions, the second with one threshold moved. */
export function ruleDiff(n: number): AdversarialCase {
  const make = (version: string, shift: number): Doc => {
    const s = plainScale("x-org.example/rules", ["L1", "L2", "L3", "L4"]);
    s.version = version;
    s.revisionHistory = [
      { version: "1.0.0", date: "2026-01-15", summary: t("First release.") },
      ...(version === "1.0.0" ? [] : [{ version, date: "2026-02-15", summary: t("Moved a threshold.") }]),
    ];
    s.dimensions = [
      ...Array.from({ length: 7 }, (_, k) => ({ code: `d${k}`, type: "ordinal", label: t(`D${k}`), options: options(6) })),
      { code: "q", type: "quantity", unit: "users", min: 0, label: t("Users") },
    ];
    s.method = {
      kind: "rules",
      strategy: "first-match",
      rules: Array.from({ length: n }, (_, i) => ({
        id: `r${i}`,
        level: `L${(i % 3) + 2}`,
        when: { all: [{ dimension: `d${i % 7}`, atLeast: `o${(i % 5) + 1}` }, { dimension: "q", compare: "gte", threshold: { value: 1000 + i * 10 + (i === 0 ? shift : 0) } }] },
      })),
      otherwise: "L1",
    };
    return s;
  };
  return { files: { "old.json": json(make("1.0.0", 0)), "new.json": json(make("2.0.0", 5)) }, argv: ["diff", "old.json", "new.json", "--format", "json", ...LARGE] };
}

/** `n` scales of six levels, each with its mapping, compared side by side. */
export function manyScales(n: number): AdversarialCase {
  const files: Record<string, string> = {};
  const argv = ["compare"];
  const crs = ["R0", "R1", "R2", "R3", "R4", "R5"];
  for (let i = 0; i < n; i++) {
    const s = plainScale(`x-org.example/s${i}`, crs.map((_, k) => `C${k}`));
    const m: Doc = structuredClone(BASE_MAPPING);
    m.id = `x-org.example/s${i}-to-crs`;
    m.subject = { id: s.id, versions: "^1.0.0" };
    s.version = "1.0.0";
    s.revisionHistory = [{ version: "1.0.0", date: "2026-01-15", summary: t("First release.") }];
    m.records = crs.map((r, k) => ({ subject: `C${k}`, relation: "exactMatch", object: { min: r, max: r }, justification: "review", confidence: 0.9 }));
    files[`s${i}.json`] = json(s);
    files[`s${i}-to-crs.json`] = json(m);
    argv.push(`s${i}.json`);
  }
  argv.push("--format", "json", ...LARGE);
  return { files, argv };
}

/** `n` level codes and labels carrying line breaks, ESC sequences and bidirectional controls. */
export function controlCharacters(n: number): AdversarialCase {
  const s = base();
  const forged = ["\n2 files checked: 0 errors, 0 warnings\n", "\u001b[2J\u001b[31m", "\u202Eexe.txt", "\u2066\u2067\u2068\u2069", "\u200E\u200F\u061C\r\t"];
  s.levels = s.levels.concat(Array.from({ length: n }, (_, i) => ({ code: `X${i}${forged[i % forged.length]}`, label: t(`=HYPERLINK("x")${forged[(i + 1) % forged.length]}`), definition: t("Forged.") })));
  const m: Doc = structuredClone(BASE_MAPPING);
  m.records = m.records.concat(s.levels.slice(4).map((l: Doc) => ({ subject: l.code, relation: "exactMatch", object: { min: "R5", max: "R5" }, justification: "review", confidence: 1 })));
  return {
    files: { "scale.json": json(s), "mapping.json": json(m), "facts.json": JSON.stringify({ effect: "e2", scope: "s3", loss: 0, turnover: 0, users: 0 }) },
    argv: ["validate", "scale.json", "mapping.json"],
  };
}

/**
 * Sources of a registry of `n` distinct scales (each about 50 KB: an extension holding 400 notes)
 * and one mapping per scale onto the reference scale: `registry build` makes the registry that the
 * memory benchmark checks (scripts/bench/adversarial.ts), whose peak must not grow with `n`.
 */
export function registrySources(n: number): Readonly<Record<string, string>> {
  const files: Record<string, string> = {};
  const crs = ["R0", "R1", "R2", "R3", "R4", "R5"];
  for (let i = 0; i < n; i++) {
    const s = plainScale(`x-org.example/r${i}`, crs.map((_, k) => `C${k}`));
    s.version = "1.0.0";
    s.revisionHistory = [{ version: "1.0.0", date: "2026-01-15", summary: t("First release.") }];
    s["x-extensions"] = { "org.example.notes": Array.from({ length: 400 }, (_, k) => ({ k, note: `Note ${k} of scale ${i}: ${"x".repeat(80)}` })) };
    const m: Doc = structuredClone(BASE_MAPPING);
    m.id = `x-org.example/r${i}-to-crs`;
    m.subject = { id: s.id, versions: "^1.0.0" };
    m.records = crs.map((r, k) => ({ subject: `C${k}`, relation: "exactMatch", object: { min: r, max: r }, justification: "review", confidence: 0.9 }));
    files[`r${i}.json`] = json(s);
    files[`r${i}-to-crs.json`] = json(m);
  }
  return files;
}

/** Large enough for the sizes the issue reported: the work is measured, not the reader's size limit. */
const LARGE = ["--max-bytes", String(256 * 1024 * 1024)];

/** Every kind, with the sizes the benchmark doubles. */
export const ADVERSARIAL_KINDS: readonly AdversarialKind[] = [
  { name: "matrix with one cell (5 axes)", unit: "options per axis", reported: 40, start: 5, build: matrixExplosion },
  { name: "long e-mail address", unit: "characters", reported: 200_000, start: 12_500, build: longEmail },
  { name: "reversed mapping", unit: "levels", reported: 4000, start: 250, build: reversedMapping },
  { name: "unknown facts", unit: "unknown options (and dimensions)", reported: 450_000, start: 28_125, build: unknownFacts },
  { name: "matrix with multiple-choice facts", unit: "options per axis (n × n cells)", reported: 300, start: 38, build: multipleChoiceMatrix },
  { name: "diff of rule scales", unit: "rules", reported: 2000, start: 125, build: ruleDiff },
  { name: "compare many scales", unit: "scales", reported: 1100, start: 69, build: manyScales },
];
