/** The kind of release between two versions, as node-semver's `diff` names it. */
import { compareParsed } from "./compare.js";
import { parseVersion } from "./version.js";
import type { Version } from "./version.js";

/** What differs between two versions: the highest part that changed, `pre…` when the higher is a pre-release. */
export type VersionDifference = "major" | "premajor" | "minor" | "preminor" | "patch" | "prepatch" | "prerelease";

/** The difference when the lower version is a pre-release and the higher is not; undefined when the parts decide. */
function releasedDifference(low: Version, high: Version): VersionDifference | undefined {
  // 1.0.0-1 → 1.0.0, 1.1.1 or 2.0.0: a pre-release of a major version always leads to a major release.
  if (!low.minor && !low.patch) return "major";
  // Released as its own version: 1.2.0-1 → 1.2.0 is minor, 1.2.3-1 → 1.2.3 is patch.
  if (low.major === high.major && low.minor === high.minor && low.patch === high.patch) return low.minor && !low.patch ? "minor" : "patch";
  return undefined;
}

/**
 * The kind of release from one version to the other, in either order (node-semver's `diff`):
 * `major`, `minor` or `patch` for the highest part that differs, with `pre` before it when the
 * higher version is a pre-release; `prerelease` between two pre-releases of one version. A
 * pre-release released as its own version counts as the part it was a pre-release of. `null` for
 * versions of equal precedence (build aside); `undefined` when either text is not a version.
 *
 * @example
 * versionDifference("1.2.3", "1.3.0"); // "minor"
 * versionDifference("1.2.3", "2.0.0-rc.1"); // "premajor"
 * versionDifference("2.0.0-rc.1", "2.0.0"); // "major"
 * versionDifference("1.2.3", "1.2.3+build"); // null
 */
export function versionDifference(a: string, b: string): VersionDifference | null | undefined {
  const [x, y] = [parseVersion(a), parseVersion(b)];
  if (!x || !y) return undefined;
  const order = compareParsed(x, y);
  if (order === 0) return null;
  const [low, high] = order > 0 ? [y, x] : [x, y];
  const released = low.prerelease.length && !high.prerelease.length ? releasedDifference(low, high) : undefined;
  if (released) return released;
  const pre = high.prerelease.length ? "pre" : "";
  for (const part of ["major", "minor", "patch"] as const) if (x[part] !== y[part]) return `${pre}${part}`;
  return "prerelease";
}
