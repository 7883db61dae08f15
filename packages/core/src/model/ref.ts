/**
 * References to documents: `<id>@<version>` (`supersedes`, `<id>@<version>#<level>`), or `<id>` /
 * `<id>@<semver range>` (a related scale). One split for every reader of them, so validation, diff
 * and the related-scale rules never disagree about where the id ends. No zod, no semver: the viewer
 * bundles its callers.
 */

/** A reference split into its document id and the version (or range) after the `@`, if any. */
export interface SplitRef {
  /** The document id: the text before the last `@`, or the whole reference when it has none. */
  readonly id: string;
  /** The text after the last `@` (possibly empty); undefined when the reference has no `@`. */
  readonly version?: string;
}

/**
 * Splits `<id>@<version|range>` at the last `@` (neither an id nor a semver version or range
 * contains one). Checks nothing: the caller tests the id and the version as its rule needs.
 * @example splitRef("mx/national@1.0.0") // { id: "mx/national", version: "1.0.0" }
 * @example splitRef("es/ccn-impacto") // { id: "es/ccn-impacto" }
 */
export function splitRef(ref: string): SplitRef {
  const at = ref.lastIndexOf("@");
  return at < 0 ? { id: ref } : { id: ref.slice(0, at), version: ref.slice(at + 1) };
}

/** The id part of a `<id>@<version>` or `<id>@<range>` reference (the whole text when it has no `@`). */
export function refId(ref: string): string {
  return splitRef(ref).id;
}
