/**
 * The compiled classifier: the scale is indexed once (dimensions, options and levels to integers)
 * and each method becomes a closure over lookup tables — a flat Int32Array for a matrix, per-option
 * rank tables for ratings, scaled-integer contributions for a score, byte tables for option sets.
 * No code is generated from the document (no eval, no new Function). It gives the same result,
 * trace and issues as {@link classify}; where a table cannot be built (an incomplete method, a
 * scored quantity, a score that could leave the safe-integer range) it runs the exact path.
 */
import { hasErrors } from "../issues/issue.js";
import type { SimpleMethod } from "../model/method.js";
import type { Scale } from "../model/scale.js";
import { compileMatrix } from "./compile-matrix.js";
import { compileMax } from "./compile-max.js";
import { compileRules } from "./compile-rules.js";
import { compileScore } from "./compile-score.js";
import type { EvalContext } from "./context.js";
import type { AssumedFact, ClassifyOptions } from "./facts.js";
import { lowerScale } from "./lower.js";
import { assumedFacts, checkFact, isRecord, jsonType } from "./facts.js";
import { assemble, componentDone, compositeSentinel, finishComposite, invalidFacts, judgement } from "./finish.js";
import { interpretMatrix } from "./interpret-matrix.js";
import { interpretMax } from "./interpret-max.js";
import { ANALYST_DECIDES, MAYBE_SENTINEL, UNDETERMINED, worseUndecided } from "./outcome.js";
import type { ClassifyResult, DecidedBy } from "./result.js";
import { interpretScore } from "./score-exact.js";
import { Sink } from "./sink.js";
import type { CompiledScale, Evaluator } from "./vector.js";
import { FactVector, indexScale } from "./vector.js";
import { escapePointerToken } from "../issues/issue.js";

/** A scale compiled for repeated classification. */
export interface Classifier {
  readonly scale: Scale;
  /** Classifies one incident's facts: the same result as `classify(scale, facts)`. */
  classify(facts: unknown): ClassifyResult;
}

/** The internals the batch path uses (not part of the public surface). */
export interface CompiledInternals {
  readonly cs: CompiledScale;
  readonly root: Evaluator;
  /** The facts assumed when not given, by dimension index (empty when assumptions are off). */
  readonly assumed: readonly (AssumedFact & { readonly d: number })[];
}

const internals = new WeakMap<Classifier, CompiledInternals>();

/** The compiled internals of a classifier made by {@link compileClassifier}. */
export function internalsOf(c: Classifier): CompiledInternals | undefined {
  return internals.get(c);
}

/** An interpreter context over a fact vector, for the exact fallbacks. */
function vectorContext(cs: CompiledScale, v: FactVector, sink: Sink): EvalContext {
  return {
    scale: cs.scale,
    sink,
    fact: (code) => {
      const d = cs.dimIndex.get(code);
      return d === undefined ? undefined : v.checked(d);
    },
    dimension: (code) => {
      const d = cs.dimIndex.get(code);
      return d === undefined ? undefined : cs.dims[d];
    },
    levelRank: (code) => cs.levelIndex.get(code) ?? -1,
    get score() {
      return v.score;
    },
    set score(x: string | undefined) {
      v.score = x;
    },
    get lo() {
      return v.lo;
    },
    set lo(x: number) {
      v.lo = x;
    },
    get hi() {
      return v.hi;
    },
    set hi(x: number) {
      v.hi = x;
    },
  };
}

/** Runs an interpreter evaluator on a vector; in batch mode with a throw-away sink. */
function fallback(cs: CompiledScale, run: (ctx: EvalContext) => number): Evaluator {
  return (v, s) => {
    const before = v.score;
    const outcome = run(vectorContext(cs, v, s ?? new Sink()));
    if (v.score !== before && v.score !== undefined && Number.isNaN(v.scaled)) v.scaled = Number(v.score.replace(".", ""));
    return outcome;
  };
}

function compileSimple(cs: CompiledScale, method: SimpleMethod, at: string, component?: string): Evaluator {
  switch (method.kind) {
    case "rules":
      return compileRules(cs, method, at, component);
    case "score":
      return compileScore(cs, method, at) ?? fallback(cs, (ctx) => interpretScore(method, ctx, at));
    case "matrix":
      return compileMatrix(cs, method, at) ?? fallback(cs, (ctx) => interpretMatrix(method, ctx, at));
    case "max":
      return compileMax(cs, method, at) ?? fallback(cs, (ctx) => interpretMax(method, ctx, at));
    case "judgement":
      return (_v, s) => (s === null ? ANALYST_DECIDES : judgement(method, s));
  }
}

