import type { Issue } from "../../issues/issue.js";
import type { ScoreMethod } from "../../model/method.js";
import { compareDecimal } from "../../decimal/compare.js";
import { issue } from "../_issue.js";
import type { ScaleContext } from "../_scale-context.js";
import { simpleMethods } from "../_scale-context.js";

/** The range a final score lies in, when the method fixes one: the clamp, else min–max's `to`. */
export function scoreRange(method: ScoreMethod): { min: number | string; max: number | string } | undefined {
  if (method.clamp) return method.clamp;
  if (method.normalisation.kind === "min-max") return method.normalisation.to;
  return undefined;
}

/**
 * `cut_points_unordered`, `cut_point_out_of_range`: cut-points are listed with levels of strictly
 * increasing rank and strictly increasing `atLeast` (together: a higher score never gives a less
 * severe level), and each `atLeast` lies in the score's range when the method fixes one (the
 * clamp, else the min–max `to` range). A cut-point naming an unknown level is left out of the
 * rank comparison (it is reported by scoreReferences); decimals compare exactly.
 */
export function scoreCutPoints(ctx: ScaleContext): Issue[] {
  const out: Issue[] = [];
  for (const { method, path } of simpleMethods(ctx.scale)) {
    if (method.kind !== "score" || !method.cutPoints) continue;
    const range = scoreRange(method);
    const points = method.cutPoints;
    points.forEach((cp, i) => {
      const at = [...path, "cutPoints", i];
      if (range && (compareDecimal(cp.atLeast, range.min) === -1 || compareDecimal(cp.atLeast, range.max) === 1)) {
        out.push(issue("cut_point_out_of_range", [...at, "atLeast"], { atLeast: String(cp.atLeast), min: String(range.min), max: String(range.max) }));
      }
      const prev = points[i - 1];
      if (!prev) return;
      const rank = ctx.levelRank.get(cp.level);
      const prevRank = ctx.levelRank.get(prev.level);
      const rankDown = rank !== undefined && prevRank !== undefined && rank <= prevRank;
      const step = compareDecimal(cp.atLeast, prev.atLeast);
      const scoreDown = step !== undefined && step !== 1;
      if (rankDown || scoreDown) {
        out.push(
          issue("cut_points_unordered", at, { level: cp.level, atLeast: String(cp.atLeast), previousLevel: prev.level, previousAtLeast: String(prev.atLeast) }),
        );
      }
    });
  }
  return out;
}
