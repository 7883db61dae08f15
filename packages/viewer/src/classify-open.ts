/**
 * What can still change a classification. The core says it: `result.missing` (every missing fact
 * that could still change the result) and `result.range` (the levels every completion can give,
 * by three-valued evaluation). The viewer adds only what the core does not compute: the range of
 * scores still reachable, tried over the open facts.
 */
import { classify, lowerDimension } from "@sevscale/core";
import type { ClassifyResult, Dimension, Scale } from "@sevscale/core";

/** Facts as the form holds them: dimension code to an option code, option codes, or a number. */
export type Facts = Readonly<Record<string, string | readonly string[] | number>>;

/**
 * The dimensions whose answer could still change the result, in the scale's order: those the core
 * lists in `result.missing` (they could change the level), and those a score counted at their
 * default value (`fact_missing_default`: they change the score).
 */
export function openDimensions(scale: Scale, result: ClassifyResult): string[] {
  const open = new Set((result.missing ?? []).map((m) => m.dimension));
  for (const issue of result.issues) {
    const dimension = issue.params["dimension"];
    if (issue.code === "fact_missing_default" && typeof dimension === "string") open.add(dimension);
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
  /** Ranks of the least and most severe levels still possible (absent when no level is certain to be derived). */
  readonly min?: number;
  readonly max?: number;
  /** Lowest and highest score still reachable (score methods). */
  readonly minScore?: string;
  readonly maxScore?: string;
  /** True when every combination of the open facts was tried for the scores (else their least and most severe values). */
  readonly exhaustive: boolean;
}

/** The levels still possible, from the core's result: its level, or the range every completion stays in. */
function levelRange(result: ClassifyResult): { min?: number; max?: number } {
  if (result.level !== null && result.range === undefined) return { min: result.level.rank, max: result.level.rank };
  if (result.range?.atLeast) return { min: result.range.atLeast.rank, max: result.range.atMost.rank };
  return {};
}

/**
 * The levels and scores the incident can still reach when the open facts are answered. Levels come
 * from the core (`result.level` or `result.range`). Scores are tried: every combination of the
 * open facts' options when there are at most {@link EXHAUSTIVE_LIMIT}, else all open facts at
 * their least severe and at their most severe value (the options with the lowest and highest
 * value; quantities at their bounds).
 */
export function possibleRange(scale: Scale, facts: Facts, result: ClassifyResult, open: readonly string[]): PossibleRange {
  const levels = levelRange(result);
  const scored = result.score !== undefined || scale.method.kind === "score";
  const dims = open.map((code) => scale.dimensions.find((d) => d.code === code)).filter((d): d is Dimension => d !== undefined);
  const size = dims.reduce((n, d) => n * (d.type === "ordinal" ? d.options.length : 2), 1);
  const exhaustive = size <= EXHAUSTIVE_LIMIT;
  if (!scored) return { ...levels, exhaustive: true };
  const values = dims.map((d) => trialValues(scale, d, !exhaustive));
  let minScore: string | undefined;
  let maxScore: string | undefined;
  const record = (trial: Record<string, unknown>): void => {
    const score = classify(scale, trial).score;
    if (score === undefined) return;
    if (minScore === undefined || Number(score) < Number(minScore)) minScore = score;
    if (maxScore === undefined || Number(score) > Number(maxScore)) maxScore = score;
  };
  const visit = (i: number, acc: Record<string, unknown>): void => {
    if (i === dims.length) return record(acc);
    for (const v of values[i]!) visit(i + 1, v === undefined ? acc : { ...acc, [dims[i]!.code]: v });
  };
  if (exhaustive) visit(0, { ...facts });
  else for (const k of [0, 1]) record({ ...facts, ...Object.fromEntries(dims.map((d, j) => [d.code, values[j]![k]])) });
  return { ...levels, ...(minScore !== undefined && maxScore !== undefined ? { minScore, maxScore } : {}), exhaustive };
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
