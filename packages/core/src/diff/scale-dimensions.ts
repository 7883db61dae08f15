/**
 * The dimensions part of a scale diff: dimensions added or removed (matched by code), their type,
 * unit, accepted range, multiplicity and axis, and their options (added at an end, inserted,
 * removed, renamed, re-ordered) with their texts.
 */
import type { Dimension, NominalDimension, OrdinalDimension, QuantityDimension, Scale } from "../model/scale.js";
import { alignOrdered, asCoded } from "./align.js";
import type { ChangeSink } from "./change.js";
import { compareExact, toExact } from "../decimal/exact.js";
import { brief, isObject, unionKeys } from "./json.js";
import { child, diffMeta } from "./meta.js";

/** Per dimension code: old option code → new option code, for options whose code changed. */
export type OptionRenames = ReadonlyMap<string, ReadonlyMap<string, string>>;

/** What the method comparison needs to know about the dimensions. */
export interface DimensionsDiff {
  readonly optionRenames: OptionRenames;
  /** Codes of dimensions only the new version has, with their pointers in it. */
  readonly added: readonly { readonly code: string; readonly pointer: string }[];
}

function dims(scale: Scale): Dimension[] {
  return (Array.isArray(scale.dimensions) ? scale.dimensions : []).filter(isObject) as Dimension[];
}

/** A range as interval text: "[0, 100]", "[0, ∞)", with "ℤ" for integer-only. */
function rangeText(d: QuantityDimension): string {
  const lo = d.min === undefined ? "(−∞" : `[${String(d.min)}`;
  const hi = d.max === undefined ? "∞)" : `${String(d.max)}]`;
  return `${lo}, ${hi}${d.integer === true ? " ℤ" : ""}`;
}

/** -1 narrower bound, 1 wider bound, 0 same; `lower` says whether it is the lower bound. */
function boundChange(before: unknown, after: unknown, lower: boolean): number {
  if (before === undefined && after === undefined) return 0;
  if (before === undefined) return -1;
  if (after === undefined) return 1;
  const x = toExact(before);
  const y = toExact(after);
  if (!x || !y) return String(before) === String(after) ? 0 : -1;
  const c = compareExact(y, x);
  return lower ? -c : c;
}

function diffQuantity(sink: ChangeSink, a: QuantityDimension, b: QuantityDimension, pointer: string): void {
  if (a.unit !== b.unit) {
    sink.add("dimension-unit-changed", "major", "change_dimension_unit_changed", child(pointer, "unit"), {
      code: brief(b.code),
      from: brief(a.unit),
      to: brief(b.unit),
    });
  }
  const moves = [
    boundChange(a.min, b.min, true),
    boundChange(a.max, b.max, false),
    a.integer === b.integer || (a.integer !== true && b.integer !== true) ? 0 : b.integer === true ? -1 : 1,
  ];
  // A narrower range makes some incidents invalid; a wider one only admits new ones.
  if (moves.some((m) => m < 0)) {
    sink.add("dimension-range-changed", "major", "change_dimension_range_narrowed", pointer, { code: brief(b.code), from: rangeText(a), to: rangeText(b) });
  } else if (moves.some((m) => m > 0)) {
    sink.add("dimension-range-changed", "minor", "change_dimension_range_widened", pointer, { code: brief(b.code), from: rangeText(a), to: rangeText(b) });
  }
}

