/**
 * The mapping audit: every combination of the national scale's criteria (or a seeded sample of
 * them) is classified on the national scale and, through the mapping's crosswalk, on the
 * reference scale; a combination whose reference level falls outside the band its national level
 * maps to is a disagreement between the mapping and the scales' own criteria.
 */
import { compileClassifier } from "../classify/compile.js";
import type { ClassifyResult, TraceStep } from "../classify/result.js";
import type { ExactDecimal } from "../decimal/exact.js";
import { toExact } from "../decimal/exact.js";
import type { SpaceDimension } from "../diff/facts-space.js";
import { buildFactsSpace, incidents, spaceSize } from "../diff/facts-space.js";
import { mulberry32 } from "../diff/prng.js";
import type { Issue } from "../issues/issue.js";
import type { Crosswalk, Mapping } from "../model/mapping.js";
import type { SimpleMethod } from "../model/method.js";
import type { Scale } from "../model/scale.js";
import type { Progress } from "../progress.js";
import { toReference } from "../translate/to-reference.js";
import type { ReferenceInterval } from "../translate/resolve.js";
import type { ReferenceRanks } from "./crosswalk.js";
import { optionRanks, readWithRanks } from "./crosswalk.js";
import type { AuditCode } from "./messages.js";
import { AUDIT_SEVERITIES, severityIn } from "../generated/severities.js";
import { intervalText } from "../reference/interval-text.js";


/** The default most combinations checked one by one; above it, a seeded sample of this many. */
export const DEFAULT_AUDIT_BUDGET = 100_000;
/** The default seed of the sample (fixed, so an audit is reproducible). */
export const DEFAULT_AUDIT_SEED = 12;

/** Options of {@link auditMapping}. */
export interface AuditOptions {
  /** Most combinations checked; when there are more, a seeded sample of `budget` (default 100 000). */
  readonly budget?: number;
  /** Seed of the sample (default {@link DEFAULT_AUDIT_SEED}). */
  readonly seed?: number;
  /** Most findings listed (classes of combinations); the rest are counted (default 100). */
  readonly maxFindings?: number;
  /** Most example combinations kept per finding, each with both traces (default 3). */
  readonly maxExamples?: number;
  /** Called after each combination is checked (phase `check`, `total` the combinations to check); never changes the result. */
  readonly onProgress?: (progress: Progress) => void;
}

/** One combination of national criteria with both classifications. */
export interface AuditExample {
  /** The national facts. */
  readonly facts: Readonly<Record<string, unknown>>;
  /** The national classification's trace. */
  readonly nationalTrace: readonly TraceStep[];
  /** How the crosswalk read the facts, then the reference classification's trace. */
  readonly referenceTrace: readonly TraceStep[];
}

/** One value of a finding's cell: a national dimension and the option (or matrix group, or quantity). */
export interface AuditCellValue {
  readonly dimension: string;
  readonly value: string;
}

/**
 * A class of combinations that disagree the same way: the same cell (per national dimension, its
 * option, or the matrix group the option belongs to), the same national level, the same
 * reference facts and level.
 */
export interface AuditFinding {
  readonly cell: readonly AuditCellValue[];
  readonly level: { readonly code: string; readonly rank: number };
  /** The band of the reference scale the national level maps to. */
  readonly interval: ReferenceInterval;
  readonly reference: { readonly code: string; readonly rank: number };
  /** Whether the criteria rate the situation above or below the mapped band. */
  readonly direction: "above" | "below";
  readonly referenceFacts: Readonly<Record<string, string>>;
  /** Combinations of the class checked. */
  readonly count: number;
  readonly examples: readonly AuditExample[];
  /** The finding as an issue (`audit_disagreement`), for rendering in a locale. */
  readonly issue: Issue;
}

