/**
 * OCSF severity table for a scale: each level (and each sentinel) with the OCSF `severity_id` it
 * takes, through the reference scale, and its native label as `severity`. Rules in docs/exports.md ("OCSF").
 */
import type { Issue } from "../issues/issue.js";
import type { Mapping } from "../model/mapping.js";
import type { Scale, Sentinel } from "../model/scale.js";
import { REFERENCE_SCALE } from "../reference/crs.js";
import { pickText, type DeepReadonly } from "../translate/_internal.js";
import { levelsOnReference } from "./levels.js";

/** OCSF's `severity_id` values (OCSF base event and findings). */
export const OCSF_SEVERITY = {
  Unknown: 0,
  Informational: 1,
  Low: 2,
  Medium: 3,
  High: 4,
  Critical: 5,
  Fatal: 6,
  Other: 99,
} as const;

/** An OCSF severity id. */
export type OcsfSeverityId = (typeof OCSF_SEVERITY)[keyof typeof OCSF_SEVERITY];

/**
 * The CRS level each OCSF `severity_id` stands for: R0 Baseline → 1 Informational, R1 Low → 2 Low,
 * R2 Moderate → 3 Medium, R3 Significant → 4 High, R4 Severe and R5 Emergency → 5 Critical. 6 Fatal
 * ("too late to take remedial action") describes no incident severity and is never written.
 */
export const OCSF_SEVERITY_OF_CRS: Readonly<Record<string, OcsfSeverityId>> = {
  R0: OCSF_SEVERITY.Informational,
  R1: OCSF_SEVERITY.Low,
  R2: OCSF_SEVERITY.Medium,
  R3: OCSF_SEVERITY.High,
  R4: OCSF_SEVERITY.Critical,
  R5: OCSF_SEVERITY.Critical,
};

/** The `severity_id` of a sentinel: unknown and not assessed are 0 Unknown, the others 99 Other. */
export const OCSF_SEVERITY_OF_SENTINEL: Readonly<Record<Sentinel["meaning"], OcsfSeverityId>> = {
  unknown: OCSF_SEVERITY.Unknown,
  "not-assessed": OCSF_SEVERITY.Unknown,
  "out-of-scope": OCSF_SEVERITY.Other,
  other: OCSF_SEVERITY.Other,
};

/** One row of the table: a native level (or sentinel) and what an OCSF event carries for it. */
export interface OcsfSeverityRow {
  /** The native level code (what `sevscale classify` returns). */
  readonly code: string;
  /** OCSF `severity`: the native label. */
  readonly severity: string;
  /** OCSF `severity_id`. */
  readonly severity_id: OcsfSeverityId;
  /** The band on the reference scale the id came from (absent when unmapped, noMatch or a sentinel). */
  readonly reference?: { readonly min: string; readonly max: string };
  /** True for a value outside the order (unknown, not assessed, out of scope). */
  readonly sentinel?: true;
}

/** The OCSF table of a scale. */
export interface OcsfSeverityTable {
  readonly scale: { readonly id: string; readonly version: string };
  readonly mapping: { readonly id: string; readonly version: string };
  readonly reference: { readonly id: string; readonly version: string };
  readonly levels: readonly OcsfSeverityRow[];
}

/**
 * The table from each level of `scale` to OCSF `severity_id`: the level's band on the CRS through
 * `mapping`, then the id of the band's most severe end (a pipeline should not under-rate an
 * incident); a level without a band is 0 Unknown.
 * @example scaleToOcsfSeverities(uk, ukMapping).table.levels[0] // { code: "Category 6", severity: "…", severity_id: 2, … }
 */
export function scaleToOcsfSeverities(
  scale: DeepReadonly<Scale>,
  mapping: DeepReadonly<Mapping>,
  options: { readonly lang?: string } = {},
): { readonly table: OcsfSeverityTable; readonly issues: readonly Issue[] } {
  const lang = options.lang ?? scale.defaultLanguage;
  const label = (m: Readonly<Record<string, string>>, code: string) => pickText(m, lang, scale.defaultLanguage) || code;
  const placed = levelsOnReference(scale, mapping, REFERENCE_SCALE);
  const levels: OcsfSeverityRow[] = placed.levels.map(({ level, interval }) => ({
    code: level.code,
    severity: label(level.label, level.code),
    severity_id: interval ? (OCSF_SEVERITY_OF_CRS[interval.max] ?? OCSF_SEVERITY.Unknown) : OCSF_SEVERITY.Unknown,
    ...(interval ? { reference: { min: interval.min, max: interval.max } } : {}),
  }));
  for (const s of scale.sentinels ?? []) {
    levels.push({ code: s.code, severity: label(s.label, s.code), severity_id: OCSF_SEVERITY_OF_SENTINEL[s.meaning], sentinel: true });
  }
  return {
    table: {
      scale: { id: scale.id, version: scale.version },
      mapping: { id: mapping.id, version: mapping.version },
      reference: { id: REFERENCE_SCALE.id, version: REFERENCE_SCALE.version },
      levels,
    },
    issues: placed.issues,
  };
}
