/** assessmentThread: the assessments of one incident, in the order they superseded each other. */
import type { Issue } from "../issues/issue.js";
import type { Assessment } from "../model/assessment.js";
import type { Scale } from "../model/scale.js";
import type { AssessmentCode } from "./messages.js";
import { describeResult, resultBounds } from "./result.js";
import { ASSESSMENT_SEVERITIES, severityIn } from "../generated/severities.js";

/** How the rating changed from the assessment before. */
export type RatingChange = "first" | "unchanged" | "raised" | "lowered" | "narrowed" | "widened" | "changed";

/** One assessment of the thread and how it changed the rating. */
export interface ThreadStep {
  readonly id: string;
  readonly assessed: string;
  /** The result as text (`C3`, `C2–C4`, with the score). */
  readonly result: string;
  readonly change: RatingChange;
}

/** The thread: the incident, the steps oldest first, and what does not fit. */
export interface AssessmentThread {
  readonly incident: string | undefined;
  readonly steps: readonly ThreadStep[];
  readonly issues: readonly Issue[];
}

function finding(code: AssessmentCode, params: Issue["params"]): Issue {
  return { code, severity: severityIn(ASSESSMENT_SEVERITIES, code), pointer: "", params };
}

/**
 * How a result changed, by level rank when the scale is known: `narrowed` (the new levels lie
 * within the old), `widened` (the old within the new), `raised` / `lowered` (both bounds moved up /
 * down); else `changed`. Without the scale only `unchanged` or `changed`.
 */
export function ratingChange(before: Assessment, after: Assessment, scale?: Scale): RatingChange {
  if (describeResult(before.result) === describeResult(after.result)) return "unchanged";
  if (scale === undefined || before.scale.id !== after.scale.id) return "changed";
  const rank = (code: string) => scale.levels.findIndex((l) => l.code === code);
  const a = resultBounds(before.result);
  const b = resultBounds(after.result);
  const [a0, a1, b0, b1] = [rank(a.atLeast), rank(a.atMost), rank(b.atLeast), rank(b.atMost)];
  if ([a0, a1, b0, b1].some((r) => r < 0)) return "changed";
  if (b0 >= a0 && b1 <= a1) return "narrowed";
  if (b0 <= a0 && b1 >= a1) return "widened";
  if (b0 >= a0 && b1 >= a1) return "raised";
  if (b0 <= a0 && b1 <= a1) return "lowered";
  return "changed";
}

/**
 * Orders assessments of one incident by `supersedes` (each names the one it replaces) and says how
 * the rating changed at each step. Findings: another incident in the thread, a supersedes that
 * names an assessment not given (the chain starts there), two assessments superseding the same
 * one (a fork), or a cycle. `scales` (any versions the assessments name) let changes be ranked.
 */
export function assessmentThread(assessments: readonly Assessment[], scales: readonly Scale[] = []): AssessmentThread {
  const issues: Issue[] = [];
  const incident = assessments[0]?.incident.reference;
  for (const a of assessments) {
    if (a.incident.reference !== incident) issues.push(finding("assessment_thread_incident", { id: a.id, found: a.incident.reference, expected: incident ?? "" }));
  }
  const byId = new Map(assessments.map((a) => [a.id, a] as const));
  const successors = new Map<string, Assessment[]>();
  for (const a of assessments) {
    if (a.supersedes === undefined) continue;
    if (!byId.has(a.supersedes)) issues.push(finding("assessment_thread_missing", { id: a.id, supersedes: a.supersedes }));
    successors.set(a.supersedes, [...(successors.get(a.supersedes) ?? []), a]);
  }
  for (const [supersedes, list] of successors) {
    if (list.length > 1) issues.push(finding("assessment_thread_fork", { supersedes, ids: list.map((a) => a.id) }));
  }
  const roots = assessments.filter((a) => a.supersedes === undefined || !byId.has(a.supersedes));
  const ordered: Assessment[] = [];
  const seen = new Set<string>();
  for (const root of [...roots].sort((x, y) => (x.assessed < y.assessed ? -1 : x.assessed > y.assessed ? 1 : 0))) {
    let next: Assessment | undefined = root;
    while (next !== undefined && !seen.has(next.id)) {
      seen.add(next.id);
      ordered.push(next);
      next = successors.get(next.id)?.[0];
    }
  }
  const circular = assessments.filter((a) => !seen.has(a.id));
  if (circular.length > 0) issues.push(finding("assessment_thread_cycle", { ids: circular.map((a) => a.id) }));
  const scaleOf = (a: Assessment) => scales.find((s) => s.id === a.scale.id && s.version === a.scale.version) ?? scales.find((s) => s.id === a.scale.id);
  const steps = ordered.map((a, i): ThreadStep => ({
    id: a.id,
    assessed: a.assessed,
    result: describeResult(a.result),
    change: i === 0 || ordered[i - 1]!.id !== a.supersedes ? "first" : ratingChange(ordered[i - 1]!, a, scaleOf(a)),
  }));
  return { incident, steps, issues };
}
