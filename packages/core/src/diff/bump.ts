/**
 * Semver arithmetic of the diff: ordering bumps, reading the bump two version fields declare,
 * and computing the version a required bump leads to.
 */
import { versionLt } from "../semver/compare.js";
import { versionDifference } from "../semver/difference.js";
import { incrementVersion } from "../semver/increment.js";
import { validVersion } from "../semver/version.js";
import type { Bump, DeclaredBump, RequiredBump } from "./types.js";

const ORDER: Readonly<Record<RequiredBump, number>> = { none: 0, patch: 1, minor: 2, major: 3 };

/** The larger of two bumps. */
export function maxBump<A extends RequiredBump, B extends RequiredBump>(a: A, b: B): A | B {
  return ORDER[a] >= ORDER[b] ? a : b;
}

/** The bump a list of changes requires: the largest of theirs, "none" for no changes. */
export function requiredBump(bumps: Iterable<Bump>): RequiredBump {
  let out: RequiredBump = "none";
  for (const b of bumps) out = maxBump(out, b);
  return out;
}

/** True when a declared bump is at least the required one ("invalid" satisfies nothing). */
export function bumpSatisfies(declared: DeclaredBump, required: RequiredBump): boolean {
  if (declared === "invalid") return false;
  return ORDER[declared] >= ORDER[required];
}

/**
 * The bump from `oldVersion` to `newVersion`. Pre-releases count as the bump they lead to
 * (1.2.3 → 2.0.0-rc.1 is major); moving between pre-releases of one version ("prerelease") may
 * carry any change, so it counts as major (semver 2.0.0 §9: pre-releases are unstable). Equal
 * precedence (build metadata aside) is "none"; a lower version or a non-semver field is "invalid".
 */
export function declaredBump(oldVersion: string, newVersion: string): DeclaredBump {
  if (typeof oldVersion !== "string" || typeof newVersion !== "string") return "invalid";
  if (validVersion(oldVersion) === null || validVersion(newVersion) === null) return "invalid";
  if (versionLt(newVersion, oldVersion)) return "invalid";
  const d = versionDifference(oldVersion, newVersion);
  switch (d) {
    case null:
      return "none";
    case "major":
    case "premajor":
    case "prerelease":
      return "major";
    case "minor":
    case "preminor":
      return "minor";
    case "patch":
    case "prepatch":
      return "patch";
    default:
      return "major";
  }
}

/**
 * The version that follows `oldVersion` with exactly the required bump ("none" keeps it). A
 * pre-release is released as its own version when that is enough (2.0.0-rc.1 + major → 2.0.0).
 * Null when `oldVersion` is not a semantic version.
 */
export function requiredVersion(oldVersion: string, required: RequiredBump): string | null {
  if (typeof oldVersion !== "string" || validVersion(oldVersion) === null) return null;
  if (required === "none") return oldVersion;
  return incrementVersion(oldVersion, required);
}
