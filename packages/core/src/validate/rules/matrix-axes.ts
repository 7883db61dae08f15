import type { Issue } from "../../issues/issue.js";
import { issue } from "../_issue.js";
import type { ScaleContext } from "../_scale-context.js";
import { checkDimension, checkOption, simpleMethods } from "../_scale-context.js";

/**
 * The axes of a matrix: each names an existing ordinal dimension (`unknown_dimension_reference`,
 * `dimension_type_mismatch`), no dimension is used by two axes (`matrix_axis_duplicate`), and on a
 * grouped axis the group codes are unique (`matrix_group_code_duplicate`), members are options of
 * the dimension (`unknown_option_reference`), and every option belongs to exactly one group
 * (`matrix_group_member_duplicate` per option in several groups; `matrix_group_member_missing`
 * once per axis, listing the options in none).
 */
export function matrixAxes(ctx: ScaleContext): Issue[] {
  const out: Issue[] = [];
  for (const { method, path } of simpleMethods(ctx.scale)) {
    if (method.kind !== "matrix") continue;
    const used = new Set<string>();
    method.axes.forEach((axis, i) => {
      const at = [...path, "axes", i];
      if (used.has(axis.dimension)) out.push(issue("matrix_axis_duplicate", [...at, "dimension"], { dimension: axis.dimension }));
      used.add(axis.dimension);
      const dim = checkDimension(ctx, axis.dimension, [...at, "dimension"], out, { type: "ordinal", property: "axes" });
      if (dim?.type !== "ordinal" || !axis.groups) return;
      const groupOf = new Map<string, string>();
      const seenGroups = new Set<string>();
      axis.groups.forEach((g, j) => {
        if (seenGroups.has(g.code)) out.push(issue("matrix_group_code_duplicate", [...at, "groups", j, "code"], { code: g.code, dimension: dim.code }));
        seenGroups.add(g.code);
        g.members.forEach((m, k) => {
          const memberPath = [...at, "groups", j, "members", k];
          if (!checkOption(ctx, dim, m, memberPath, out)) return;
          const earlier = groupOf.get(m);
          if (earlier !== undefined) out.push(issue("matrix_group_member_duplicate", memberPath, { option: m, dimension: dim.code, groups: [earlier, g.code] }));
          else groupOf.set(m, g.code);
        });
      });
      const missing = [...(ctx.optionRank.get(dim.code)?.keys() ?? [])].filter((o) => !groupOf.has(o));
      if (missing.length > 0) out.push(issue("matrix_group_member_missing", [...at, "groups"], { dimension: dim.code, missing }));
    });
  }
  return out;
}
