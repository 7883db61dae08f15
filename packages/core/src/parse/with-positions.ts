import type { Issue } from "../issues/issue.js";
import type { Locate } from "./locate.js";
import type { SourcePosition } from "./source-position.js";

/** An issue with the place in the text it refers to, when known. */
export interface PositionedIssue extends Issue {
  readonly position: SourcePosition | undefined;
}

/**
 * Adds a text position to each issue, for printing `file:line:column`. Issues that carry their own
 * `line`, `column` and `offset` params (syntax errors, duplicate keys, ...) keep those, since
 * they are more precise than their pointer; the others are located by pointer, at the member's
 * key (an unknown or misspelled key is the most common finding).
 */
export function withPositions(issues: readonly Issue[], locate: Locate): PositionedIssue[] {
  return issues.map((issue) => {
    const { line, column, offset } = issue.params;
    const position =
      typeof line === "number" && typeof column === "number" && typeof offset === "number"
        ? { line, column, offset }
        : locate(issue.pointer, "key");
    return { ...issue, position };
  });
}
