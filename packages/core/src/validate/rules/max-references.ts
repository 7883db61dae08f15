import type { Issue } from "../../issues/issue.js";
import type { ScaleContext } from "../_scale-context.js";
import { checkDimension, checkLevel, checkOption, simpleMethods } from "../_scale-context.js";

/**
 * References in a max method: a per-option rating (`levels`) rates an existing ordinal dimension,
 * its keys are options and its values levels; a `bands` rating rates an existing quantity and
 * each band names a level (`unknown_dimension_reference`, `dimension_type_mismatch`,
 * `unknown_option_reference`, `unknown_level_reference`). Levels, not sentinels: the overall
 * level is the most severe, which needs ranks.
 */
export function maxReferences(ctx: ScaleContext): Issue[] {
  const out: Issue[] = [];
  for (const { method, path } of simpleMethods(ctx.scale)) {
    if (method.kind !== "max") continue;
    method.ratings.forEach((rating, i) => {
      const at = [...path, "ratings", i];
      if ("levels" in rating) {
        const dim = checkDimension(ctx, rating.dimension, [...at, "dimension"], out, { type: "ordinal", property: "levels" });
        for (const [option, level] of Object.entries(rating.levels)) {
          if (dim?.type === "ordinal") checkOption(ctx, dim, option, [...at, "levels", option], out);
          out.push(...checkLevel(ctx, level, [...at, "levels", option]));
        }
      } else {
        checkDimension(ctx, rating.dimension, [...at, "dimension"], out, { type: "quantity", property: "bands" });
        rating.bands.forEach((band, j) => out.push(...checkLevel(ctx, band.level, [...at, "bands", j, "level"])));
      }
    });
  }
  return out;
}
