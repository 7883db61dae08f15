import type { Issue } from "../../issues/issue.js";
import type { ScaleContext } from "../_scale-context.js";
import { checkLevel, simpleMethods } from "../_scale-context.js";

/** `unknown_level_reference`: each criterion of a judgement method describes an existing level. */
export function judgementReferences(ctx: ScaleContext): Issue[] {
  const out: Issue[] = [];
  for (const { method, path } of simpleMethods(ctx.scale)) {
    if (method.kind !== "judgement") continue;
    (method.criteria ?? []).forEach((c, i) => out.push(...checkLevel(ctx, c.level, [...path, "criteria", i, "level"])));
  }
  return out;
}