/** What {@link auditMapping} found. */
export interface AuditResult {
  readonly mapping: { readonly id: string; readonly version: string };
  readonly subject: { readonly id: string; readonly version: string };
  readonly object: { readonly id: string; readonly version: string };
  /** Combinations checked. */
  readonly checked: number;
  /** Combinations in the national criteria's space (as a number; exact up to 2^53). */
  readonly total: number;
  /** True when every combination was checked; false when a seeded sample was. */
  readonly exhaustive: boolean;
  readonly seed: number;
  readonly budget: number;
  readonly agreeing: number;
  readonly disagreeing: number;
  /** Combinations either scale could not rate, or whose national level has no band. */
  readonly undecided: number;
  /** Disagreement classes, least severe national level first (at most `maxFindings`). */
  readonly findings: readonly AuditFinding[];
  /** Disagreement classes found but not listed. */
  readonly findingsOmitted: number;
  /** Problems with the documents, the sampling note, the undecided count. */
  readonly issues: readonly Issue[];
}

function auditIssue(code: AuditCode, pointer: string, params: Issue["params"]): Issue {
  return { code, severity: severityIn(AUDIT_SEVERITIES, code), pointer, params };
}

/** Every simple method of a scale (the method itself, or a composite's components). */
function simpleMethods(scale: Scale): SimpleMethod[] {
  return scale.method.kind === "composite" ? scale.method.components.map((c) => c.method) : [scale.method];
}

/** National dimension → option → the matrix group it belongs to, for grouping findings by cell. */
function matrixGroups(scale: Scale): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const m of simpleMethods(scale)) {
    if (m.kind !== "matrix") continue;
    for (const axis of m.axes) {
      if (!axis.groups || out.has(axis.dimension)) continue;
      const byOption = new Map<string, string>();
      for (const g of axis.groups) for (const member of g.members) if (!byOption.has(member)) byOption.set(member, g.code);
      out.set(axis.dimension, byOption);
    }
  }
  return out;
}

/** Boundaries of the crosswalk's quantity bands, so the space samples both sides of each. */
function crosswalkThresholds(crosswalk: Crosswalk): Map<string, ExactDecimal[]> {
  const out = new Map<string, ExactDecimal[]>();
  for (const e of crosswalk.dimensions) {
    if (!("bands" in e)) continue;
    const list = e.bands.map((b) => toExact(b.atLeast)).filter((d): d is ExactDecimal => d !== null);
    out.set(e.dimension, [...(out.get(e.dimension) ?? []), ...list]);
  }
  return out;
}

function factsOf(space: readonly SpaceDimension[], idx: readonly number[]): Record<string, unknown> {
  const facts: Record<string, unknown> = {};
  space.forEach((d, k) => {
    const v = d.values[idx[k]!]!.old;
    // Own properties only, so a dimension code such as "__proto__" stays plain data.
    if (v !== undefined) Object.defineProperty(facts, d.code, { value: v, enumerable: true, writable: true, configurable: true });
  });
  return facts;
}

function cellValue(value: unknown, groups: ReadonlyMap<string, string> | undefined): string {
  if (Array.isArray(value)) return value.map((v) => cellValue(v, groups)).join("+");
  const s = String(value);
  return groups?.get(s) ?? s;
}

/** One checked combination. */
interface Checked {
  readonly idx: readonly number[];
  readonly facts: Record<string, unknown>;
  readonly national: ClassifyResult;
  readonly reference: ClassifyResult;
  readonly referenceFacts: Readonly<Record<string, string>>;
  readonly crosswalkSteps: readonly TraceStep[];
}

/** The combinations of national criteria to check, and how many there are. */
interface Plan {
  readonly space: readonly SpaceDimension[];
  readonly total: bigint;
  readonly exhaustive: boolean;
  readonly budget: number;
  readonly seed: number;
  readonly run: () => Generator<Checked>;
}

