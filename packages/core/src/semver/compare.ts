/** Ordering of semantic versions (semver 2.0.0 precedence), as node-semver orders them. */
import { parseVersion } from "./version.js";
import type { Version } from "./version.js";

const DIGITS = /^[0-9]+$/;

/** Orders two identifiers: numeric ones numerically and before alphanumeric ones. */
function compareIdentifiers(a: string | number, b: string | number): number {
  const an = DIGITS.test(String(a));
  const bn = DIGITS.test(String(b));
  const [x, y] = an && bn ? [+a, +b] : [a, b];
  return x === y ? 0 : an && !bn ? -1 : bn && !an ? 1 : x < y ? -1 : 1;
}

/** Orders two identifier lists element by element; a shorter list that is a prefix comes first. */
function compareLists(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; ; i++) {
    const [x, y] = [a[i], b[i]];
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? -1 : 1;
    if (x !== y) return compareIdentifiers(x, y);
  }
}

/**
 * Compares two parsed versions by precedence (build ignored): -1, 0 or 1.
 *
 * @example
 * compareParsed(parseVersion("1.0.0-rc.1")!, parseVersion("1.0.0")!); // -1
 */
export function compareParsed(a: Version, b: Version): number {
  if (a.version === b.version) return 0;
  for (const k of ["major", "minor", "patch"] as const) if (a[k] !== b[k]) return a[k] < b[k] ? -1 : 1;
  // A version without pre-release ranks above the same version with one.
  if (!a.prerelease.length || !b.prerelease.length) return a.prerelease.length ? -1 : b.prerelease.length ? 1 : 0;
  return compareLists(a.prerelease, b.prerelease);
}

/**
 * Compares two version texts by precedence: -1, 0 or 1; `undefined` when either is not a version.
 *
 * @example
 * compareVersions("1.2.3", "1.10.0"); // -1
 */
export function compareVersions(a: string, b: string): number | undefined {
  const [x, y] = [parseVersion(a), parseVersion(b)];
  return x && y ? compareParsed(x, y) : undefined;
}

/** True when `a` is a lower version than `b` (false when either is not a version). */
export const versionLt = (a: string, b: string): boolean => compareVersions(a, b) === -1;

/** True when `a` is a higher version than `b` (false when either is not a version). */
export const versionGt = (a: string, b: string): boolean => compareVersions(a, b) === 1;

/** True when `a` and `b` are versions of different precedence (false when either is not a version). */
export const versionNeq = (a: string, b: string): boolean => {
  const c = compareVersions(a, b);
  return c !== undefined && c !== 0;
};

/**
 * Sorts versions from the highest down (precedence, then build metadata, as node-semver's
 * `rsort`); texts that are not versions go last, in their order.
 *
 * @example
 * sortVersionsDescending(["1.0.0", "2.0.0", "1.5.0"]); // ["2.0.0", "1.5.0", "1.0.0"]
 */
export function sortVersionsDescending(versions: readonly string[]): string[] {
  const parsed = versions.map((text) => ({ text, v: parseVersion(text) }));
  return parsed
    .sort((a, b) => (a.v && b.v ? compareParsed(b.v, a.v) || compareLists(b.v.build, a.v.build) : a.v ? -1 : b.v ? 1 : 0))
    .map((p) => p.text);
}

/**
 * Orders two version texts from the highest down, for sorting (node-semver's `rcompare`, build
 * ignored): negative when `a` is the higher, positive when `b` is, 0 for equal precedence. Texts
 * that are not versions come after every version (0 between two of them), so it never throws.
 *
 * @example
 * ["1.0.0", "2.0.0", "1.5.0"].sort(compareVersionsDescending); // ["2.0.0", "1.5.0", "1.0.0"]
 */
export function compareVersionsDescending(a: string, b: string): number {
  const [x, y] = [parseVersion(a), parseVersion(b)];
  return x && y ? compareParsed(y, x) : x ? -1 : y ? 1 : 0;
}
