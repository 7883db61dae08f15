/**
 * The compiled classifier's view of one incident: facts by dimension index, with no strings and
 * no look-ups, so the batch path allocates nothing per ordinal fact.
 */
import type { ExactDecimal } from "../decimal/exact.js";
import type { Dimension, OrdinalDimension, Scale } from "../model/scale.js";
import type { IssueParams } from "../issues/issue.js";
import type { CheckedFact } from "./facts.js";
import type { Sink } from "./sink.js";

/** Marks an ordinal fact that is absent. */
export const ABSENT = -1;
/** Marks an ordinal fact with several selected options (see `many`). */
export const SEVERAL = -2;

/** One incident's facts by dimension index. */
export class FactVector {
  /** Selected option index per dimension, {@link ABSENT}, or {@link SEVERAL}. */
  readonly one: Int32Array;
  readonly many: (readonly number[] | null)[];
  readonly qty: (ExactDecimal | null)[];
  readonly qtyText: string[];
  /** The score's text (first score method evaluated; trace mode). */
  score: string | undefined = undefined;
  /** The score as an integer scaled by 10^decimals (batch mode), NaN when none. */
  scaled = Number.NaN;
  /** The levels still possible after an undetermined method (see Span in outcome.ts). */
  lo = -1;
  hi = -1;

  constructor(size: number) {
    this.one = new Int32Array(size).fill(ABSENT);
    this.many = new Array<readonly number[] | null>(size).fill(null);
    this.qty = new Array<ExactDecimal | null>(size).fill(null);
    this.qtyText = new Array<string>(size).fill("");
  }

  /** True once a quantity or several options were stored (so {@link clear} has more to forget). */
  private extra = false;

  /** Stores a checked fact. */
  set(d: number, fact: CheckedFact): void {
    if (fact.kind !== "options" || fact.indices.length !== 1) this.extra = true;
    if (fact.kind === "quantity") {
      this.qty[d] = fact.value;
      this.qtyText[d] = fact.text;
    } else if (fact.indices.length === 1) {
      this.one[d] = fact.indices[0]!;
    } else {
      this.one[d] = SEVERAL;
      this.many[d] = fact.indices;
    }
  }

  /** Forgets every fact and the score (the compiled classifier reuses one vector). */
  clear(): void {
    // A loop: fill() costs more than it saves on the few dimensions a scale has.
    const one = this.one;
    for (let d = 0; d < one.length; d++) one[d] = ABSENT;
    if (this.extra) {
      this.many.fill(null);
      this.qty.fill(null);
      this.extra = false;
    }
    this.score = undefined;
    this.scaled = Number.NaN;
  }

  /** True when dimension d has a fact. */
  has(d: number): boolean {
    return this.one[d] !== ABSENT || this.qty[d] !== null;
  }

  /** The selected option indices of dimension d (empty when absent). */
  selected(d: number): readonly number[] {
    const o = this.one[d]!;
    return o >= 0 ? [o] : o === SEVERAL ? this.many[d]! : [];
  }

  /** The most severe selected option of dimension d, -1 when absent. */
  top(d: number): number {
    const o = this.one[d]!;
    if (o !== SEVERAL) return o;
    let m = -1;
    for (const i of this.many[d]!) if (i > m) m = i;
    return m;
  }

  /** The fact as a checked fact (for the exact fallbacks), undefined when absent. */
  checked(d: number): CheckedFact | undefined {
    const q = this.qty[d];
    if (q !== null && q !== undefined) return { kind: "quantity", value: q, text: this.qtyText[d]! };
    const o = this.one[d]!;
    if (o === ABSENT) return undefined;
    return { kind: "options", indices: this.selected(d) };
  }
}

/** What compiled evaluators share: the scale, its dimensions by first code, level ranks. */
export interface CompiledScale {
  readonly scale: Scale;
  readonly dims: readonly Dimension[];
  readonly dimIndex: ReadonlyMap<string, number>;
  readonly levelIndex: ReadonlyMap<string, number>;
  /** Per dimension: option code → index of its first option (null for a quantity). */
  readonly optionIndex: readonly (ReadonlyMap<string, number> | null)[];
}

/** Indexes a scale: the first dimension, level or option of each code wins, as in the interpreter. */
export function indexScale(scale: Scale): CompiledScale {
  const dimIndex = new Map<string, number>();
  scale.dimensions.forEach((d, i) => {
    if (!dimIndex.has(d.code)) dimIndex.set(d.code, i);
  });
  const levelIndex = new Map<string, number>();
  scale.levels.forEach((l, i) => {
    if (!levelIndex.has(l.code)) levelIndex.set(l.code, i);
  });
  const optionIndex = scale.dimensions.map((d) => {
    if (d.type !== "ordinal") return null;
    const m = new Map<string, number>();
    d.options.forEach((o, i) => {
      if (!m.has(o.code)) m.set(o.code, i);
    });
    return m;
  });
  return { scale, dims: scale.dimensions, dimIndex, levelIndex, optionIndex };
}

/** Rank of a level code, -1 when unknown. */
export function rankOf(cs: CompiledScale, code: string): number {
  return cs.levelIndex.get(code) ?? -1;
}

/** Index of the first option with this code, -1 when absent. */
export function optionOf(dim: OrdinalDimension, code: string): number {
  return dim.options.findIndex((o) => o.code === code);
}

/** The selected options of d as a trace parameter (one code, or the list). */
export function factParam(cs: CompiledScale, v: FactVector, d: number): IssueParams[string] {
  const dim = cs.dims[d] as OrdinalDimension;
  const o = v.one[d]!;
  if (o >= 0) return dim.options[o]!.code;
  return v.many[d]!.map((i) => dim.options[i]!.code);
}

/**
 * A compiled method: returns an outcome (rank, or a negative code from outcome.ts). With a sink
 * it writes the same trace steps and issues as the interpreter; with null (batch) it writes nothing.
 */
export type Evaluator = (v: FactVector, s: Sink | null) => number;
