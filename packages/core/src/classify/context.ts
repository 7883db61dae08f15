/** What a method evaluator of the interpreter sees: the scale, the checked facts, the sink. */
import type { Dimension, OrdinalDimension, Scale } from "../model/scale.js";
import type { CheckedFact } from "./facts.js";
import type { Sink } from "./sink.js";
import type { Span } from "./outcome.js";

/** The evaluation context of one classification; as a {@link Span} it holds the levels still possible after an undetermined method. */
export interface EvalContext extends Span {
  readonly scale: Scale;
  readonly sink: Sink;
  /** The checked fact of a dimension; undefined when absent or explicitly unknown. */
  fact(code: string): CheckedFact | undefined;
  /** The dimension with this code (first of that code), if any. */
  dimension(code: string): Dimension | undefined;
  /** Rank of a level code (first of that code), -1 when the scale has no such level. */
  levelRank(code: string): number;
  /** The score, once a score method computed it (a composite keeps the first). */
  score: string | undefined;
}

/** The selected options as a trace parameter: one code, or the list when several. */
export function optionsParam(dim: OrdinalDimension, indices: readonly number[]): string | string[] {
  if (indices.length === 1) return dim.options[indices[0]!]!.code;
  return indices.map((i) => dim.options[i]!.code);
}

/** The most severe selected option (largest index). */
export function mostSevere(indices: readonly number[]): number {
  let m = -1;
  for (const i of indices) if (i > m) m = i;
  return m;
}

/** Builds the interpreter's context over a scale and checked facts, with linear look-ups (the interpreter reads the document as it is). */
export function documentContext(scale: Scale, sink: Sink, facts: ReadonlyMap<string, CheckedFact>): EvalContext {
  return {
    scale,
    sink,
    score: undefined,
    lo: -1,
    hi: -1,
    fact: (code) => facts.get(code),
    dimension: (code) => scale.dimensions.find((d) => d.code === code),
    levelRank: (code) => scale.levels.findIndex((l) => l.code === code),
  };
}