function plan(crosswalk: Crosswalk, scale: Scale, reference: Scale, options: AuditOptions): Plan {
  const seed = Math.floor(options.seed ?? DEFAULT_AUDIT_SEED);
  const budget = Math.max(1, Math.floor(options.budget ?? DEFAULT_AUDIT_BUDGET));
  const rand = mulberry32(seed);
  const space = buildFactsSpace(scale, scale, new Map(), rand, crosswalkThresholds(crosswalk));
  const total = spaceSize(space);
  const national = compileClassifier(scale);
  const ref = compileClassifier(reference);
  const ranks: ReferenceRanks = optionRanks(reference);
  function* run(): Generator<Checked> {
    for (const idx of incidents(space, budget, budget, rand)) {
      const facts = factsOf(space, idx);
      const reading = readWithRanks(crosswalk, facts, ranks);
      yield { idx, facts, national: national.classify(facts), reference: ref.classify(reading.facts), referenceFacts: reading.facts, crosswalkSteps: reading.steps };
    }
  }
  return { space, total, exhaustive: total <= BigInt(budget), budget, seed, run };
}

/** The documents' own problems: no crosswalk, or scales that are not the mapping's. */
function documentIssues(mapping: Mapping, scale: Scale, reference: Scale): Issue[] {
  const out: Issue[] = [];
  const name = `${mapping.id}@${mapping.version}`;
  if (mapping.subject.id !== scale.id) out.push(auditIssue("audit_scale_mismatch", "/subject/id", { mapping: name, role: "subject", expected: mapping.subject.id, actual: scale.id }));
  if (mapping.object.id !== reference.id) out.push(auditIssue("audit_scale_mismatch", "/object/id", { mapping: name, role: "object", expected: mapping.object.id, actual: reference.id }));
  if (!mapping.crosswalk) out.push(auditIssue("audit_no_crosswalk", "", { mapping: name }));
  return out;
}

interface Builder {
  readonly first: number;
  readonly finding: Omit<AuditFinding, "count" | "examples" | "issue">;
  count: number;
  readonly examples: AuditExample[];
}

function example(c: Checked): AuditExample {
  return { facts: c.facts, nationalTrace: c.national.trace, referenceTrace: [...c.crosswalkSteps, ...c.reference.trace] };
}

/**
 * Audits a mapping against its scales' own criteria: enumerates every combination of the national
 * scale's criteria (options, and values on both sides of every quantity threshold; a seeded sample
 * of `budget` when there are more, said by `audit_sampled`), classifies each on the national scale
 * and, through `mapping.crosswalk`, on the reference scale, and reports the combinations whose
 * reference level falls outside the band the national level maps to, grouped by cell with
 * examples and both traces. Pure; never throws for documents that validate.
 *
 * @example
 * const r = auditMapping(asdToCrs, asd, REFERENCE_SCALE);
 * r.findings.map((f) => f.cell.map((c) => c.value).join(" × ")); // the five ASD cells
 */
