/** The next version for a release of one part, as node-semver's `inc` computes it. */
import { parseVersion } from "./version.js";

/** The parts a release can increment. */
export type ReleasePart = "major" | "minor" | "patch";

/**
 * The version that follows `version` with a release of `part` (node-semver's `inc` for
 * `major`, `minor` and `patch`): that part plus one and the lower parts zero, pre-release and
 * build dropped. A pre-release is released as its own version when it already is that release
 * (2.0.0-rc.1 → 2.0.0 for `major`, 1.2.0-1 → 1.2.0 for `minor`, 1.2.3-1 → 1.2.3 for `patch`).
 * `null` when `version` is not a version. Past 2^53 − 1 the result is no longer a version that reads
 * (as with node-semver).
 *
 * @example
 * incrementVersion("1.2.3", "minor"); // "1.3.0"
 * incrementVersion("2.0.0-rc.1", "major"); // "2.0.0"
 * incrementVersion("1.2", "patch"); // null
 */
export function incrementVersion(version: string, part: ReleasePart): string | null {
  const v = parseVersion(version);
  if (!v) return null;
  const pre = v.prerelease.length > 0;
  const { major, minor, patch } = v;
  if (part === "major") return `${minor || patch || !pre ? major + 1 : major}.0.0`;
  if (part === "minor") return `${major}.${patch || !pre ? minor + 1 : minor}.0`;
  return `${major}.${minor}.${pre ? patch : patch + 1}`;
}
