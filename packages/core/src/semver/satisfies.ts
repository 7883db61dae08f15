/** Whether versions lie in ranges, as node-semver decides (pre-releases only by name). */
import { compareParsed } from "./compare.js";
import { parseRange } from "./range.js";
import type { Comparator, ComparatorSets } from "./range.js";
import { parseVersion } from "./version.js";
import type { Version } from "./version.js";

/**
 * Whether one comparator admits a version by its operator alone (node-semver's
 * `Comparator.test`: no pre-release rule; "any version" admits everything).
 */
export function comparatorAdmits(c: Comparator, v: Version): boolean {
  if (!c.version) return true;
  const d = compareParsed(v, c.version);
  return c.operator === "" ? d === 0 : c.operator === "<" ? d < 0 : c.operator === ">" ? d > 0 : c.operator === "<=" ? d <= 0 : d >= 0;
}

/**
 * Whether a set of comparators admits a version: all of them do, and a pre-release version is
 * admitted only when a comparator names a pre-release of the same `major.minor.patch`.
 */
export function setAdmits(set: readonly Comparator[], v: Version): boolean {
  if (!set.every((c) => comparatorAdmits(c, v))) return false;
  return !v.prerelease.length || set.some((c) => !!c.version?.prerelease.length && c.version.major === v.major && c.version.minor === v.minor && c.version.patch === v.patch);
}

/** Whether parsed sets admit a version text (false when it is not a version). */
export const setsAdmit = (sets: ComparatorSets, version: string): boolean => {
  const v = parseVersion(version);
  return !!v && sets.some((s) => setAdmits(s, v));
};

/**
 * Whether `version` lies in `range` (node-semver's `satisfies`); false when either does not read.
 *
 * @example
 * satisfies("1.4.0", "^1.2"); // true
 * satisfies("2.0.0-rc.1", "^1.2"); // false
 */
export function satisfies(version: string, range: string): boolean {
  const sets = parseRange(range);
  return !!sets && setsAdmit(sets, version);
}

/**
 * The highest of `versions` that lies in `range` (the text as given), or `null` when none does or
 * the range does not read (node-semver's `maxSatisfying`).
 *
 * @example
 * maxSatisfying(["1.0.0", "1.4.0", "2.0.0"], "^1.0.0"); // "1.4.0"
 */
export function maxSatisfying(versions: readonly string[], range: string): string | null {
  const sets = parseRange(range);
  let max: { text: string; v: Version } | undefined;
  for (const text of sets ? versions : []) {
    const v = parseVersion(text);
    if (v && sets!.some((s) => setAdmits(s, v)) && (!max || compareParsed(max.v, v) === -1)) max = { text, v };
  }
  return max?.text ?? null;
}
