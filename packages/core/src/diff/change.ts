/** Building changes: each carries a message code and its params (rendered by a locale). */
import type { IssueParams } from "../issues/issue.js";
import type { ChangeMessageCode } from "./messages.js";
import type { Bump, Change, ChangeKind } from "./types.js";

/** Makes one change with its message code and params. */
export function makeChange(
  kind: ChangeKind,
  bump: Bump,
  code: ChangeMessageCode,
  pointer: string,
  params: IssueParams = {},
): Change {
  return { pointer, kind, bump, code, params };
}

/** An append-only list of changes, passed through the parts of a diff. */
export class ChangeSink {
  readonly changes: Change[] = [];

  add(kind: ChangeKind, bump: Bump, code: ChangeMessageCode, pointer: string, params: IssueParams = {}): void {
    this.changes.push(makeChange(kind, bump, code, pointer, params));
  }
}
