/**
 * The one rule by which a mapping (or an assessment) finds the scale it names, whoever reads it:
 * `validate`, `registry build`, `registry check`, `translate`, `compare`, `audit` and the viewer.
 */
import type { Scale } from "../model/scale.js";
import { sortVersionsDescending } from "../semver/compare.js";
import { validRange } from "../semver/range.js";
import { maxSatisfying } from "../semver/satisfies.js";
import { validVersion } from "../semver/version.js";
import { conformsTo } from "./structure.js";
import type { ScaleResolver } from "./validate-document.js";

/**
 * The version a scale reference resolves to among the versions available: the newest one that
 * satisfies `range` (an exact version, as assessments give, satisfies only itself); when none does,
 * the newest version there is, so that the checks still run and the mapping rules report
 * `mapping_scale_version_outside_range` (a warning) instead of skipping them. Undefined when no
 * version is available or `range` is not a semver range (`version_range_invalid` says so).
 *
 * @example
 * pickScaleVersion(["1.0.0", "1.2.0", "2.0.0"], "^1.0.0"); // "1.2.0"
 * pickScaleVersion(["1.0.0", "2.0.0"], "^3.0.0"); // "2.0.0" (outside the range: a warning)
 */
export function pickScaleVersion(versions: readonly string[], range: string): string | undefined {
  if (validRange(range) === null) return undefined;
  const valid = versions.filter((v) => validVersion(v) !== null);
  return maxSatisfying(valid, range) ?? sortVersionsDescending(valid)[0];
}

function member(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
}

/**
 * A resolver over a set of documents (the files being validated, the documents being published,
 * those of a registry, the scales a command was given), choosing by {@link pickScaleVersion}.
 * Values that are not structurally valid scales with a semver version are ignored: they cannot
 * anchor a mapping, and their own findings are reported on them.
 *
 * @example
 * const resolveScale = scaleResolverFor([scaleV1, scaleV2]);
 * validateDocument(mapping, { resolveScale });
 */
export function scaleResolverFor(values: readonly unknown[]): ScaleResolver {
  const byId = new Map<string, Map<string, Scale>>();
  for (const v of values) {
    const id = member(v, "id");
    const version = member(v, "version");
    if (member(v, "kind") !== "scale" || typeof id !== "string" || typeof version !== "string" || validVersion(version) === null) continue;
    if (!conformsTo("scale", v)) continue;
    const versions = byId.get(id) ?? new Map<string, Scale>();
    if (!versions.has(version)) versions.set(version, v as Scale);
    byId.set(id, versions);
  }
  return (id, range) => {
    const versions = byId.get(id);
    const chosen = versions === undefined ? undefined : pickScaleVersion([...versions.keys()], range);
    return chosen === undefined ? undefined : versions?.get(chosen);
  };
}