export function auditMapping(mapping: Mapping, scale: Scale, reference: Scale, options: AuditOptions = {}): AuditResult {
  const issues = documentIssues(mapping, scale, reference);
  const maxFindings = Math.max(0, Math.floor(options.maxFindings ?? 100));
  const maxExamples = Math.max(0, Math.floor(options.maxExamples ?? 3));
  const head = {
    mapping: { id: mapping.id, version: mapping.version },
    subject: { id: scale.id, version: scale.version },
    object: { id: reference.id, version: reference.version },
  };
  const crosswalk = mapping.crosswalk;
  if (!crosswalk || issues.length > 0) {
    const seed = Math.floor(options.seed ?? DEFAULT_AUDIT_SEED);
    const budget = Math.max(1, Math.floor(options.budget ?? DEFAULT_AUDIT_BUDGET));
    return { ...head, checked: 0, total: 0, exhaustive: false, seed, budget, agreeing: 0, disagreeing: 0, undecided: 0, findings: [], findingsOmitted: 0, issues };
  }
  const p = plan(crosswalk, scale, reference, options);
  const groups = matrixGroups(scale);
  const intervals = new Map<string, ReferenceInterval | null>();
  const intervalOf = (code: string): ReferenceInterval | null => {
    if (!intervals.has(code)) {
      const r = toReference(mapping, code, { subject: scale, object: reference });
      intervals.set(code, r.ok ? r.interval : null);
    }
    return intervals.get(code)!;
  };
  const classes = new Map<string, Builder>();
  let checked = 0;
  let agreeing = 0;
  let undecided = 0;
  const toCheck = p.exhaustive ? Number(p.total) : p.budget;
  const onProgress = options.onProgress;
  for (const c of p.run()) {
    checked++;
    onProgress?.({ phase: "check", done: checked, total: toCheck });
    const level = c.national.level;
    const ref = c.reference.level;
    const interval = level ? intervalOf(level.code) : null;
    if (!level || !ref || !interval) {
      undecided++;
      continue;
    }
    if (ref.rank >= interval.minRank && ref.rank <= interval.maxRank) {
      agreeing++;
      continue;
    }
    const cell = p.space.map((d, k) => ({ dimension: d.code, value: cellValue(d.values[c.idx[k]!]!.old, groups.get(d.code)) }));
    const key = JSON.stringify([cell.map((x) => x.value), level.code, ref.code, c.referenceFacts]);
    let b = classes.get(key);
    if (!b) {
      b = {
        first: classes.size,
        finding: { cell, level, interval, reference: ref, direction: ref.rank > interval.maxRank ? "above" : "below", referenceFacts: c.referenceFacts },
        count: 0,
        examples: [],
      };
      classes.set(key, b);
    }
    b.count++;
    if (b.examples.length < maxExamples) b.examples.push(example(c));
  }
  const sorted = [...classes.values()].sort((x, y) => x.finding.level.rank - y.finding.level.rank || x.first - y.first);
  const findings = sorted.slice(0, maxFindings).map((b) => ({
    ...b.finding,
    count: b.count,
    examples: b.examples,
    issue: auditIssue("audit_disagreement", "/records", {
      level: b.finding.level.code,
      band: intervalText(b.finding.interval),
      reference: b.finding.reference.code,
      count: b.count,
    }),
  }));
  const disagreeing = sorted.reduce((n, b) => n + b.count, 0);
  if (!p.exhaustive) issues.push(auditIssue("audit_sampled", "", { checked, total: p.total.toString(), seed: p.seed }));
  if (undecided > 0) issues.push(auditIssue("audit_undecided", "", { count: undecided }));
  return {
    ...head,
    checked,
    total: Number(p.total),
    exhaustive: p.exhaustive,
    seed: p.seed,
    budget: p.budget,
    agreeing,
    disagreeing,
    undecided,
    findings,
    findingsOmitted: sorted.length - findings.length,
    issues,
  };
}

/**
 * The band of the reference scale each national level reaches through the crosswalk alone: the
 * least and most severe reference level of the combinations classified at that level. A mapping
 * whose records use these bands audits clean (on the same combinations); this is what a
 * `criteria-derived` record would say.
 */
export function crosswalkIntervals(crosswalk: Crosswalk, scale: Scale, reference: Scale, options: Pick<AuditOptions, "budget" | "seed"> = {}): Map<string, { readonly min: string; readonly max: string }> {
  const byRank = new Map<string, { min: number; max: number }>();
  for (const c of plan(crosswalk, scale, reference, options).run()) {
    const level = c.national.level;
    const ref = c.reference.level;
    if (!level || !ref) continue;
    const b = byRank.get(level.code);
    if (!b) byRank.set(level.code, { min: ref.rank, max: ref.rank });
    else {
      b.min = Math.min(b.min, ref.rank);
      b.max = Math.max(b.max, ref.rank);
    }
  }
  const code = (rank: number) => reference.levels[rank]!.code;
  const out = new Map<string, { min: string; max: string }>();
  for (const l of scale.levels) {
    const b = byRank.get(l.code);
    if (b) out.set(l.code, { min: code(b.min), max: code(b.max) });
  }
  return out;
}
