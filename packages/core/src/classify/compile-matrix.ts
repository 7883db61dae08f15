/**
 * Matrix, compiled: options map to axis positions through integer tables, and the cells are one
 * flat Int32Array indexed by the axis positions (first axis slowest).
 */
import type { IssueParams } from "../issues/issue.js";
import type { MatrixMethod } from "../model/method.js";
import { MATRIX_COMBINATION_BUDGET, combinationCount, combinations, finishOpenMatrix } from "./interpret-matrix.js";
import { UNDETERMINED, undetermined } from "./outcome.js";
import { QUIET } from "./sink.js";
import type { CompiledScale, Evaluator } from "./vector.js";
import { ABSENT, SEVERAL, rankOf } from "./vector.js";

/** Cells beyond this many fall back to the interpreter's look-up (a matrix that large is no matrix). */
const MAX_CELLS = 1 << 22;

const NO_CELL = -1;
const UNKNOWN_LEVEL = -2;

interface Axis {
  readonly dimension: string;
  readonly d: number;
  /** Axis position of each option, -1 when the option belongs to no group. */
  readonly position: Int32Array;
  /** The code standing at each position (group code or option code). */
  readonly codes: readonly string[];
  readonly grouped: boolean;
  readonly at: string;
  /** The dimension's option codes. */
  readonly optionCodes: readonly string[];
  /** The positions the axis can take (-1 for an option in no group), in option order, each once. */
  readonly reachable: readonly number[];
}

/** Position of the first occurrence of each code (as indexOf would find it), in one pass. */
function firstIndex(codes: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  codes.forEach((c, i) => {
    if (!m.has(c)) m.set(c, i);
  });
  return m;
}

