import type { Issue } from "../../issues/issue.js";
import { toPointer } from "../../issues/issue.js";
import { issue } from "../_issue.js";
import type { ScaleContext } from "../_scale-context.js";
import { duplicatesBy } from "../_scale-context.js";

/** `component_id_duplicate`: the components of a composite method have unique ids (a classification trace names the component that decided). */
export function compositeIdsUnique(ctx: ScaleContext): Issue[] {
  const m = ctx.scale.method;
  if (m.kind !== "composite") return [];
  return duplicatesBy(m.components, (c) => c.id, (i) => ["method", "components", i, "id"]).map((d) =>
    issue("component_id_duplicate", d.path, { id: d.key, first: toPointer(d.first) }),
  );
}
