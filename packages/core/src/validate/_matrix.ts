/** The axes of a matrix method, resolved against the scale (internal, shared by the matrix rules). */
import type { MatrixMethod } from "../model/method.js";
import type { OrdinalDimension } from "../model/scale.js";
import type { ScaleContext } from "./_scale-context.js";

/** One matrix axis as the rules see it. */
export interface ResolvedAxis {
  readonly dimension: string;
  /** The ordinal dimension, when it exists and is ordinal. */
  readonly ordinal: OrdinalDimension | undefined;
  /** Values a cell may use on this axis, in order: group codes, or option codes. */
  readonly values: readonly string[];
  /** True when the axis is well formed: known ordinal dimension, groups partition its options. */
  readonly valid: boolean;
  /**
   * True when its values follow the dimension's severity order (always for options; for groups,
   * when every member of a group ranks below every member of the next group).
   */
  readonly ordered: boolean;
}

/** Resolves each axis of a matrix. */
export function resolveAxes(ctx: ScaleContext, method: MatrixMethod): ResolvedAxis[] {
  const seenDims = new Set<string>();
  return method.axes.map((axis) => {
    const found = ctx.dimensions.get(axis.dimension);
    const ordinal = found?.dimension.type === "ordinal" ? found.dimension : undefined;
    const repeated = seenDims.has(axis.dimension);
    seenDims.add(axis.dimension);
    const ranks = ctx.optionRank.get(axis.dimension);
    if (!ordinal || !ranks) return { dimension: axis.dimension, ordinal, values: [], valid: false, ordered: false };
    // A nominal axis has no order to be monotone along.
    const nominal = ctx.nominal.has(axis.dimension);
    if (!axis.groups) return { dimension: axis.dimension, ordinal, values: [...ranks.keys()], valid: !repeated, ordered: !nominal };
    const groupCodes = axis.groups.map((g) => g.code);
    const members = axis.groups.flatMap((g) => g.members);
    const partition =
      new Set(groupCodes).size === groupCodes.length &&
      members.every((m) => ranks.has(m)) &&
      new Set(members).size === members.length &&
      [...ranks.keys()].every((o) => members.includes(o));
    let ordered = partition && !nominal;
    for (let i = 1; ordered && i < axis.groups.length; i++) {
      const prevMax = Math.max(...axis.groups[i - 1]!.members.map((m) => ranks.get(m)!));
      const min = Math.min(...axis.groups[i]!.members.map((m) => ranks.get(m)!));
      ordered = prevMax < min;
    }
    return { dimension: axis.dimension, ordinal, values: [...new Set(groupCodes)], valid: partition && !repeated, ordered };
  });
}

/** Key of a combination of axis values. */
export const comboKey = (at: readonly string[]): string => JSON.stringify(at);
