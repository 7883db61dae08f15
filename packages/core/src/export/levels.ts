/**
 * Where each level of a scale sits on the reference scale, through its mapping: shared by the
 * MISP and OCSF exporters. Internal to the export area.
 */
import type { Issue } from "../issues/issue.js";
import type { Mapping } from "../model/mapping.js";
import type { Level, Scale } from "../model/scale.js";
import { REFERENCE_SCALE } from "../reference/crs.js";
import type { ReferenceInterval } from "../translate/resolve.js";
import { toReference } from "../translate/to-reference.js";
import type { DeepReadonly } from "../translate/_internal.js";
import { EXPORT_SEVERITIES, severityIn } from "../generated/severities.js";


/** A level with its band on the reference scale (absent when unmapped or noMatch). */
export interface LevelOnReference {
  readonly level: DeepReadonly<Level>;
  readonly interval?: ReferenceInterval;
}

/** Each level of `scale` with its reference band; the mapping must map this scale. */
export function levelsOnReference(
  scale: DeepReadonly<Scale>,
  mapping: DeepReadonly<Mapping>,
  reference: DeepReadonly<Scale> = REFERENCE_SCALE,
): { readonly levels: readonly LevelOnReference[]; readonly issues: readonly Issue[] } {
  if (mapping.subject.id !== scale.id) {
    const code = "export_mapping_mismatch";
    return {
      levels: [],
      issues: [{ code, severity: severityIn(EXPORT_SEVERITIES, code), pointer: "/subject/id", params: { mappingId: mapping.id, scaleId: scale.id } }],
    };
  }
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const levels = scale.levels.map((level): LevelOnReference => {
    const r = toReference(mapping, level.code, { subject: scale, object: reference });
    // Document-level warnings (versions) repeat for every level: keep one of each.
    for (const i of r.issues) {
      const key = `${i.code}${JSON.stringify(i.params)}`;
      if (!seen.has(key)) {
        seen.add(key);
        issues.push(i);
      }
    }
    return r.ok ? { level, interval: r.interval } : { level };
  });
  return { levels, issues };
}

/** The highest rank of the reference scale (5 for the CRS's R0–R5). */
export const topRank = (reference: DeepReadonly<Scale> = REFERENCE_SCALE): number => reference.levels.length - 1;
