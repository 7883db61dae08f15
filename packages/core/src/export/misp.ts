/**
 * MISP taxonomy (`machinetag.json`) for a scale: one namespace per scale, one predicate (`level`),
 * one entry per level in severity order. Rules in docs/exports.md ("MISP").
 */
import type { Issue } from "../issues/issue.js";
import type { Mapping } from "../model/mapping.js";
import type { Scale } from "../model/scale.js";
import { REFERENCE_SCALE } from "../reference/crs.js";
import { pickText, type DeepReadonly } from "../translate/_internal.js";
import { levelsOnReference, topRank } from "./levels.js";
import type { ReferenceInterval } from "../translate/resolve.js";
import { EXPORT_SEVERITIES, severityIn } from "../generated/severities.js";

/** One value of the MISP predicate: a level. */
export interface MispEntry {
  readonly value: string;
  readonly expanded: string;
  readonly description?: string;
  readonly colour?: string;
  readonly numerical_value?: number;
}

/** A MISP taxonomy, as MISP's `machinetag.json` files are laid out. */
export interface MispTaxonomy {
  readonly namespace: string;
  readonly description: string;
  readonly version: number;
  readonly expanded: string;
  readonly exclusive: boolean;
  readonly refs?: readonly string[];
  readonly predicates: readonly { readonly value: string; readonly expanded: string; readonly description?: string; readonly exclusive: boolean }[];
  readonly values: readonly { readonly predicate: string; readonly entry: readonly MispEntry[] }[];
}

/** Options of {@link scaleToMispTaxonomy}. */
export interface MispOptions {
  /** Language of labels and descriptions (default: the scale's default language). */
  readonly lang?: string;
}

/** The single predicate of a sevscale taxonomy: tags read `<namespace>:level="<code>"`. */
export const MISP_PREDICATE = "level";

/**
 * The MISP namespace of a scale: `sevscale-` then the scale id in lower case with every character
 * other than a–z, 0–9 and `-` (the `/` included) turned into `-`, repeats collapsed.
 * @example mispNamespace("gb/ncsc-2018") // "sevscale-gb-ncsc-2018"
 */
export function mispNamespace(scaleId: string): string {
  const slug = scaleId
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
  return slug === "" ? "sevscale" : `sevscale-${slug}`;
}

/**
 * MISP's integer version from a semver: major·10000 + minor·100 + patch (pre-release and build
 * ignored). `exact` is false when minor or patch is 100 or more, where two versions could share a number.
 * @example mispVersion("1.2.3") // { version: 10203, exact: true }
 */
export function mispVersion(version: string): { readonly version: number; readonly exact: boolean } {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (!m) return { version: 0, exact: false };
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return { version: major * 10000 + minor * 100 + patch, exact: minor < 100 && patch < 100 };
}

/**
 * A level's `numerical_value`: the middle of its band on the reference scale, on 0–100
 * (100 × (minRank + maxRank) / (2 × top rank)), rounded to a whole number. On the CRS (R0–R5): R0 → 0,
 * R2 → 40, R0–R1 → 10, R5 → 100.
 */
export function mispNumericalValue(interval: ReferenceInterval, top: number): number {
  return Math.round((100 * (interval.minRank + interval.maxRank)) / (2 * top));
}

/**
 * The MISP taxonomy of `scale`, placing its levels on the reference scale through `mapping`.
 * A level without a band (unmapped, noMatch) has no `numerical_value`.
 * @example scaleToMispTaxonomy(uk, ukMapping).taxonomy.namespace // "sevscale-gb-ncsc-2018"
 */
export function scaleToMispTaxonomy(
  scale: DeepReadonly<Scale>,
  mapping: DeepReadonly<Mapping>,
  options: MispOptions = {},
): { readonly taxonomy: MispTaxonomy; readonly issues: readonly Issue[] } {
  const lang = options.lang ?? scale.defaultLanguage;
  const text = (m: Readonly<Record<string, string>> | undefined) => pickText(m, lang, scale.defaultLanguage);
  const placed = levelsOnReference(scale, mapping, REFERENCE_SCALE);
  const issues: Issue[] = [...placed.issues];
  const v = mispVersion(scale.version);
  if (!v.exact) {
    const code = "misp_version_not_encodable";
    issues.push({ code, severity: severityIn(EXPORT_SEVERITIES, code), pointer: "/version", params: { version: scale.version } });
  }
  const top = topRank(REFERENCE_SCALE);
  const entry = placed.levels.map(({ level, interval }): MispEntry => {
    const description = text(level.definition);
    return {
      value: level.code,
      expanded: text(level.label) || level.code,
      ...(description ? { description } : {}),
      ...(level.color?.hex ? { colour: level.color.hex } : {}),
      ...(interval ? { numerical_value: mispNumericalValue(interval, top) } : {}),
    };
  });
  const title = text(scale.title) || scale.id;
  const refs = (scale.sources ?? []).flatMap((s) => (s.url ? [s.url] : []));
  return {
    taxonomy: {
      namespace: mispNamespace(scale.id),
      description: text(scale.description) || title,
      version: v.version,
      expanded: title,
      exclusive: false,
      ...(refs.length > 0 ? { refs: [...new Set(refs)] } : {}),
      predicates: [{ value: MISP_PREDICATE, expanded: title, ...(scale.description ? { description: text(scale.description) } : {}), exclusive: true }],
      values: [{ predicate: MISP_PREDICATE, entry }],
    },
    issues,
  };
}
