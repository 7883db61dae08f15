/** Building changes: each carries its message rendered in every message language. */
import type { IssueParams } from "../issues/issue.js";
import { fillTemplate } from "../issues/render.js";
import { DIFF_CHANGE_MESSAGES, type ChangeMessageCode } from "./messages.js";
import type { Bump, Change, ChangeKind } from "./types.js";

/** Makes one change, rendering its message from the catalogue template `code`. */
export function makeChange(
  kind: ChangeKind,
  bump: Bump,
  code: ChangeMessageCode,
  pointer: string,
  params: IssueParams = {},
): Change {
  const def = DIFF_CHANGE_MESSAGES[code];
  return {
    pointer,
    kind,
    bump,
    code,
    params,
    message: { en: fillTemplate(def.en, params), es: fillTemplate(def.es, params) },
  };
}

/** An append-only list of changes, passed through the parts of a diff. */
export class ChangeSink {
  readonly changes: Change[] = [];

  add(kind: ChangeKind, bump: Bump, code: ChangeMessageCode, pointer: string, params: IssueParams = {}): void {
    this.changes.push(makeChange(kind, bump, code, pointer, params));
  }
}
