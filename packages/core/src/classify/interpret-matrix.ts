/**
 * Matrix, interpreted: each axis's fact falls in a group (or stands as its option); the cell at
 * those values gives the level. Several selected options on an axis give several cells, of which
 * the most severe wins (the first listed on a tie).
 */
import type { MatrixMethod } from "../model/method.js";
import type { EvalContext } from "./context.js";
import { UNDETERMINED } from "./outcome.js";

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
    if (fact?.kind !== "options") {
      sink.missing(dimension);
      sink.step("trace_matrix_missing", { dimension });
      undecided = true;
      perAxis.push([]);
      continue;
    }
    const values: string[] = [];
    for (const k of fact.indices) {
      const option = dim.options[k]!.code;
      let value = option;
      if (axis.groups !== undefined) {
        const group = index.groups[a]?.get(option);
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
  if (undecided) {
    sink.step("trace_undecided");
    return UNDETERMINED;
  }
  const count = combinationCount(perAxis);
  if (count > MATRIX_COMBINATION_BUDGET) {
    sink.issue("classify_matrix_budget", "error", "", { budget: MATRIX_COMBINATION_BUDGET, at: `${at}/cells` });
    sink.step("trace_undecided");
    return UNDETERMINED;
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
  if (undecided) {
    sink.step("trace_undecided");
    return UNDETERMINED;
  }
  if (combos.length > 1) sink.step("trace_matrix_most_severe", { values: bestValues, level: ctx.scale.levels[best]!.code });
  return best;
}
