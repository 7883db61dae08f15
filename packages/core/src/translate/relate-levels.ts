/**
 * The relation of one level to another, both resolved against the same reference: the one rule
 * shared by translate (candidates) and compare (pairwise matrices).
 */
import { relatePath, type TranslationRelation } from "./relation.js";
import type { SideLevel } from "./resolve.js";

/** How target level b relates to source level a, or undefined when nothing links them. */
export interface LevelRelation {
  readonly relation: TranslationRelation;
  readonly confidence: number;
  /** A closeMatch record lies on the path, so it was not chained. */
  readonly closeMatch: boolean;
  /** b is a itself (same scale, same version, same code): no mapping was needed. */
  readonly identity: boolean;
}

/**
 * Relates b to a. `sameScale` says both levels belong to the same version of one scale: then a
 * level is equivalent to itself (confidence 1) whatever its record says, and two different levels
 * are never equivalent (they are distinct levels of one order), at most overlapping.
 */
export function relateLevels(a: SideLevel, b: SideLevel, sameScale: boolean): LevelRelation | undefined {
  if (sameScale && a.code === b.code) {
    return a.resolved.ok || b.resolved.ok ? { relation: "equivalent", confidence: 1, closeMatch: false, identity: true } : undefined;
  }
  const ra = a.resolved;
  const rb = b.resolved;
  if (!ra.ok || !rb.ok) return undefined;
  const path = relatePath(
    { relation: ra.relation, interval: ra.interval, confidence: ra.record.confidence },
    { relation: rb.relation, interval: rb.interval, confidence: rb.record.confidence },
  );
  if (!path) return undefined;
  const relation = sameScale && path.relation === "equivalent" ? "overlapping" : path.relation;
  return { relation, confidence: path.confidence, closeMatch: path.closeMatch, identity: false };
}
