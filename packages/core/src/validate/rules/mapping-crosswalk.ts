import type { Issue } from "../../issues/issue.js";
import { toPointer } from "../../issues/issue.js";
import type { CrosswalkEntry, ImpliedValues } from "../../model/mapping.js";
import { compareDecimal } from "../../decimal/compare.js";
import type { Path } from "../_issue.js";
import { issue } from "../_issue.js";
import type { MappingContext } from "../_mapping-context.js";
import type { ScaleContext } from "../_scale-context.js";
import { checkDimension, checkOption } from "../_scale-context.js";

/** Implied values name ordinal dimensions of the object scale and their options. */
function checkImplied(object: ScaleContext | undefined, implied: ImpliedValues, at: Path, out: Issue[]): void {
  if (!object) return;
  for (const [dimension, option] of Object.entries(implied)) {
    const dim = checkDimension(object, dimension, [...at, dimension], out, { type: "ordinal", property: "implies" });
    if (dim?.type === "ordinal") checkOption(object, dim, option, [...at, dimension], out);
  }
}

/** One entry: its national dimension, every option covered (or bands ascending), its implied values. */
function checkEntry(ctx: MappingContext, entry: CrosswalkEntry, at: Path, out: Issue[]): void {
  const subject = ctx.subject;
  if ("options" in entry) {
    const dim = subject ? checkDimension(subject, entry.dimension, [...at, "dimension"], out, { type: "ordinal", property: "options" }) : undefined;
    for (const [option, implied] of Object.entries(entry.options)) {
      if (dim?.type === "ordinal" && subject) checkOption(subject, dim, option, [...at, "options", option], out);
      checkImplied(ctx.object, implied, [...at, "options", option], out);
    }
    if (dim?.type === "ordinal") {
      const missing = dim.options.map((o) => o.code).filter((code) => !Object.hasOwn(entry.options, code));
      if (missing.length > 0) out.push(issue("crosswalk_option_missing", [...at, "options"], { dimension: entry.dimension, missing }));
    }
    return;
  }
  if (subject) checkDimension(subject, entry.dimension, [...at, "dimension"], out, { type: "quantity", property: "bands" });
  entry.bands.forEach((band, j) => {
    const prev = entry.bands[j - 1];
    const c = prev ? compareDecimal(band.atLeast, prev.atLeast) : 1;
    if (prev && c !== undefined && c !== 1) out.push(issue("bands_unordered", [...at, "bands", j, "atLeast"], { atLeast: String(band.atLeast), previous: String(prev.atLeast) }));
    checkImplied(ctx.object, band.implies, [...at, "bands", j, "implies"], out);
  });
}

/** True when the entry gives a value of `dimension` for every option (or every band). */
function entryCovers(entry: CrosswalkEntry, dimension: string): boolean {
  if ("options" in entry) {
    const values = Object.values(entry.options);
    return values.length > 0 && values.every((v) => Object.hasOwn(v, dimension));
  }
  return entry.bands.every((b) => Object.hasOwn(b.implies, dimension));
}

/**
 * The crosswalk of a mapping (from the subject scale's criteria to the object scale's):
 * - `crosswalk_dimension_duplicate`: a second entry for the same national dimension;
 * - with the subject scale: each entry names an existing dimension of the right type
 *   (`unknown_dimension_reference`, `dimension_type_mismatch`), its keys are options of it
 *   (`unknown_option_reference`), and it covers every option (`crosswalk_option_missing`);
 *   bands rise strictly (`bands_unordered`);
 * - with the object scale: implied and assumed values name ordinal dimensions and their options;
 *   `crosswalk_reference_uncovered` (warning) for an object dimension that is neither assumed nor
 *   given by some entry for every option, so some combinations cannot be rated on the object scale.
 */
export function mappingCrosswalk(ctx: MappingContext): Issue[] {
  const crosswalk = ctx.mapping.crosswalk;
  if (!crosswalk) return [];
  const out: Issue[] = [];
  const first = new Map<string, number>();
  crosswalk.dimensions.forEach((entry, i) => {
    const at = ["crosswalk", "dimensions", i];
    const j = first.get(entry.dimension);
    if (j !== undefined) {
      out.push(issue("crosswalk_dimension_duplicate", [...at, "dimension"], { dimension: entry.dimension, first: toPointer(["crosswalk", "dimensions", j]) }));
      return;
    }
    first.set(entry.dimension, i);
    checkEntry(ctx, entry, at, out);
  });
  if (crosswalk.assume) checkImplied(ctx.object, crosswalk.assume, ["crosswalk", "assume"], out);
  for (const [code, { dimension }] of ctx.object?.dimensions ?? []) {
    if (dimension.type !== "ordinal") continue;
    if (crosswalk.assume && Object.hasOwn(crosswalk.assume, code)) continue;
    if (crosswalk.dimensions.some((e) => entryCovers(e, code))) continue;
    out.push(issue("crosswalk_reference_uncovered", ["crosswalk"], { dimension: code }));
  }
  return out;
}
