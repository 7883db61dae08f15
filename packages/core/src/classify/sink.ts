/** Collects the trace and the issues of one classification, in evaluation order. */
import type { Issue, IssueParams, Severity } from "../issues/issue.js";
import { escapePointerToken } from "../issues/issue.js";
import type { TraceStep } from "./result.js";

/** Where trace steps and issues go while a method is evaluated; shared by the interpreter and the compiled classifier so both word their findings identically. */
export class Sink {
  readonly trace: TraceStep[] = [];
  readonly issues: Issue[] = [];
  /** The composite component being evaluated, stamped on its steps. */
  component: string | undefined = undefined;
  // Created on the first missing fact: most classifications have none.
  private missingSeen: Set<string> | null = null;

  /** Adds a trace step; `depth` 1 for a reason under the step before. */
  step(kind: string, params: IssueParams = {}, depth = 0): void {
    // One literal per case, with the keys always in this order: kind, params, depth, component.
    const c = this.component;
    if (depth > 0) this.trace.push(c === undefined ? { kind, params, depth } : { kind, params, depth, component: c });
    else this.trace.push(c === undefined ? { kind, params } : { kind, params, component: c });
  }

  /** Adds an issue. */
  issue(code: string, severity: Severity, pointer: string, params: IssueParams): void {
    this.issues.push({ code, severity, pointer, params });
  }

  /** Reports, once per dimension, that a fact the method needs is missing. */
  missing(dimension: string): void {
    this.missingSeen ??= new Set<string>();
    if (this.missingSeen.has(dimension)) return;
    this.missingSeen.add(dimension);
    this.issue("fact_missing", "warning", `/${escapePointerToken(dimension)}`, { dimension });
  }
}
