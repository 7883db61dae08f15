import { validRange } from "../../semver/range.js";
import { satisfies } from "../../semver/satisfies.js";
import type { Issue } from "../../issues/issue.js";
import { issue } from "../_issue.js";
import type { MappingContext } from "../_mapping-context.js";

/**
 * The scales a mapping relates: `version_range_invalid` when `versions` is not a semver range
 * (e.g. "^1.2.0", "1.x"); `mapping_scale_unresolved` (info) when the scale was not available, so
 * the checks that need its levels are skipped rather than guessed; and
 * `mapping_scale_version_outside_range` (warning) when the available version is not one the
 * mapping says it covers.
 */
export function mappingScales(ctx: MappingContext): Issue[] {
  const out: Issue[] = [];
  for (const side of ["subject", "object"] as const) {
    const ref = ctx.mapping[side];
    const scale = ctx[side]?.scale;
    if (validRange(ref.versions) === null) {
      out.push(issue("version_range_invalid", [side, "versions"], { range: ref.versions }));
    } else if (!scale) {
      out.push(issue("mapping_scale_unresolved", [side], { id: ref.id, range: ref.versions }));
    } else if (!satisfies(scale.version, ref.versions)) {
      out.push(issue("mapping_scale_version_outside_range", [side, "versions"], { id: ref.id, version: scale.version, range: ref.versions }));
    }
  }
  return out;
}
