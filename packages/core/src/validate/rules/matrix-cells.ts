import type { Issue } from "../../issues/issue.js";
import { toPointer } from "../../issues/issue.js";
import { comboKey, resolveAxes } from "../_matrix.js";
import { issue } from "../_issue.js";
import type { ScaleContext } from "../_scale-context.js";
import { checkLevel, simpleMethods } from "../_scale-context.js";

function* combinations(values: readonly (readonly string[])[]): Generator<string[]> {
  if (values.length === 0) {
    yield [];
    return;
  }
  const [first, ...rest] = values;
  for (const v of first!) for (const tail of combinations(rest)) yield [v, ...tail];
}

/**
 * The cells of a matrix: each gives one value per axis (`matrix_cell_arity`), each value is a
 * value of its axis — a group code on a grouped axis, else an option code (`matrix_value_unknown`),
 * each level exists (`unknown_level_reference`), and every combination of axis values has exactly
 * one cell (`matrix_cell_duplicate` at the second; `matrix_cell_missing` per combination, at
 * `cells`). Coverage is only checked when every axis is well formed and every cell readable, so
 * one misspelt value is one issue, not one per combination it leaves uncovered.
 */
export function matrixCells(ctx: ScaleContext): Issue[] {
  const out: Issue[] = [];
  for (const { method, path } of simpleMethods(ctx.scale)) {
    if (method.kind !== "matrix") continue;
    const axes = resolveAxes(ctx, method);
    let readable = axes.every((a) => a.valid);
    const seen = new Map<string, number>();
    method.cells.forEach((cell, i) => {
      const at = [...path, "cells", i];
      out.push(...checkLevel(ctx, cell.level, [...at, "level"]));
      if (cell.at.length !== axes.length) {
        out.push(issue("matrix_cell_arity", [...at, "at"], { actual: cell.at.length, expected: axes.length }));
        readable = false;
        return;
      }
      let ok = true;
      cell.at.forEach((value, k) => {
        const axis = axes[k]!;
        if (!axis.ordinal || axis.values.includes(value)) return;
        // Values on a broken axis are not judged: the axis issue is the root cause.
        if (axis.valid) out.push(issue("matrix_value_unknown", [...at, "at", k], { value, dimension: axis.dimension, known: [...axis.values] }));
        ok = false;
      });
      if (!ok) {
        readable = false;
        return;
      }
      const key = comboKey(cell.at);
      const first = seen.get(key);
      if (first !== undefined) out.push(issue("matrix_cell_duplicate", at, { at: [...cell.at], first: toPointer([...path, "cells", first]) }));
      else seen.set(key, i);
    });
    if (!readable) continue;
    for (const combo of combinations(axes.map((a) => a.values))) {
      if (!seen.has(comboKey(combo))) out.push(issue("matrix_cell_missing", [...path, "cells"], { at: combo }));
    }
  }
  return out;
}
