/** Stage 2 for scales: every named meaning rule, in one place. */
import type { Issue } from "../issues/issue.js";
import type { Scale } from "../model/scale.js";
import { sortIssues } from "./_issue.js";
import type { ScaleContext } from "./_scale-context.js";
import { scaleContext } from "./_scale-context.js";
import { axisCodesUnique } from "./rules/axis-codes-unique.js";
import { conditionKinds } from "./rules/condition-kinds.js";
import { compositeIdsUnique } from "./rules/composite-ids-unique.js";
import { dimensionAxisExists } from "./rules/dimension-axis-exists.js";
import { dimensionCodesUnique } from "./rules/dimension-codes-unique.js";
import { dimensionUsed } from "./rules/dimension-used.js";
import { judgementReferences } from "./rules/judgement-references.js";
import { languagesDeclared } from "./rules/languages-declared.js";
import { levelCodesUnique } from "./rules/level-codes-unique.js";
import { publishedAfterSources, publishedIsRevisionDate } from "./rules/published-date.js";
import { levelDefinitions } from "./rules/level-definitions.js";
import { levelColorsDistinct } from "./rules/level-colors-distinct.js";
import { levelOrderDirection } from "./rules/level-order-direction.js";
import { notificationDeadlineOrStages, notificationStageEvents } from "./rules/notification-stages.js";
import { matrixAxes } from "./rules/matrix-axes.js";
import { matrixCells } from "./rules/matrix-cells.js";
import { matrixMonotone } from "./rules/matrix-monotone.js";
import { maxBandsOrdered } from "./rules/max-bands-ordered.js";
import { maxOptionsRated } from "./rules/max-options-rated.js";
import { maxReferences } from "./rules/max-references.js";
import { quantityRangeOrdered } from "./rules/quantity-range-ordered.js";
import { dimensionAssumeValid } from "./rules/dimension-assume-valid.js";
import { revisionHistoryConsistent } from "./rules/revision-history.js";
import { ruleIdsUnique } from "./rules/rule-ids-unique.js";
import { ruleReachable } from "./rules/rule-reachable.js";
import { ruleReferences } from "./rules/rule-references.js";
import { scoreCutPoints } from "./rules/score-cut-points.js";
import { scoreRangesValid } from "./rules/score-ranges.js";
import { scoreReferences } from "./rules/score-references.js";
import { scoreValuesComplete } from "./rules/score-values-complete.js";
import { scoreWeightsNonNegative } from "./rules/score-weights.js";
import { sentinelCodesDistinct } from "./rules/sentinel-codes-distinct.js";
import { significanceLevelExists } from "./rules/significance-level-exists.js";
import { supersedesEarlier } from "./rules/supersedes-earlier.js";
import { relatedScales } from "./rules/related-scales.js";
import { textLanguages } from "./rules/text-languages.js";
import { textSafe } from "./rules/text-safe.js";
import { bandsFromLowest, cutPointsFromLowest, dimensionCodesUsable, scoreRangeDerivable, scoreWeightsNotAllZero } from "./rules/methods-give-a-level.js";

/** The meaning rules of a scale, by name (the order does not matter: issues are sorted). */
export const SCALE_RULES: Readonly<Record<string, (ctx: ScaleContext) => Issue[]>> = {
  levelCodesUnique,
  sentinelCodesDistinct,
  dimensionCodesUnique,
  axisCodesUnique,
  dimensionAxisExists,
  significanceLevelExists,
  quantityRangeOrdered,
  dimensionAssumeValid,
  levelColorsDistinct,
  levelDefinitions,
  levelOrderDirection,
  notificationDeadlineOrStages,
  notificationStageEvents,
  dimensionUsed,
  ruleReferences,
  ruleIdsUnique,
  ruleReachable,
  scoreReferences,
  scoreWeightsNonNegative,
  scoreValuesComplete,
  scoreRangesValid,
  scoreCutPoints,
  matrixAxes,
  matrixCells,
  matrixMonotone,
  maxReferences,
  maxOptionsRated,
  maxBandsOrdered,
  judgementReferences,
  compositeIdsUnique,
  conditionKinds,
  revisionHistoryConsistent: (ctx) => revisionHistoryConsistent(ctx.document),
  supersedesEarlier: (ctx) => supersedesEarlier(ctx.document),
  publishedIsRevisionDate: (ctx) => publishedIsRevisionDate(ctx.scale),
  publishedAfterSources: (ctx) => publishedAfterSources(ctx.scale),
  relatedScales,
  languagesDeclared: (ctx) => languagesDeclared(ctx.document),
  textLanguages: (ctx) => textLanguages(ctx.document, "scale"),
  textSafe: (ctx) => textSafe(ctx.document),
  scoreWeightsNotAllZero,
  scoreRangeDerivable,
  cutPointsFromLowest,
  bandsFromLowest,
  dimensionCodesUsable,
};

/**
 * The meaning stage for a structurally valid scale: every rule in {@link SCALE_RULES}; issues
 * sorted by pointer then code. Does not re-check the structure.
 */
export function validateScale(scale: Scale): Issue[] {
  const ctx = scaleContext(scale);
  return sortIssues(Object.values(SCALE_RULES).flatMap((rule) => rule(ctx)));
}
