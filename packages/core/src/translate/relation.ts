/**
 * The relation between a source level a and a target level b that both map onto the same
 * reference scale, and the confidence in it (docs/translation.md).
 *
 * Levels are read as sets of incidents. A record "s rel [min, max]" relates s to the union U of
 * the reference levels in the band: exactMatch s = U, broadMatch s ⊆ U (the band is broader),
 * narrowMatch s ⊇ U, relatedMatch and closeMatch say nothing directional. Reference levels are
 * disjoint, so two bands relate exactly as their intervals do. The path a → Ua → Ub → b composes
 * three set relations; the target record is read backwards (inversion turns ⊆ into ⊇).
 */
import type { Relation } from "../model/mapping.js";
import { roundConfidence } from "./_internal.js";
import type { ReferenceInterval } from "./resolve.js";

/** How a candidate level relates to the source level (read: "the candidate is …"). */
export type TranslationRelation = "equivalent" | "narrower" | "broader" | "overlapping";

/** What is known of X vs Y as sets: X = Y, X ⊆ Y, X ⊇ Y, or nothing directional. */
type SetRelation = "eq" | "sub" | "sup" | "unknown";

/** What a record says of its subject s vs the band U. closeMatch is kept apart: it is never chained. */
function recordSetRelation(r: Exclude<Relation, "noMatch">): SetRelation | "close" {
  switch (r) {
    case "exactMatch":
      return "eq";
    case "broadMatch":
      return "sub";
    case "narrowMatch":
      return "sup";
    case "closeMatch":
      return "close";
    case "relatedMatch":
      return "unknown";
  }
}

const inverse = (r: SetRelation): SetRelation => (r === "sub" ? "sup" : r === "sup" ? "sub" : r);

/** Composition: X r Y and Y s Z give X (r∘s) Z. Only equal steps or same-direction steps chain. */
function compose(r: SetRelation, s: SetRelation): SetRelation {
  if (r === "eq") return s;
  if (s === "eq") return r;
  if (r === s && r !== "unknown") return r;
  return "unknown";
}

/** How band Ia relates to band Ib as sets: the interval geometry. */
export function bandRelation(a: ReferenceInterval, b: ReferenceInterval): SetRelation {
  if (a.minRank === b.minRank && a.maxRank === b.maxRank) return "eq";
  if (b.minRank <= a.minRank && a.maxRank <= b.maxRank) return "sub";
  if (a.minRank <= b.minRank && b.maxRank <= a.maxRank) return "sup";
  return "unknown";
}

/** True when the two bands share at least one reference level. */
export function intersects(a: ReferenceInterval, b: ReferenceInterval): boolean {
  return a.minRank <= b.maxRank && b.minRank <= a.maxRank;
}

/** |Ia ∩ Ib| / |Ia ∪ Ib| counted in reference levels (0 when disjoint). */
export function overlapFraction(a: ReferenceInterval, b: ReferenceInterval): number {
  const inter = Math.min(a.maxRank, b.maxRank) - Math.max(a.minRank, b.minRank) + 1;
  if (inter <= 0) return 0;
  const union = Math.max(a.maxRank, b.maxRank) - Math.min(a.minRank, b.minRank) + 1;
  return inter / union;
}

/** One side of a path: a record's relation, band and confidence. */
export interface PathEnd {
  readonly relation: Exclude<Relation, "noMatch">;
  readonly interval: ReferenceInterval;
  readonly confidence: number;
}

/** The relation and confidence of a path a → reference → b. */
export interface PathRelation {
  readonly relation: TranslationRelation;
  readonly confidence: number;
  /** True when a closeMatch record lies on the path (so it was not chained). */
  readonly closeMatch: boolean;
  /** |Ia ∩ Ib| / |Ia ∪ Ib|. */
  readonly overlap: number;
}

/** The relation a path would have with closeMatch read as exactMatch (what a close record claims, at best). */
function chainedRelation(ra: SetRelation, geometry: SetRelation, rb: SetRelation): TranslationRelation {
  // a ra Ua, Ua (geometry) Ub, Ub inverse(rb) b
  const r = compose(compose(ra, geometry), inverse(rb));
  // a ⊆ b: the candidate is broader; a ⊇ b: the candidate is narrower.
  return r === "eq" ? "equivalent" : r === "sub" ? "broader" : r === "sup" ? "narrower" : "overlapping";
}

/** A record's set relation for scoring: a closeMatch is scored as the exactMatch it approximates. */
const scoredAs = (r: SetRelation | "close"): SetRelation => (r === "close" ? "eq" : r);

/**
 * Relates target b to source a through their bands; undefined when the bands are disjoint.
 *
 * Confidence = conf(a) × conf(b) × (overlap fraction, when the path chains to nothing stronger
 * than "overlapping"). A closeMatch record is never chained (its relation is "overlapping"), but
 * it is scored as if it were exactMatch, so a vaguer record never gives a higher confidence for the
 * same bands: exactMatch ≥ closeMatch ≥ broadMatch/narrowMatch ≥ relatedMatch (docs/translation.md).
 */
export function relatePath(a: PathEnd, b: PathEnd): PathRelation | undefined {
  if (!intersects(a.interval, b.interval)) return undefined;
  const overlap = overlapFraction(a.interval, b.interval);
  const ra = recordSetRelation(a.relation);
  const rb = recordSetRelation(b.relation);
  const closeMatch = ra === "close" || rb === "close";
  const scored = chainedRelation(scoredAs(ra), bandRelation(a.interval, b.interval), scoredAs(rb));
  const relation: TranslationRelation = closeMatch ? "overlapping" : scored;
  let confidence = a.confidence * b.confidence;
  if (scored === "overlapping") confidence *= overlap;
  return { relation, confidence: roundConfidence(confidence), closeMatch, overlap };
}
