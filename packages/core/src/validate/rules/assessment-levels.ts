import type { Issue } from "../../issues/issue.js";
import type { AssessmentContext } from "./_assessment.js";
import { assessmentIssue, scaleName } from "./_assessment.js";

/** `assessment_level_unknown` (error): the level, or each bound of the range, is a level of the scale. */
export function assessmentLevelsExist(ctx: AssessmentContext): Issue[] {
  const scale = ctx.scale;
  if (scale === undefined) return [];
  const codes = new Set(scale.levels.map((l) => l.code));
  const result = ctx.assessment.result;
  const named: [string, (string | number)[]][] =
    "level" in result
      ? [[result.level, ["result", "level"]]]
      : [
          [result.range.atLeast, ["result", "range", "atLeast"]],
          [result.range.atMost, ["result", "range", "atMost"]],
        ];
  return named.filter(([code]) => !codes.has(code)).map(([code, path]) => assessmentIssue("assessment_level_unknown", path, { code, scale: scaleName(scale) }));
}

/** `assessment_range_inverted` (error): a range names its least severe level first. */
export function assessmentRangeOrdered(ctx: AssessmentContext): Issue[] {
  const result = ctx.assessment.result;
  if (ctx.scale === undefined || !("range" in result)) return [];
  const rank = (code: string) => ctx.scale!.levels.findIndex((l) => l.code === code);
  const low = rank(result.range.atLeast);
  const high = rank(result.range.atMost);
  if (low < 0 || high < 0 || low <= high) return [];
  return [assessmentIssue("assessment_range_inverted", ["result", "range"], { atLeast: result.range.atLeast, atMost: result.range.atMost })];
}
