/**
 * Matrix, interpreted: each axis's fact falls in a group (or stands as its option); the cell at
 * those values gives the level. Several selected options on an axis give several cells, of which
 * the most severe wins (the first listed on a tie).
 */
import type { MatrixMethod } from "../model/method.js";
import type { EvalContext } from "./context.js";
import type { Span } from "./outcome.js";
import { cannotDecide, traceRange, undetermined } from "./outcome.js";
import type { Sink } from "./sink.js";
import type { Scale } from "../model/scale.js";

/** Beyond this many combinations an open matrix is not enumerated: every level stays possible. */
const MAX_OPEN = 1 << 16;

/**
 * A matrix with missing axes (shared with the compiled classifier): enumerates the cells still
 * reachable. `sizes[a]` values per axis; known axes take all their selected values (the most
 * severe cell wins), each open axis one value at a time. `rankAt(choice)` is a cell's rank, or
 * -1 when there is no level there. Decided when every choice gives the same level; else the
 * range still possible, and the open axes whose value could change it are reported missing.
 */
export function finishOpenMatrix(
  span: Span,
  scale: Scale,
  sink: Sink,
  dimensions: readonly string[],
  sizes: readonly number[],
  open: readonly number[],
  rankAt: (choice: readonly number[]) => number,
): number {
  const levels = scale.levels;
  const isOpen = sizes.map((_, a) => open.includes(a));
  let openCount = 1;
  let knownCount = 1;
  sizes.forEach((n, a) => {
    if (isOpen[a]) openCount *= n;
    else knownCount *= n;
  });
  if (openCount * knownCount > MAX_OPEN) {
    for (const a of open) sink.missing(dimensions[a]!);
    traceRange(sink, levels, -1, levels.length - 1);
    return undetermined(span, -1, levels.length - 1);
  }
  const results = new Int32Array(openCount);
  const choice = sizes.map(() => 0);
  let lo = Infinity;
  let hi = -1;
  for (let m = 0; m < openCount; m++) {
    let rest = m;
    for (let k = open.length - 1; k >= 0; k--) {
      const a = open[k]!;
      choice[a] = rest % sizes[a]!;
      rest = Math.floor(rest / sizes[a]!);
    }
    let best = -1;
    let none = false;
    for (let c = 0; c < knownCount && !none; c++) {
      let r2 = c;
      for (let a = sizes.length - 1; a >= 0; a--) {
        if (isOpen[a]) continue;
        choice[a] = r2 % sizes[a]!;
        r2 = Math.floor(r2 / sizes[a]!);
      }
      const r = rankAt(choice);
      if (r < 0) none = true;
      else if (r > best) best = r;
    }
    const result = none ? -1 : best;
    results[m] = result;
    if (result < lo) lo = result;
    if (result > hi) hi = result;
  }
  if (lo >= 0 && lo === hi) {
    sink.step("trace_matrix_same_level", { level: levels[lo]!.code });
    return lo;
  }
  // An open axis matters when changing its value alone changes the result somewhere.
  let stride = 1;
  const strides: number[] = [];
  for (let k = open.length - 1; k >= 0; k--) {
    strides[k] = stride;
    stride *= sizes[open[k]!]!;
  }
  open.forEach((a, k) => {
    const step = strides[k]!;
    const n = sizes[a]!;
    let matters = false;
    for (let m = 0; m < openCount && !matters; m++) {
      const digit = Math.floor(m / step) % n;
      if (digit !== 0) continue;
      for (let d = 1; d < n; d++) if (results[m + d * step] !== results[m]) matters = true;
    }
    if (matters) sink.missing(dimensions[a]!);
  });
  traceRange(sink, levels, lo === Infinity ? -1 : lo, hi);
  return undetermined(span, lo === Infinity ? -1 : lo, hi);
}

/**
 * Most combinations of selected values one matrix classification looks up (multiple-choice facts
 * multiply): beyond, `classify_matrix_budget` and no level, rather than unbounded work.
 */
export const MATRIX_COMBINATION_BUDGET = 10_000;

/** How many combinations the selected values give (stops counting past the budget). */
export function combinationCount(axes: readonly (readonly unknown[])[]): number {
  let n = 1;
  for (const values of axes) {
    n *= values.length;
    if (n > MATRIX_COMBINATION_BUDGET) return n;
  }
  return n;
}

interface MatrixIndex {
  /** Cell index by the JSON of its values (the first cell listed wins). */
  readonly cells: ReadonlyMap<string, number>;
  /** Per axis, the group code of each option (first group listing it), when grouped. */
  readonly groups: readonly (ReadonlyMap<string, string> | undefined)[];
}

// Built once per method: looking a cell up is then one map access, not a scan of every cell.
const INDEX = new WeakMap<MatrixMethod, MatrixIndex>();

