/** Whether two ranges can share a version, decided as node-semver decides it. */
import { compareParsed } from "./compare.js";
import { parseRange } from "./range.js";
import type { Comparator } from "./range.js";
import { setAdmits } from "./satisfies.js";

/** node-semver's pairwise test of two comparators (an approximation it documents as such). */
function comparatorsIntersect(a: Comparator, b: Comparator): boolean {
  if (a.operator === "") return !a.version || setAdmits([b], a.version);
  if (b.operator === "") return !b.version || setAdmits([a], b.version);
  const [x, y] = [a.version!, b.version!];
  if (a.value.startsWith("<0.0.0") || b.value.startsWith("<0.0.0")) return false;
  const [ag, bg] = [a.operator.startsWith(">"), b.operator.startsWith(">")];
  if (ag === bg) return true;
  if (x.version === y.version && a.operator.includes("=") && b.operator.includes("=")) return true;
  const d = compareParsed(x, y);
  return ag ? d < 0 : d > 0;
}

/** Whether every pair within a set intersects (node-semver's `isSatisfiable`). */
function satisfiable(set: readonly Comparator[]): boolean {
  return set.every((c, i) => set.slice(0, i).every((d) => comparatorsIntersect(c, d)));
}

/**
 * Whether two ranges have a version in common, by node-semver's rule (`intersects`): some set of
 * each whose comparators pairwise intersect. False when either range does not read.
 *
 * @example
 * rangesIntersect("^1.2.0", ">=1.5.0 <3"); // true
 * rangesIntersect("^1.0.0", "^2.0.0"); // false
 */
export function rangesIntersect(r1: string, r2: string): boolean {
  const [a, b] = [parseRange(r1), parseRange(r2)];
  if (!a || !b) return false;
  return a.some((s) => satisfiable(s) && b.some((t) => satisfiable(t) && s.every((c) => t.every((d) => comparatorsIntersect(c, d)))));
}