/** Compiles a matrix method; null when the interpreter should do it (a defect, or too many cells). */
export function compileMatrix(cs: CompiledScale, method: MatrixMethod, at: string): Evaluator | null {
  const axes: Axis[] = [];
  for (let a = 0; a < method.axes.length; a++) {
    const axis = method.axes[a]!;
    const d = cs.dimIndex.get(axis.dimension);
    const dim = d === undefined ? undefined : cs.dims[d];
    if (d === undefined || dim?.type !== "ordinal") return null;
    let codes: string[];
    let position: Int32Array;
    if (axis.groups !== undefined) {
      const groups = axis.groups;
      // The first group of each code stands for every group of that code, as codes are what cells name.
      const firstOfCode = firstIndex(groups.map((g) => g.code));
      const groupOf = new Map<string, number>();
      groups.forEach((g, i) => {
        for (const m of g.members) if (!groupOf.has(m)) groupOf.set(m, i);
      });
      codes = groups.map((g) => g.code);
      position = Int32Array.from(dim.options, (o) => {
        const g = groupOf.get(o.code);
        return g === undefined ? -1 : firstOfCode.get(groups[g]!.code)!;
      });
    } else {
      codes = dim.options.map((o) => o.code);
      const first = firstIndex(codes);
      position = Int32Array.from(dim.options, (o) => first.get(o.code)!);
    }
    const reachable: number[] = [];
    for (const p of position) if (!reachable.includes(p)) reachable.push(p);
    axes.push({ dimension: axis.dimension, d, position, codes, grouped: axis.groups !== undefined, at: `${at}/axes/${a}/groups`, optionCodes: dim.options.map((o) => o.code), reachable });
  }
  const sizes = axes.map((a) => a.codes.length);
  const positionOf = axes.map((a) => firstIndex(a.codes));
  const total = sizes.reduce((x, y) => x * y, 1);
  if (total > MAX_CELLS) return null;
  const table = new Int32Array(total).fill(NO_CELL);
  const cellOf = new Int32Array(total).fill(-1);
  method.cells.forEach((cell, ci) => {
    if (cell.at.length !== axes.length) return;
    let index = 0;
    for (let a = 0; a < axes.length; a++) {
      const p = positionOf[a]!.get(cell.at[a]!);
      if (p === undefined) return;
      index = index * sizes[a]! + p;
    }
    if (cellOf[index] !== -1) return; // the first cell listed wins, as in the interpreter
    cellOf[index] = ci;
    const rank = rankOf(cs, cell.level);
    table[index] = rank < 0 ? UNKNOWN_LEVEL : rank;
  });
  const levels = cs.scale.levels;
  const n = axes.length;
  const dimensions = axes.map((x) => x.dimension);
  // The one-cell path's trace parameters, built once and shared (frozen) by every result that
  // reaches them: per axis and option, and per cell on first use.
  const axisParams = axes.map((axis) =>
    axis.optionCodes.map((option, o) => {
      const p = axis.position[o]!;
      if (p < 0) return undefined;
      return Object.freeze<IssueParams>(axis.grouped ? { dimension: axis.dimension, fact: option, group: axis.codes[p]! } : { dimension: axis.dimension, fact: option });
    }),
  );
  const cellParams = new Map<number, Readonly<{ values: readonly string[]; level: string }>>();
  const cellParamsAt = (index: number, r: number) => {
    let params = cellParams.get(index);
    if (params === undefined) {
      const values: string[] = [];
      for (let a = n - 1, rest = index; a >= 0; a--) {
        values[a] = axes[a]!.codes[rest % sizes[a]!]!;
        rest = Math.floor(rest / sizes[a]!);
      }
      params = Object.freeze({ values: Object.freeze(values), level: levels[r]!.code });
      cellParams.set(index, params);
    }
    return params;
  };

  return (v, s) => {
    // One option per axis is the common case: one multiply-add per axis and one load.
    let index = 0;
    let simple = true;
    for (let a = 0; a < n; a++) {
      const axis = axes[a]!;
      const o = v.one[axis.d]!;
      const p = o >= 0 ? axis.position[o]! : -1;
      if (p < 0) {
        if (s === null && o >= 0) return undetermined(v);
        simple = false;
        break;
      }
      index = index * sizes[a]! + p;
    }
    if (simple) {
      const r = table[index]!;
      if (s === null) return r >= 0 ? r : undetermined(v);
      if (r >= 0) {
        // The steps the general path below writes for one cell, without building the combinations.
        for (let a = 0; a < n; a++) {
          const axis = axes[a]!;
          s.step(axis.grouped ? "trace_matrix_axis_group" : "trace_matrix_axis", axisParams[a]![v.one[axis.d]!]!);
        }
        s.step("trace_matrix_cell", cellParamsAt(index, r));
        return r;
      }
    }
    const perAxis: number[][] = [];
    const open: number[] = [];
    let undecided = false;
    for (let a = 0; a < n; a++) {
      const axis = axes[a]!;
      if (!v.has(axis.d)) {
        s?.step("trace_matrix_missing", { dimension: axis.dimension });
        open.push(a);
        perAxis.push(axis.reachable as number[]);
        continue;
      }
      const positions: number[] = [];
      const dim = cs.dims[axis.d]!;
      for (const o of v.selected(axis.d)) {
        const p = axis.position[o]!;
        const option = dim.type === "ordinal" ? dim.options[o]!.code : "";
        if (p < 0) {
          s?.issue("classify_matrix_ungrouped", "error", "", { dimension: axis.dimension, option, at: axis.at });
          undecided = true;
          continue;
        }
        if (s !== null) {
          if (axis.grouped) s.step("trace_matrix_axis_group", { dimension: axis.dimension, fact: option, group: axis.codes[p]! });
          else s.step("trace_matrix_axis", { dimension: axis.dimension, fact: option });
        }
        if (!positions.includes(p)) positions.push(p);
      }
      perAxis.push(positions);
    }
    if (undecided) {
      s?.step("trace_undecided");
      return undetermined(v);
    }
    if (open.length > 0) {
      return finishOpenMatrix(
        v,
        cs.scale,
        s ?? QUIET,
        dimensions,
        perAxis.map((ps) => ps.length),
        open,
        (choice) => {
          let index = 0;
          for (let a = 0; a < n; a++) {
            const p = perAxis[a]![choice[a]!]!;
            if (p < 0) return -1;
            index = index * sizes[a]! + p;
          }
          const r = table[index]!;
          return r >= 0 ? r : -1;
        },
      );
    }
    if (combinationCount(perAxis) > MATRIX_COMBINATION_BUDGET) {
      s?.issue("classify_matrix_budget", "error", "", { budget: MATRIX_COMBINATION_BUDGET, at: `${at}/cells` });
      s?.step("trace_undecided");
      return undetermined(v);
    }
    let best = -1;
    let bestValues: string[] = [];
    const combos = combinations(perAxis.map((ps) => ps.map(String)));
    for (const combo of combos) {
      let index = 0;
      for (let a = 0; a < n; a++) index = index * sizes[a]! + Number(combo[a]);
      const values = combo.map((p, a) => axes[a]!.codes[Number(p)]!);
      const r = table[index]!;
      if (r === NO_CELL) {
        s?.issue("classify_matrix_no_cell", "error", "", { values, at: `${at}/cells` });
        undecided = true;
        continue;
      }
      if (r === UNKNOWN_LEVEL) {
        const cell = method.cells[cellOf[index]!]!;
        s?.issue("classify_level_unknown", "error", "", { level: cell.level, at: `${at}/cells/${cellOf[index]}/level` });
        undecided = true;
        continue;
      }
      s?.step("trace_matrix_cell", { values, level: levels[r]!.code });
      if (r > best) {
        best = r;
        bestValues = values;
      }
    }
    if (undecided) {
      s?.step("trace_undecided");
      return undetermined(v);
    }
    if (combos.length > 1) s?.step("trace_matrix_most_severe", { values: bestValues, level: levels[best]!.code });
    return best;
  };
}
