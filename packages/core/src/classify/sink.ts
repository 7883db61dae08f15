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
  private readonly missingSeen = new Set<string>();

  /** Adds a trace step; `depth` 1 for a reason under the step before. */
  step(kind: string, params: IssueParams = {}, depth = 0): void {
    const s: { kind: string; params: IssueParams; depth?: number; component?: string } = { kind, params };
    if (depth > 0) s.depth = depth;
    if (this.component !== undefined) s.component = this.component;
    this.trace.push(s);
  }

  /** Adds an issue. */
  issue(code: string, severity: Severity, pointer: string, params: IssueParams): void {
    this.issues.push({ code, severity, pointer, params });
  }

  /** Reports, once per dimension, that a fact the method needs is missing. */
  missing(dimension: string): void {
    if (this.missingSeen.has(dimension)) return;
    this.missingSeen.add(dimension);
    this.issue("fact_missing", "warning", `/${escapePointerToken(dimension)}`, { dimension });
  }
}
