/** Collects the trace and the issues of one classification, in evaluation order. */
import type { Issue, IssueParams, Severity } from "../issues/issue.js";
import type { TraceStep } from "./result.js";

/** Where trace steps and issues go while a method is evaluated; shared by the interpreter and the compiled classifier so both word their findings identically. */
export class Sink {
  readonly trace: TraceStep[] = [];
  readonly issues: Issue[] = [];
  /** The composite component being evaluated, stamped on its steps. */
  component: string | undefined = undefined;
  /**
   * Missing facts that could change the result, in the order found (repeats allowed); a
   * composite that is decided all the same drops them. They become `fact_missing` issues when the
   * result is assembled.
   */
  readonly pending: string[] = [];

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

  /** Notes that a missing fact could change the result. */
  missing(dimension: string): void {
    this.pending.push(dimension);
  }
}

/** A sink that keeps nothing, for the batch path where a shared helper wants one. */
class QuietSink extends Sink {
  override step(): void {}
  override issue(): void {}
  override missing(): void {}
}

/** The one sink that keeps nothing. */
export const QUIET: Sink = /* @__PURE__ */ new QuietSink();
