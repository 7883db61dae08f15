/**
 * toReference: where one level of a scale sits on the reference scale, according to a mapping.
 */
import type { Issue } from "../issues/issue.js";
import type { Justification, Mapping, Relation } from "../model/mapping.js";
import type { Scale } from "../model/scale.js";
import { REFERENCE_SCALE } from "../reference/crs.js";
import type { DeepReadonly, Text } from "./_internal.js";
import { checkMappingDocuments, indexMapping, indexReference, notALevel, resolveRecord, type ReferenceInterval } from "./resolve.js";

export type { ReferenceInterval } from "./resolve.js";

/** Options of {@link toReference}. */
export interface ToReferenceOptions {
  /** The mapped scale: lets sentinels and unknown codes be told apart from unmapped levels. */
  readonly subject?: DeepReadonly<Scale>;
  /** The reference scale the mapping maps onto (default: the built-in CRS 1.0). */
  readonly object?: DeepReadonly<Scale>;
}

/** The band of the reference scale a level covers, or the issues that prevent an answer. */
export type ReferenceResult =
  | {
      readonly ok: true;
      readonly interval: ReferenceInterval;
      readonly relation: Exclude<Relation, "noMatch">;
      readonly confidence: number;
      readonly justification: Justification;
      readonly comment?: Text;
      /** Warnings found on the way (versions out of range, duplicate records). */
      readonly issues: readonly Issue[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Places `levelCode` of the mapping's subject scale on the reference scale.
 * @example toReference(ukMapping, "Category 3") // { ok: true, interval: { min: "R3", max: "R3", ... }, relation: "exactMatch", ... }
 */
export function toReference(
  mapping: DeepReadonly<Mapping>,
  levelCode: string,
  options: ToReferenceOptions = {},
): ReferenceResult {
  const reference = options.object ?? REFERENCE_SCALE;
  const issues = checkMappingDocuments(mapping, reference, options.subject);
  const mi = indexMapping(mapping);
  issues.push(...mi.issues);
  if (issues.some((i) => i.severity === "error")) return { ok: false, issues };
  const subject = options.subject;
  if (subject && !subject.levels.some((l) => l.code === levelCode)) {
    const sentinels = new Map((subject.sentinels ?? []).map((s) => [s.code, s] as const));
    return { ok: false, issues: [...issues, notALevel(subject, sentinels, levelCode)] };
  }
  const r = resolveRecord(mi, levelCode, indexReference(reference));
  if (!r.ok) return { ok: false, issues: [...issues, r.issue] };
  return {
    ok: true,
    interval: r.interval,
    relation: r.relation,
    confidence: r.record.confidence,
    justification: r.record.justification,
    ...(r.record.comment ? { comment: r.record.comment } : {}),
    issues,
  };
}
