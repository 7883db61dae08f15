import type { Mapping } from "../model/mapping.js";
import type { Scale } from "../model/scale.js";
import type { DeepReadonly } from "../translate/_internal.js";

/**
 * The mapping of a reference scale onto itself: every level an exactMatch of itself with
 * confidence 1. It lets a reference scale (such as the built-in CRS) stand on either side of a
 * translation or a comparison like any national scale.
 */
export function identityMapping(scale: DeepReadonly<Scale>): Mapping {
  const [namespace, name] = scale.id.split("/") as [string, string];
  return {
    kind: "mapping",
    id: `${namespace}/${name}-identity`,
    version: scale.version,
    status: "active",
    subject: { id: scale.id, versions: scale.version },
    object: { id: scale.id, versions: scale.version },
    authors: [{ name: "sevscale (generated)" }],
    date: scale.published,
    revisionHistory: [{ version: scale.version, date: scale.published, summary: { en: "Generated identity mapping." } }],
    license: { id: "CC0-1.0" },
    defaultLanguage: "en",
    languages: [{ tag: "en", authoritative: true }],
    records: scale.levels.map((level) => ({
      subject: level.code,
      relation: "exactMatch" as const,
      object: { min: level.code, max: level.code },
      justification: "unspecified" as const,
      confidence: 1,
    })),
  };
}