function diffOptions(
  sink: ChangeSink,
  a: OrdinalDimension | NominalDimension,
  b: OrdinalDimension | NominalDimension,
  oldPointer: string,
  newPointer: string,
): Map<string, string> {
  // A nominal dimension's options have no order: moving one changes nothing.
  const ordered = b.type === "ordinal";
  const ca = asCoded(a.options);
  const cb = asCoded(b.options);
  const oa = ca.coded;
  const ob = cb.coded;
  const al = alignOrdered(oa, ob, { splitsAndMerges: false });
  const renames = new Map<string, string>();
  const dimension = brief(b.code);
  for (const p of al.pairs) {
    const x = oa[p.old]!;
    const y = ob[p.new]!;
    const op = child(child(oldPointer, "options"), p.old);
    const np = child(child(newPointer, "options"), p.new);
    if (p.renamed) {
      renames.set(x.code, y.code);
      sink.add("option-renamed", "major", "change_option_renamed", child(np, "code"), { dimension, from: x.code, to: y.code });
    }
    if (p.moved && ordered) {
      sink.add("option-reordered", "major", "change_option_reordered", np, {
        dimension,
        code: y.code,
        fromPosition: p.old,
        toPosition: p.new,
      });
    }
    const rx = ca.items[p.old]!;
    const ry = cb.items[p.new]!;
    for (const k of unionKeys(rx, ry)) if (k !== "code") diffMeta(sink, rx[k], ry[k], child(op, k), child(np, k), k);
  }
  for (const i of al.removed) {
    sink.add("option-removed", "major", "change_option_removed", child(child(oldPointer, "options"), i), { dimension, code: oa[i]!.code });
  }
  for (const added of al.added) {
    const j = added.index;
    const code = ob[j]!.code;
    const pointer = child(child(newPointer, "options"), j);
    if (added.end === "top") sink.add("option-added", "minor", "change_option_added_top", pointer, { dimension, code });
    else if (added.end === "bottom") sink.add("option-added", "minor", "change_option_added_bottom", pointer, { dimension, code });
    else {
      sink.add("option-inserted", "major", "change_option_inserted", pointer, {
        dimension,
        code,
        below: ob[j - 1]?.code ?? "(none)",
        above: ob[j + 1]?.code ?? "(none)",
      });
    }
  }
  return renames;
}

/** Compares the dimensions of two scales. Added dimensions are reported by the caller (their bump depends on the method). */
export function diffDimensions(sink: ChangeSink, a: Scale, b: Scale): DimensionsDiff {
  const da = dims(a);
  const db = dims(b);
  const index = new Map<string, number>();
  db.forEach((d, j) => {
    if (!index.has(d.code)) index.set(d.code, j);
  });
  const seen = new Set<number>();
  const optionRenames = new Map<string, Map<string, string>>();
  da.forEach((x, i) => {
    const oldPointer = `/dimensions/${i}`;
    const j = index.get(x.code);
    if (j === undefined || seen.has(j)) {
      sink.add("dimension-removed", "major", "change_dimension_removed", oldPointer, { code: brief(x.code) });
      return;
    }
    seen.add(j);
    const y = db[j]!;
    const newPointer = `/dimensions/${j}`;
    if (x.type !== y.type) {
      sink.add("dimension-type-changed", "major", "change_dimension_type_changed", child(newPointer, "type"), {
        code: brief(x.code),
        from: brief(x.type),
        to: brief(y.type),
      });
    } else if ((x.type === "ordinal" && y.type === "ordinal") || (x.type === "nominal" && y.type === "nominal")) {
      const renames = diffOptions(sink, x, y, oldPointer, newPointer);
      if (renames.size > 0 && typeof x.code === "string") optionRenames.set(x.code, renames);
      const before = x.multiple === true;
      const after = y.multiple === true;
      if (before && !after) sink.add("dimension-multiple-changed", "major", "change_dimension_now_single", child(newPointer, "multiple"), { code: brief(x.code) });
      if (!before && after) sink.add("dimension-multiple-changed", "minor", "change_dimension_now_multiple", child(newPointer, "multiple"), { code: brief(x.code) });
    } else if (x.type === "quantity" && y.type === "quantity") {
      diffQuantity(sink, x, y, newPointer);
    }
    if (x.axis !== y.axis) {
      sink.add("dimension-axis-changed", "minor", "change_dimension_axis_changed", child(newPointer, "axis"), {
        code: brief(x.code),
        from: brief(x.axis),
        to: brief(y.axis),
      });
    }
    const rx = x as Record<string, unknown>;
    const ry = y as Record<string, unknown>;
    const structural = new Set(["code", "type", "options", "multiple", "unit", "min", "max", "integer", "axis"]);
    for (const k of unionKeys(rx, ry)) {
      if (!structural.has(k)) diffMeta(sink, rx[k], ry[k], child(oldPointer, k), child(newPointer, k), k);
    }
  });
  const added = db.flatMap((d, j) => (seen.has(j) ? [] : [{ code: brief(d.code), pointer: `/dimensions/${j}` }]));
  return { optionRenames, added };
}