function matrixIndex(method: MatrixMethod): MatrixIndex {
  let index = INDEX.get(method);
  if (index === undefined) {
    const cells = new Map<string, number>();
    method.cells.forEach((c, i) => {
      const key = JSON.stringify(c.at);
      if (!cells.has(key)) cells.set(key, i);
    });
    const groups = method.axes.map((axis) => {
      if (axis.groups === undefined) return undefined;
      const m = new Map<string, string>();
      for (const g of axis.groups) for (const member of g.members) if (!m.has(member)) m.set(member, g.code);
      return m;
    });
    index = { cells, groups };
    INDEX.set(method, index);
  }
  return index;
}

/** Every combination of the axes' values, first axis varying slowest. */
export function combinations(axes: readonly (readonly string[])[]): string[][] {
  let out: string[][] = [[]];
  for (const values of axes) out = out.flatMap((prefix) => values.map((v) => [...prefix, v]));
  return out;
}

/** Evaluates a matrix method. */
export function interpretMatrix(method: MatrixMethod, ctx: EvalContext, at: string): number {
  const { sink } = ctx;
  const index = matrixIndex(method);
  const perAxis: string[][] = [];
  const open: number[] = [];
  let undecided = false;
  for (let a = 0; a < method.axes.length; a++) {
    const axis = method.axes[a]!;
    const dimension = axis.dimension;
    const dim = ctx.dimension(dimension);
    if (dim?.type !== "ordinal") {
      sink.issue("classify_dimension_unknown", "error", "", { dimension, expected: "ordinal", at: `${at}/axes/${a}/dimension` });
      undecided = true;
      perAxis.push([]);
      continue;
    }
    const fact = ctx.fact(dimension);
    const groups = index.groups[a];
    if (fact?.kind !== "options") {
      sink.step("trace_matrix_missing", { dimension });
      open.push(a);
      // Every value the axis could take; "" for an option in no group (no cell).
      const all: string[] = [];
      for (const o of dim.options) {
        const value = groups === undefined ? o.code : (groups.get(o.code) ?? "");
        if (!all.includes(value)) all.push(value);
      }
      perAxis.push(all);
      continue;
    }
    const values: string[] = [];
    for (const k of fact.indices) {
      const option = dim.options[k]!.code;
      let value = option;
      if (groups !== undefined) {
        const group = groups.get(option);
        if (group === undefined) {
          sink.issue("classify_matrix_ungrouped", "error", "", { dimension, option, at: `${at}/axes/${a}/groups` });
          undecided = true;
          continue;
        }
        value = group;
        sink.step("trace_matrix_axis_group", { dimension, fact: option, group });
      } else {
        sink.step("trace_matrix_axis", { dimension, fact: option });
      }
      if (!values.includes(value)) values.push(value);
    }
    perAxis.push(values);
  }
  if (undecided) return cannotDecide(ctx, sink);
  if (open.length > 0) {
    const rankAt = (choice: readonly number[]): number => {
      const cell = method.cells[index.cells.get(JSON.stringify(choice.map((k, a) => perAxis[a]![k]!))) ?? -1];
      return cell === undefined ? -1 : ctx.levelRank(cell.level);
    };
    return finishOpenMatrix(
      ctx,
      ctx.scale,
      sink,
      method.axes.map((x) => x.dimension),
      perAxis.map((values) => values.length),
      open,
      rankAt,
    );
  }
  const count = combinationCount(perAxis);
  if (count > MATRIX_COMBINATION_BUDGET) {
    sink.issue("classify_matrix_budget", "error", "", { budget: MATRIX_COMBINATION_BUDGET, at: `${at}/cells` });
    return cannotDecide(ctx, sink);
  }
  let best = -1;
  let bestValues: string[] = [];
  const combos = combinations(perAxis);
  for (const values of combos) {
    const cellIndex = index.cells.get(JSON.stringify(values)) ?? -1;
    const cell = method.cells[cellIndex];
    if (cell === undefined) {
      sink.issue("classify_matrix_no_cell", "error", "", { values, at: `${at}/cells` });
      undecided = true;
      continue;
    }
    const rank = ctx.levelRank(cell.level);
    if (rank < 0) {
      sink.issue("classify_level_unknown", "error", "", { level: cell.level, at: `${at}/cells/${cellIndex}/level` });
      undecided = true;
      continue;
    }
    sink.step("trace_matrix_cell", { values, level: cell.level });
    if (rank > best) {
      best = rank;
      bestValues = values;
    }
  }
  if (undecided) return cannotDecide(ctx, sink);
  if (combos.length > 1) sink.step("trace_matrix_most_severe", { values: bestValues, level: ctx.scale.levels[best]!.code });
  return best;
}
