/**
 * Matrix, interpreted: each axis's fact falls in a group (or stands as its option); the cell at
 * those values gives the level. Several selected options on an axis give several cells, of which
 * the most severe wins (the first listed on a tie).
 */
import type { MatrixMethod } from "../model/method.js";
import type { EvalContext } from "./context.js";
import { UNDETERMINED } from "./outcome.js";

/** Every combination of the axes' values, first axis varying slowest. */
export function combinations(axes: readonly (readonly string[])[]): string[][] {
  let out: string[][] = [[]];
  for (const values of axes) out = out.flatMap((prefix) => values.map((v) => [...prefix, v]));
  return out;
}

/** Evaluates a matrix method. */
export function interpretMatrix(method: MatrixMethod, ctx: EvalContext, at: string): number {
  const { sink } = ctx;
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
        const group = axis.groups.find((g) => g.members.includes(option));
        if (group === undefined) {
          sink.issue("classify_matrix_ungrouped", "error", "", { dimension, option, at: `${at}/axes/${a}/groups` });
          undecided = true;
          continue;
        }
        value = group.code;
        sink.step("trace_matrix_axis_group", { dimension, fact: option, group: group.code });
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
  let best = -1;
  let bestValues: string[] = [];
  const combos = combinations(perAxis);
  for (const values of combos) {
    const index = method.cells.findIndex((c) => c.at.length === values.length && c.at.every((v, i) => v === values[i]));
    const cell = method.cells[index];
    if (cell === undefined) {
      sink.issue("classify_matrix_no_cell", "error", "", { values, at: `${at}/cells` });
      undecided = true;
      continue;
    }
    const rank = ctx.levelRank(cell.level);
    if (rank < 0) {
      sink.issue("classify_level_unknown", "error", "", { level: cell.level, at: `${at}/cells/${index}/level` });
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
