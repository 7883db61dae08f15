/**
 * Whether one range is a subset of another, decided as node-semver's `subset` decides it (strict
 * mode, pre-releases excluded): comparator by comparator, on the bounds of each set. A set that
 * matches nothing (a null set) is a subset of everything, but null sets are ignored in a range
 * that has other sets.
 */
import { compareParsed } from "./compare.js";
import { parseKeyedRange } from "./range.js";
import type { Comparator, KeyedSet } from "./range.js";
import { comparatorAdmits, setAdmits } from "./satisfies.js";
import type { Version } from "./version.js";

/** `>=0.0.0`: what "any version" stands for when pre-releases are excluded. */
const ZERO: Version = { major: 0, minor: 0, patch: 0, prerelease: [], build: [], version: "0.0.0" };
const MINIMUM: readonly Comparator[] = [{ operator: ">=", version: ZERO, value: ">=0.0.0" }];

const isLower = (c: Comparator): boolean => c.operator === ">" || c.operator === ">=";
const isUpper = (c: Comparator): boolean => c.operator === "<" || c.operator === "<=";
const isAny = (set: readonly Comparator[]): boolean => set.length === 1 && !set[0]!.version;

/** The stricter of two lower bounds (`>1.2.3` is stricter than `>=1.2.3`); `a` when they tie. */
function higherLower(a: Comparator | undefined, b: Comparator): Comparator {
  if (!a) return b;
  const d = compareParsed(a.version!, b.version!);
  return d > 0 ? a : d < 0 ? b : b.operator === ">" && a.operator === ">=" ? b : a;
}

/** The stricter of two upper bounds (`<1.2.3` is stricter than `<=1.2.3`); `a` when they tie. */
function lowerUpper(a: Comparator | undefined, b: Comparator): Comparator {
  if (!a) return b;
  const d = compareParsed(a.version!, b.version!);
  return d < 0 ? a : d > 0 ? b : b.operator === "<" && a.operator === "<=" ? b : a;
}

/** Whether `c` names a pre-release of the `major.minor.patch` of `v`. */
const samePrereleaseTuple = (c: Comparator, v: Version): boolean =>
  !!c.version?.prerelease.length && c.version.major === v.major && c.version.minor === v.minor && c.version.patch === v.patch;

/** The bounds of a set: its exact versions, its strictest lower and its strictest upper bound. */
function bounds(set: readonly Comparator[]): { eq: Version[]; gt?: Comparator; lt?: Comparator } {
  const eq = new Map<string, Version>();
  let gt: Comparator | undefined;
  let lt: Comparator | undefined;
  for (const c of set) {
    if (isLower(c)) gt = higherLower(gt, c);
    else if (isUpper(c)) lt = lowerUpper(lt, c);
    else eq.set(c.value, c.version!);
  }
  return { eq: [...eq.values()], ...(gt ? { gt } : {}), ...(lt ? { lt } : {}) };
}

/**
 * node-semver's `simpleSubset`: true or false, or `null` when `sub` matches nothing (a null set).
 * Its heuristic on bounds, kept so a range change reads as it did: it may answer false for a set
 * that is within the other (`^0.0.3` and `0.0.3`), and, as far as the property tests sample,
 * never true for one that is not. One correction: an exact pre-release version within its set's
 * bounds is not a null set.
 */
function setSubset(subSet: readonly Comparator[], domSet: readonly Comparator[]): boolean | null {
  if (isAny(subSet) && isAny(domSet)) return true;
  const sub = isAny(subSet) ? MINIMUM : subSet;
  const dom = isAny(domSet) ? MINIMUM : domSet;
  const { eq, gt, lt } = bounds(sub);
  if (eq.length > 1) return null;
  let gtlt: number | undefined;
  if (gt && lt) {
    gtlt = compareParsed(gt.version!, lt.version!);
    if (gtlt > 0 || (gtlt === 0 && (gt.operator !== ">=" || lt.operator !== "<="))) return null;
  }
  const [only] = eq;
  if (only) {
    // The set admits its one version when its bounds do. node-semver asks each bound alone with
    // the pre-release rule, so it takes `1.2.3-rc.1 >=1.0.0` for a null set (within anything).
    if ((gt && !comparatorAdmits(gt, only)) || (lt && !comparatorAdmits(lt, only))) return null;
    return dom.every((c) => setAdmits([c], only));
  }
  return boundsWithin(gt, lt, gtlt, dom);
}

