/**
 * Semantic versions (semver 2.0.0) read as node-semver reads them (strict mode): the text is
 * trimmed, may start with one `v`, and is at most {@link MAX_VERSION_LENGTH} characters; each
 * number must be a safe integer. Never throws: what does not read is `undefined`.
 */

/** The longest version text read (node-semver's limit). */
export const MAX_VERSION_LENGTH = 256;

/** A parsed version: numbers, pre-release identifiers (numeric ones as numbers) and build. */
export interface Version {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  readonly prerelease: readonly (string | number)[];
  readonly build: readonly string[];
  /** The normalized text: `major.minor.patch[-prerelease]`, without `v` or build. */
  readonly version: string;
}

// Pieces of the grammar, shared with ranges (range.ts). Every quantifier is bounded by the
// length limits in front of the patterns that use them.
/** A number: `0` or no leading zero. */
export const NUM = "0|[1-9]\\d*";
const PRE_ID = `(?:\\d*[a-zA-Z-][a-zA-Z0-9-]*|${NUM})`;
/** `-` and dot-separated pre-release identifiers (one capture group). */
export const PRE = `(?:-(${PRE_ID}(?:\\.${PRE_ID})*))`;
/** `+` and dot-separated build identifiers (one capture group). */
export const BUILD = "(?:\\+([a-zA-Z0-9-]+(?:\\.[a-zA-Z0-9-]+)*))";
/** A whole version with optional `v`: five capture groups. */
export const FULL_PLAIN = `v?(${NUM})\\.(${NUM})\\.(${NUM})${PRE}?${BUILD}?`;
const FULL = new RegExp(`^${FULL_PLAIN}$`);
const DIGITS = /^[0-9]+$/;

/**
 * Reads a version; `undefined` when it is not one.
 *
 * @example
 * parseVersion(" v1.2.3-beta.1+sha ")?.version; // "1.2.3-beta.1"
 */
export function parseVersion(text: string): Version | undefined {
  if (typeof text !== "string" || text.length > MAX_VERSION_LENGTH) return undefined;
  const m = FULL.exec(text.trim());
  if (!m) return undefined;
  const [major, minor, patch] = [+m[1]!, +m[2]!, +m[3]!];
  if (major > Number.MAX_SAFE_INTEGER || minor > Number.MAX_SAFE_INTEGER || patch > Number.MAX_SAFE_INTEGER) return undefined;
  const prerelease = m[4] ? m[4].split(".").map((id) => (DIGITS.test(id) && +id < Number.MAX_SAFE_INTEGER ? +id : id)) : [];
  const build = m[5] ? m[5].split(".") : [];
  const version = `${major}.${minor}.${patch}${prerelease.length ? `-${prerelease.join(".")}` : ""}`;
  return { major, minor, patch, prerelease, build, version };
}

/**
 * The normalized text of a version, or `null` when it is not one (node-semver's `valid`).
 *
 * @example
 * validVersion("v1.2.3"); // "1.2.3"
 * validVersion("1.2"); // null
 */
export function validVersion(text: string): string | null {
  return parseVersion(text)?.version ?? null;
}
