import type { Issue } from "../../issues/issue.js";
import { compareDecimal } from "../../decimal/compare.js";
import { issue } from "../_issue.js";
import type { ScaleContext } from "../_scale-context.js";
import { simpleMethods } from "../_scale-context.js";

/**
 * `bands_unordered`: the bands of a quantity rating are listed with strictly increasing
 * `atLeast` (each band runs up to the next one, so an out-of-order or repeated bound leaves a band
 * empty or ambiguous). Compared exactly.
 */
export function maxBandsOrdered(ctx: ScaleContext): Issue[] {
  const out: Issue[] = [];
  for (const { method, path } of simpleMethods(ctx.scale)) {
    if (method.kind !== "max") continue;
    method.ratings.forEach((rating, i) => {
      if (!("bands" in rating)) return;
      rating.bands.forEach((band, j) => {
        const prev = rating.bands[j - 1];
        if (!prev) return;
        const c = compareDecimal(band.atLeast, prev.atLeast);
        if (c !== undefined && c !== 1) out.push(issue("bands_unordered", [...path, "ratings", i, "bands", j, "atLeast"], { atLeast: String(band.atLeast), previous: String(prev.atLeast) }));
      });
    });
  }
  return out;
}
