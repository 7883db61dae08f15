/** What the mapping rules know: the mapping and, when resolved, its subject and object scales (internal). */
import type { Mapping } from "../model/mapping.js";
import type { Scale } from "../model/scale.js";
import type { ScaleContext } from "./_scale-context.js";
import { scaleContext } from "./_scale-context.js";

/** Shared input of the mapping rules. */
export interface MappingContext {
  readonly mapping: Mapping;
  readonly subject: ScaleContext | undefined;
  readonly object: ScaleContext | undefined;
}

/** Builds the mapping rules' context. */
export function mappingContext(mapping: Mapping, scales: { readonly subject?: Scale | undefined; readonly object?: Scale | undefined }): MappingContext {
  return {
    mapping,
    subject: scales.subject ? scaleContext(scales.subject) : undefined,
    object: scales.object ? scaleContext(scales.object) : undefined,
  };
}

/** Index of the first record of each subject code: later duplicates are reported, not used. */
export function firstRecords(mapping: Mapping): Map<string, number> {
  const m = new Map<string, number>();
  mapping.records.forEach((r, i) => {
    if (!m.has(r.subject)) m.set(r.subject, i);
  });
  return m;
}
