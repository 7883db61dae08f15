import type { Issue } from "../../issues/issue.js";
import { checkConditionReferences } from "../_conditions.js";
import type { ScaleContext } from "../_scale-context.js";
import { checkLevel, simpleMethods } from "../_scale-context.js";

/**
 * `unknown_level_reference`, `unknown_dimension_reference`, `unknown_option_reference`,
 * `dimension_type_mismatch` in a rules method: each rule's level and `otherwise` name a level or
 * a sentinel (a rule may conclude "out of scope"), and every condition refers to existing
 * dimensions and options of the right type (see checkConditionReferences).
 */
export function ruleReferences(ctx: ScaleContext): Issue[] {
  const out: Issue[] = [];
  for (const { method, path } of simpleMethods(ctx.scale)) {
    if (method.kind !== "rules") continue;
    method.rules.forEach((rule, i) => {
      out.push(...checkLevel(ctx, rule.level, [...path, "rules", i, "level"], true));
      checkConditionReferences(ctx, rule.when, [...path, "rules", i, "when"], out);
    });
    if (method.otherwise !== undefined) out.push(...checkLevel(ctx, method.otherwise, [...path, "otherwise"], true));
  }
  return out;
}
