/**
 * Batch classification over columns: one typed array per dimension, one entry per incident, and
 * no trace. Ordinal columns hold option indices (any integer typed array; -1, or 255 in a
 * Uint8Array and 65535 in a Uint16Array, or NaN in a Float64Array, mean "no fact"); quantity
 * columns hold numbers (a Float64Array; NaN means "no fact"), read exactly as the same JSON
 * number would be. A multiple-choice dimension takes one option per incident here.
 */
import type { Issue } from "../issues/issue.js";
import { compileClassifier, internalsOf } from "./compile.js";
import type { Classifier } from "./compile.js";
import { checkFact } from "./facts.js";
import { ABSENT } from "./vector.js";
import { FactVector } from "./vector.js";

/** One column of a batch: a value per incident. */
export type BatchColumn = Int8Array | Int16Array | Int32Array | Uint8Array | Uint16Array | Uint32Array | Float64Array;

/** Optional outputs of {@link classifyBatch}. */
export interface BatchOptions {
  /**
   * Receives each incident's rounded score as an integer scaled by 10^decimals (exact up to
   * 2^53), NaN when the incident has none. Must hold `count` entries.
   */
  readonly scores?: Float64Array;
}

/**
 * Classifies `count` incidents given as columns. Returns each incident's level rank, -1 when no
 * level is determined (invalid or missing facts, score-only, analyst-decides, undetermined, or a
 * sentinel outcome such as "out of scope") —
 * the same rank `classify` gives for the same facts (a "no fact" entry takes the dimension's
 * `assume` value, unless the classifier was compiled with `assume: false`). Int8Array unless the scale has more than
 * 127 levels. Columns named after no dimension are ignored.
 */
export function classifyBatch(
  classifier: Classifier,
  columns: Readonly<Record<string, BatchColumn>>,
  count: number,
  options: BatchOptions = {},
): Int8Array | Int16Array {
  const internals = internalsOf(classifier) ?? internalsOf(compileClassifier(classifier.scale))!;
  const { cs, root, assumed } = internals;
  const n = Math.max(0, Math.floor(count));
  const out = cs.scale.levels.length <= 127 ? new Int8Array(n) : new Int16Array(n);
  const scores = options.scores;
  const plan: { d: number; col: BatchColumn; options: number; marker: number; quantity: boolean }[] = [];
  for (const key of Object.keys(columns)) {
    const d = cs.dimIndex.get(key);
    const col = columns[key];
    if (d === undefined || col === undefined) continue;
    const dim = cs.dims[d]!;
    const marker = col instanceof Uint8Array ? 255 : col instanceof Uint16Array ? 65535 : col instanceof Uint32Array ? 4294967295 : -1;
    plan.push({ d, col, options: dim.type === "ordinal" ? dim.options.length : 0, marker, quantity: dim.type === "quantity" });
  }
  const v = new FactVector(cs.dims.length);
  const scratch: Issue[] = [];
  for (let i = 0; i < n; i++) {
    let invalid = false;
    for (let k = 0; k < plan.length; k++) {
      const p = plan[k]!;
      const x = p.col[i];
      if (p.quantity) {
        v.qty[p.d] = null;
        if (x === undefined || Number.isNaN(x)) continue;
        const checked = checkFact(cs.dims[p.d]!, x, scratch);
        if (typeof checked === "object" && checked.kind === "quantity") {
          v.qty[p.d] = checked.value;
          v.qtyText[p.d] = checked.text;
        } else {
          invalid = true;
          scratch.length = 0;
        }
        continue;
      }
      if (x === undefined || x === p.marker || x < 0 || Number.isNaN(x)) v.one[p.d] = ABSENT;
      else if (x >= p.options || !Number.isInteger(x)) invalid = true;
      else v.one[p.d] = x;
    }
    for (const a of assumed) if (!v.has(a.d)) v.set(a.d, a.fact);
    v.score = undefined;
    v.scaled = Number.NaN;
    if (invalid) {
      out[i] = -1;
      if (scores !== undefined) scores[i] = Number.NaN;
      continue;
    }
    const o = root(v, null);
    out[i] = o >= 0 ? o : -1;
    if (scores !== undefined) scores[i] = v.scaled;
  }
  return out;
}