function compileMethod(cs: CompiledScale): Evaluator {
  const method = cs.scale.method;
  if (method.kind !== "composite") {
    const run = compileSimple(cs, method, "/method");
    return (v, s) => {
      v.lo = v.hi = -1;
      return run(v, s);
    };
  }
  const parts = method.components.map((c, i) => ({ id: c.id, kind: c.method.kind, run: compileSimple(cs, c.method, `/method/components/${i}/method`, c.id) }));
  const ids = parts.map((p) => p.id);
  const n = parts.length;
  const top = cs.scale.levels.length - 1;
  // Scratch, reused by every call (evaluation never re-enters itself).
  const outcomes = new Int32Array(n);
  const los = new Int32Array(n);
  const his = new Int32Array(n);
  return (v, s) => {
    if (s === null) {
      // Batch: the same verdict as finishComposite, without words.
      let best = -1;
      let open = 0;
      for (let i = 0; i < n; i++) {
        v.lo = v.hi = -1;
        const o = parts[i]!.run(v, null);
        outcomes[i] = o;
        los[i] = o >= 0 ? o : o === ANALYST_DECIDES ? 0 : o === UNDETERMINED ? v.lo : -1;
        his[i] = o >= 0 ? o : o === ANALYST_DECIDES ? top : o === UNDETERMINED ? v.hi : -1;
        if (o > best) best = o;
        else if (o < 0) open = worseUndecided(open, o);
      }
      v.lo = v.hi = -1;
      const gate = compositeSentinel(outcomes, los);
      if (gate === MAYBE_SENTINEL) return UNDETERMINED;
      if (gate < 0) return gate;
      if (open === 0 || best === top) return best;
      let lo = Infinity;
      let maxLo = -1;
      let hi = -1;
      let none = false;
      for (let i = 0; i < n; i++) {
        if (los[i]! < lo) lo = los[i]!;
        if (los[i]! > maxLo) maxLo = los[i]!;
        if (his[i]! > hi) hi = his[i]!;
        if (his[i]! < 0) none = true;
      }
      if (none) return open === 0 ? UNDETERMINED : open;
      if (lo >= 0 && maxLo === hi && open === UNDETERMINED) return hi;
      v.lo = lo < 0 ? -1 : maxLo;
      v.hi = hi;
      return open;
    }
    for (let i = 0; i < n; i++) {
      const p = parts[i]!;
      s.step("trace_component", { component: p.id, method: p.kind });
      s.component = p.id;
      v.lo = v.hi = -1;
      const o = p.run(v, s);
      outcomes[i] = o;
      los[i] = v.lo;
      his[i] = v.hi;
      componentDone(s, cs.scale, p.id, o);
    }
    v.lo = v.hi = -1;
    return finishComposite(v, s, cs.scale, ids, outcomes, los, his);
  };
}

/**
 * Reads facts into a vector, with the same issues in the same order as the interpreter's
 * `readFacts`; a known option given as a string (the common case) is one map look-up.
 */
function readInto(cs: CompiledScale, facts: Record<string, unknown>, v: FactVector, sink: Sink): void {
  // for…in with an own-property check visits exactly Object.keys(facts), in the same order, without
  // allocating the key list.
  for (const key in facts) {
    if (!Object.hasOwn(facts, key)) continue;
    const d = cs.dimIndex.get(key);
    if (d === undefined) {
      sink.issue("fact_unknown_dimension", "warning", `/${escapePointerToken(key)}`, { dimension: key });
      continue;
    }
    const raw = facts[key];
    if (typeof raw === "string") {
      const i = cs.optionIndex[d]?.get(raw);
      if (i !== undefined) {
        v.one[d] = i;
        continue;
      }
    }
    const checked = checkFact(cs.dims[d]!, raw, sink.issues);
    if (typeof checked === "object") v.set(d, checked);
  }
}

/**
 * Compiles a scale for repeated classification; `options` as for {@link classify}.
 * @example const c = compileClassifier(REFERENCE_SCALE); c.classify({ effect: "E2", scope: "S4", "national-interest": "N0" }).level?.code // "R3"
 */
export function compileClassifier(document: Scale, options?: ClassifyOptions): Classifier {
  const scale = lowerScale(document);
  const cs = indexScale(scale);
  const root = compileMethod(cs);
  const assumed = assumedFacts(scale.dimensions, options).map((a) => ({ ...a, d: cs.dimIndex.get(a.dimension)!, pointer: `/${escapePointerToken(a.dimension)}` }));
  const decidedBy: DecidedBy = scale.method.kind;
  // One vector reused by every call (allocating typed arrays per incident costs more than the
  // look-ups); a re-entrant call (a getter in the facts classifying again) gets its own.
  const scratch = new FactVector(cs.dims.length);
  let busy = false;
  const run = (facts: Record<string, unknown>, v: FactVector): ClassifyResult => {
    const sink = new Sink();
    readInto(cs, facts, v, sink);
    if (hasErrors(sink.issues)) return invalidFacts(decidedBy, sink.issues);
    for (const a of assumed) {
      if (v.has(a.d) || Object.hasOwn(facts, a.dimension)) continue;
      v.set(a.d, a.fact);
      sink.issue("fact_assumed", "info", a.pointer, { dimension: a.dimension, value: a.value });
      sink.step("trace_fact_assumed", { dimension: a.dimension, value: a.value });
    }
    const outcome = root(v, sink);
    return assemble(scale, decidedBy, outcome, sink, v.score, v);
  };
  const classifier: Classifier = {
    scale: document,
    classify(facts: unknown): ClassifyResult {
      if (!isRecord(facts)) return invalidFacts(decidedBy, [{ code: "facts_not_object", severity: "error", pointer: "", params: { got: jsonType(facts) } }]);
      if (busy) return run(facts, new FactVector(cs.dims.length));
      busy = true;
      try {
        scratch.clear();
        return run(facts, scratch);
      } finally {
        busy = false;
      }
    },
  };
  internals.set(classifier, { cs, root, assumed });
  return classifier;
}
