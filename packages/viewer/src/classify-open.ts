/**
 * What can still change a classification, derived from what `classify` returns today (its
 * missing-fact issues and trace). The core is gaining this itself (`ClassifyResult.missing`, the
 * facts that could still change the result, and `ClassifyResult.range`); when it lands,
 * {@link openDimensions} becomes `result.missing?.map((m) => m.dimension) ?? []` and
 * {@link possibleRange} can start from `result.range` — the views call only these two.
 */
import { classify, lowerDimension } from "@sevscale/core";
import type { ClassifyResult, Dimension, Scale } from "@sevscale/core";

/** Issue codes by which classify says that a missing fact takes part in the result. */
const MISSING_CODES = new Set(["fact_missing", "fact_missing_default"]);

/** Facts as the form holds them: dimension code to an option code, option codes, or a number. */
export type Facts = Readonly<Record<string, string | readonly string[] | number>>;

/** The dimensions without a fact that the method says it needs (from classify's missing-fact issues). */
export function openDimensions(scale: Scale, result: ClassifyResult): string[] {
  const open = new Set<string>();
  for (const issue of result.issues) {
    const dimension = issue.params["dimension"];
    if (MISSING_CODES.has(issue.code) && typeof dimension === "string") open.add(dimension);
  }
  for (const step of result.trace) {
    const dimension = step.params["dimension"];
    if ((step.kind === "trace_test_missing" || step.kind === "trace_matrix_missing") && typeof dimension === "string") open.add(dimension);
  }
  return scale.dimensions.filter((d) => open.has(d.code)).map((d) => d.code);
}

/** Largest number of combinations of open facts tried one by one; beyond it only the extremes are. */
export const EXHAUSTIVE_LIMIT = 2048;

/** The options of a score method's component for `dimension` with the lowest and the highest value, if it has one. */
function scoreExtremes(scale: Scale, dimension: string): [string, string] | undefined {
  if (scale.method.kind !== "score") return undefined;
  const component = scale.method.components.find((c) => c.dimension === dimension);
  const values = component && "values" in component && component.values ? Object.entries(component.values) : [];
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => Number(a[1]) - Number(b[1]));
  return [sorted[0]![0], sorted[sorted.length - 1]![0]];
}

/** Values an open dimension is tried with: each option (exhaustive), or its least and most severe. */
function trialValues(scale: Scale, given: Dimension, extremesOnly: boolean): unknown[] {
  const d = lowerDimension(given);
  const wrap = (code: string | undefined): unknown => (code === undefined ? undefined : d.type === "ordinal" && d.multiple ? [code] : code);
  if (d.type === "ordinal") {
    const codes = d.options.map((o) => o.code);
    if (!extremesOnly) return codes.map(wrap);
    return (scoreExtremes(scale, d.code) ?? [codes[0], codes[codes.length - 1]]).map(wrap);
  }
  const bounds = [d.min, d.max].map((v) => (v === undefined ? undefined : Number(v)));
  return [bounds[0] ?? 0, bounds[1] ?? Number.MAX_SAFE_INTEGER];
}

/** What the incident can still become when the open facts are answered. */
export interface PossibleRange {
  /** Ranks of the least and most severe levels still reachable (absent when no trial derives a level). */
  readonly min?: number;
  readonly max?: number;
  /** Lowest and highest score still reachable (score methods). */
  readonly minScore?: string;
  readonly maxScore?: string;
  /** True when every combination of the open facts was tried (else their least and most severe values). */
  readonly exhaustive: boolean;
}

/**
 * The levels (and scores) the incident can still reach when the open facts are answered: every
 * combination of their options when there are at most {@link EXHAUSTIVE_LIMIT}, else all open
 * facts at their least severe and at their most severe value (for a score, the options with the
 * lowest and highest value; otherwise the first and last option, as options are listed least
 * severe first). Quantities are tried at their bounds.
 */
export function possibleRange(scale: Scale, facts: Facts, open: readonly string[]): PossibleRange {
  const dims = open.map((code) => scale.dimensions.find((d) => d.code === code)).filter((d): d is Dimension => d !== undefined);
  const size = dims.reduce((n, d) => n * (d.type === "ordinal" ? d.options.length : 2), 1);
  const exhaustive = size <= EXHAUSTIVE_LIMIT;
  const values = dims.map((d) => trialValues(scale, d, !exhaustive));
  let min: number | undefined;
  let max: number | undefined;
  let minScore: string | undefined;
  let maxScore: string | undefined;
  const record = (trial: Record<string, unknown>): void => {
    const result = classify(scale, trial);
    const rank = result.level?.rank;
    if (rank !== undefined) {
      min = min === undefined ? rank : Math.min(min, rank);
      max = max === undefined ? rank : Math.max(max, rank);
    }
    if (result.score !== undefined) {
      if (minScore === undefined || Number(result.score) < Number(minScore)) minScore = result.score;
      if (maxScore === undefined || Number(result.score) > Number(maxScore)) maxScore = result.score;
    }
  };
  const visit = (i: number, acc: Record<string, unknown>): void => {
    if (i === dims.length) return record(acc);
    for (const v of values[i]!) visit(i + 1, v === undefined ? acc : { ...acc, [dims[i]!.code]: v });
  };
  if (exhaustive) visit(0, { ...facts });
  else for (const k of [0, 1]) record({ ...facts, ...Object.fromEntries(dims.map((d, j) => [d.code, values[j]![k]])) });
  return {
    ...(min !== undefined && max !== undefined ? { min, max } : {}),
    ...(minScore !== undefined && maxScore !== undefined ? { minScore, maxScore } : {}),
    exhaustive,
  };
}

/** Facts without unanswered entries, in the scale's dimension order: what "copy as JSON" copies. */
export function factsJson(scale: Scale, facts: Facts): string {
  const out: Record<string, unknown> = {};
  for (const d of scale.dimensions) {
    const v = facts[d.code];
    if (v === undefined || (Array.isArray(v) && v.length === 0)) continue;
    out[d.code] = d.type === "quantity" ? { value: v, unit: d.unit } : v;
  }
  return JSON.stringify(out, null, 2);
}