/** Whether a set's bounds (no exact version) lie within every comparator of `dom`, as node-semver judges. */
function boundsWithin(gt: Comparator | undefined, lt: Comparator | undefined, gtlt: number | undefined, dom: readonly Comparator[]): boolean {
  let needGtPre = gt?.version!.prerelease.length ? gt.version : undefined;
  // <1.2.3-0 is the same as <1.2.3.
  const ltPre = lt?.version!.prerelease;
  let needLtPre = ltPre?.length && !(ltPre.length === 1 && lt!.operator === "<" && ltPre[0] === 0) ? lt!.version : undefined;
  let [domLower, domUpper] = [false, false];
  for (const c of dom) {
    domLower ||= isLower(c);
    domUpper ||= isUpper(c);
    if (gt) {
      if (needGtPre && samePrereleaseTuple(c, needGtPre)) needGtPre = undefined;
      if (isLower(c) ? higherLower(gt, c) !== gt : gt.operator === ">=" && !comparatorAdmits(c, gt.version!)) return false;
    }
    if (lt) {
      if (needLtPre && samePrereleaseTuple(c, needLtPre)) needLtPre = undefined;
      if (isUpper(c) ? lowerUpper(lt, c) !== lt : lt.operator === "<=" && !comparatorAdmits(c, lt.version!)) return false;
    }
    if (c.operator === "" && (lt || gt) && gtlt !== 0) return false;
  }
  // A bound on one side only is not within a comparator on the other (>1.0.0 is not within <2.0.0).
  if (gtlt !== 0 && ((gt && domUpper && !lt) || (lt && domLower && !gt))) return false;
  // A pre-release bound needs a comparator naming a pre-release of its tuple (>=1.2.3-rc.1 is not within >=1.0.0).
  return !needGtPre && !needLtPre;
}

/** Whether one set of `sub` is within one set of `dom` (a part both ranges share always is). */
const keyedSubset = (s: KeyedSet, d: KeyedSet): boolean | null => (s.key !== undefined && s.key === d.key) || setSubset(s.set, d.set);

/**
 * Whether every version in range `sub` is also in range `dom`, as node-semver's `subset` answers
 * (its heuristic on comparator bounds, pre-releases only by name): true only when it is (as far
 * as the property tests sample), but false for some ranges that are (`^0.0.3` within `0.0.3`).
 * Where node-semver answers true wrongly, for an exact pre-release version beside bounds
 * (`1.3.3-0 ^1` within `>=2 <1`, which admits nothing), the answer is false. False when either
 * range does not read (node-semver throws, except for two identical texts).
 *
 * @example
 * rangeSubset("~1.2.3", "^1.2.0"); // true
 * rangeSubset("^1.2.0", "~1.2.3"); // false
 * rangeSubset(">=1.2.3-rc.1", ">=1.0.0"); // false: it admits 1.2.3's pre-releases
 */
export function rangeSubset(sub: string, dom: string): boolean {
  const [a, b] = [parseKeyedRange(sub), parseKeyedRange(dom)];
  if (!a || !b) return false;
  if (sub === dom) return true;
  let sawNonNull = false;
  for (const s of a) {
    let within = false;
    for (const d of b) {
      const r = keyedSubset(s, d);
      sawNonNull ||= r !== null;
      if ((within = r === true)) break;
    }
    // A null set is within anything, but is ignored once a set that is not null was seen.
    if (!within && sawNonNull) return false;
  }
  return true;
}
