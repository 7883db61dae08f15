import type { Issue } from "../../issues/issue.js";
import { comboKey, resolveAxes } from "../_matrix.js";
import { issue } from "../_issue.js";
import type { ScaleContext } from "../_scale-context.js";
import { simpleMethods } from "../_scale-context.js";

/**
 * `matrix_not_monotone` (warning): moving one step to a more severe value on one axis, the
 * others fixed, never lowers the level. Checked along axes whose values follow the dimension's
 * order (options, or groups listed in option order); cells with an unknown level or value are
 * skipped. One issue per lowered cell (at the cell), naming the first axis that shows it.
 */
export function matrixMonotone(ctx: ScaleContext): Issue[] {
  const out: Issue[] = [];
  for (const { method, path } of simpleMethods(ctx.scale)) {
    if (method.kind !== "matrix") continue;
    const axes = resolveAxes(ctx, method);
    const cells = new Map<string, { rank: number; level: string }>();
    for (const cell of method.cells) {
      const rank = ctx.levelRank.get(cell.level);
      if (rank === undefined || cell.at.length !== axes.length) continue;
      const key = comboKey(cell.at);
      if (!cells.has(key)) cells.set(key, { rank, level: cell.level });
    }
    const reported = new Set<string>();
    method.cells.forEach((cell, i) => {
      const here = cells.get(comboKey(cell.at));
      if (!here || cell.at.length !== axes.length || reported.has(comboKey(cell.at))) return;
      for (let k = 0; k < axes.length; k++) {
        const axis = axes[k]!;
        if (!axis.ordered) continue;
        const pos = axis.values.indexOf(cell.at[k]!);
        if (pos <= 0) continue;
        const from = [...cell.at];
        from[k] = axis.values[pos - 1]!;
        const below = cells.get(comboKey(from));
        if (below && below.rank > here.rank) {
          out.push(issue("matrix_not_monotone", [...path, "cells", i], { dimension: axis.dimension, from, fromLevel: below.level, at: [...cell.at], level: here.level }));
          reported.add(comboKey(cell.at));
          break;
        }
      }
    });
  }
  return out;
}
