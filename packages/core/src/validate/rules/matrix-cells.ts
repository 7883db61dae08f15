import type { Issue } from "../../issues/issue.js";
import { toPointer } from "../../issues/issue.js";
import { comboKey, resolveAxes } from "../_matrix.js";
import { issue } from "../_issue.js";
import type { ScaleContext } from "../_scale-context.js";
import { checkLevel, simpleMethods } from "../_scale-context.js";

/** Combinations of axis values quoted as examples of missing cells. */
const MISSING_EXAMPLES = 5;

/** Combinations in order (the last axis fastest), without recursion or copies of the tail. */
function* combinations(values: readonly (readonly string[])[]): Generator<string[]> {
  if (values.some((v) => v.length === 0)) return;
  const at = values.map(() => 0);
  for (;;) {
    yield at.map((k, axis) => values[axis]![k]!);
    let axis = values.length - 1;
    while (axis >= 0 && ++at[axis]! === values[axis]!.length) at[axis--] = 0;
    if (axis < 0) return;
  }
}

/**
 * The combinations no cell covers: their number (the product of the axes' sizes less the distinct
 * cells, exact as a decimal string) and the first few in order. Work is bounded by the cells
 * present plus the examples, never by the number of combinations.
 */
function missingCells(values: readonly (readonly string[])[], seen: ReadonlySet<string>): { count: bigint; total: bigint; examples: string[][] } | undefined {
  const total = values.reduce((n, v) => n * BigInt(v.length), 1n);
  const count = total - BigInt(seen.size);
  if (count <= 0n) return undefined;
  const examples: string[][] = [];
  // Each step is either a present cell (at most seen.size of them) or a missing one (at most MISSING_EXAMPLES).
  for (const combo of combinations(values)) {
    if (seen.has(comboKey(combo))) continue;
    examples.push(combo);
    if (examples.length >= MISSING_EXAMPLES || BigInt(examples.length) === count) break;
  }
  return { count, total, examples };
}

/** A count as an issue parameter: a number while exact, else its decimal string. */
function countParam(n: bigint): number | string {
  return n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n.toString();
}

/**
 * The cells of a matrix: each gives one value per axis (`matrix_cell_arity`), each value is a
 * value of its axis — a group code on a grouped axis, else an option code (`matrix_value_unknown`),
 * each level exists (`unknown_level_reference`), and every combination of axis values has exactly
 * one cell (`matrix_cell_duplicate` at the second; one `matrix_cell_missing` per matrix, at
 * `cells`, with how many combinations have no cell and the first few: a 5 × 40 matrix with one
 * cell is one finding, not 102 million). Coverage is only checked when every axis is well formed and every cell readable, so
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
    const missing = missingCells(
      axes.map((a) => a.values),
      new Set(seen.keys()),
    );
    if (missing) {
      const at = missing.examples.map((combo) => `(${combo.join(", ")})`).join(", ");
      out.push(issue("matrix_cell_missing", [...path, "cells"], { count: countParam(missing.count), total: countParam(missing.total), at, examples: missing.examples.map((c) => c.join(", ")) }));
    }
  }
  return out;
}
