/** Stage 2 for mappings: every named meaning rule, in one place. */
import type { Issue } from "../issues/issue.js";
import type { Mapping } from "../model/mapping.js";
import type { Scale } from "../model/scale.js";
import { sortIssues } from "./_issue.js";
import type { MappingContext } from "./_mapping-context.js";
import { mappingContext } from "./_mapping-context.js";
import { languagesDeclared } from "./rules/languages-declared.js";
import { mappingCrosswalk } from "./rules/mapping-crosswalk.js";
import { mappingConfidence } from "./rules/mapping-confidence.js";
import { mappingExactUnique } from "./rules/mapping-exact-unique.js";
import { mappingIntervals } from "./rules/mapping-intervals.js";
import { mappingMonotone } from "./rules/mapping-monotone.js";
import { mappingLevelsReversed } from "./rules/mapping-levels-reversed.js";
import { mappingRecords } from "./rules/mapping-records.js";
import { mappingScales } from "./rules/mapping-scales.js";
import { relationIntervalAgrees } from "./rules/relation-interval.js";
import { revisionHistoryConsistent } from "./rules/revision-history.js";
import { supersedesEarlier } from "./rules/supersedes-earlier.js";
import { textSafe } from "./rules/text-safe.js";
import { textLanguages } from "./rules/text-languages.js";

/** The meaning rules of a mapping, by name. */
export const MAPPING_RULES: Readonly<Record<string, (ctx: MappingContext) => Issue[]>> = {
  mappingScales,
  mappingRecords,
  relationIntervalAgrees,
  mappingIntervals,
  mappingExactUnique,
  mappingMonotone,
  mappingLevelsReversed,
  mappingConfidence,
  mappingCrosswalk,
  revisionHistoryConsistent: (ctx) => revisionHistoryConsistent(ctx.mapping),
  supersedesEarlier: (ctx) => supersedesEarlier(ctx.mapping),
  languagesDeclared: (ctx) => languagesDeclared(ctx.mapping),
  textLanguages: (ctx) => textLanguages(ctx.mapping, "mapping"),
  textSafe: (ctx) => textSafe(ctx.mapping),
};

/**
 * The meaning stage for a structurally valid mapping. `ctx.subject` / `ctx.object` are the
 * scales it relates, when available; without one, the checks that need its levels are skipped
 * and `mapping_scale_unresolved` (info) says so.
 */
export function validateMapping(mapping: Mapping, ctx: { readonly subject?: Scale | undefined; readonly object?: Scale | undefined }): Issue[] {
  const c = mappingContext(mapping, ctx);
  return sortIssues(Object.values(MAPPING_RULES).flatMap((rule) => rule(c)));
}
