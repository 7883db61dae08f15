/**
 * The result of an assessment as classification gives it: one function turns a classification
 * into an assessment result, so a richer classification (three-valued ranges) changes one place.
 */
import type { ClassifyResult } from "../classify/result.js";
import type { AssessmentResult } from "../model/assessment.js";
import type { Scale } from "../model/scale.js";

/** Statuses after which no assessment can be stated: the facts do not fit the scale. */
const NO_RESULT = new Set<ClassifyResult["status"]>(["invalid-facts"]);

/**
 * The assessment result of a classification: the level when one was derived; otherwise the range
 * still possible (the classification's range; from the least severe level when no level at all is
 * still possible, or the whole scale when the classification gives no range). Undefined when the
 * facts do not fit the scale.
 */
export function resultFromClassification(result: ClassifyResult, scale: Pick<Scale, "levels">): AssessmentResult | undefined {
  if (NO_RESULT.has(result.status)) return undefined;
  const score = result.score === undefined ? {} : { score: result.score };
  if (result.level !== null) return { level: result.level.code, ...score };
  const first = scale.levels[0];
  const last = scale.levels[scale.levels.length - 1];
  if (first === undefined || last === undefined) return undefined;
  const atLeast = result.range?.atLeast?.code ?? first.code;
  const atMost = result.range?.atMost.code ?? last.code;
  return { range: { atLeast, atMost }, ...score };
}

/** The result as one short text: `C3`, or `C2–C4` for a range, with ` (score 12.5)` when scored. */
export function describeResult(result: AssessmentResult): string {
  const head = "level" in result ? result.level : result.range.atLeast === result.range.atMost ? result.range.atLeast : `${result.range.atLeast}–${result.range.atMost}`;
  return result.score === undefined ? head : `${head} (${String(result.score)})`;
}

/** True when two results state the same level or range and the same score (compared as text). */
export function sameResult(a: AssessmentResult, b: AssessmentResult): boolean {
  return describeResult(a) === describeResult(b);
}

/** The lowest and highest level codes a result allows. */
export function resultBounds(result: AssessmentResult): { readonly atLeast: string; readonly atMost: string } {
  return "level" in result ? { atLeast: result.level, atMost: result.level } : result.range;
}
