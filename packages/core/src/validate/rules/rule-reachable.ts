import type { Issue } from "../../issues/issue.js";
import { toPointer } from "../../issues/issue.js";
import { canonicalCondition, isAlways, unsatisfiableAt } from "../_conditions.js";
import type { Path } from "../_issue.js";
import { issue } from "../_issue.js";
import type { ScaleContext } from "../_scale-context.js";
import { simpleMethods } from "../_scale-context.js";

/**
 * `condition_unsatisfiable`, `rule_unreachable` (warnings): a rule that can never fire is almost
 * always a mistake in the encoding. Decided cases, and only these:
 * - the condition can never hold (see unsatisfiableAt: `not always`, X with `not X` under one
 *   `all`, contradictory tests on one single-choice dimension, `any` of such) →
 *   `condition_unsatisfiable` at the contradictory part;
 * - strategy `first-match`: an earlier satisfiable rule is `always`, or has the same condition
 *   (same canonical text: member order of `all` / `any` and of `in` sets ignored) →
 *   `rule_unreachable` at the later rule's `when`;
 * - any strategy: `otherwise` when a satisfiable rule is `always` (some rule then always
 *   applies) → `rule_unreachable` at `otherwise`.
 * A rule is reported once: an unsatisfiable one is not also reported as shadowed.
 */
export function ruleReachable(ctx: ScaleContext): Issue[] {
  const out: Issue[] = [];
  for (const { method, path } of simpleMethods(ctx.scale)) {
    if (method.kind !== "rules") continue;
    const seen = new Map<string, Path>();
    let always: Path | undefined;
    method.rules.forEach((rule, i) => {
      const when: Path = [...path, "rules", i, "when"];
      const unsat = unsatisfiableAt(ctx, rule.when, when);
      if (unsat) {
        out.push(issue("condition_unsatisfiable", unsat));
        return;
      }
      const text = canonicalCondition(rule.when);
      const earlier = method.strategy === "first-match" ? (always ?? seen.get(text)) : undefined;
      if (earlier) out.push(issue("rule_unreachable", when, { earlier: toPointer(earlier.slice(0, -1)) }));
      if (!seen.has(text)) seen.set(text, when);
      if (isAlways(rule.when) && !always) always = when;
    });
    if (method.otherwise !== undefined && always) {
      out.push(issue("rule_unreachable", [...path, "otherwise"], { earlier: toPointer(always.slice(0, -1)) }));
    }
  }
  return out;
}
