import type { Issue } from "./issue.js";

/**
 * The one error class of the toolkit: thrown only by `parse*` / `assert*` functions (and on
 * programmer errors), it carries the same issues a non-throwing function would have returned.
 */
export class SevscaleError extends Error {
  /** The findings that caused the throw; at least one is an error. */
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[]) {
    const first = issues[0];
    const more = issues.length > 1 ? ` (+${issues.length - 1} more)` : "";
    super(first ? `${first.code} at "${first.pointer}" ${JSON.stringify(first.params)}${more}` : "sevscale error");
    this.name = "SevscaleError";
    this.issues = issues;
  }
}
