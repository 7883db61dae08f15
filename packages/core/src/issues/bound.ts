import type { Issue, Severity } from "./issue.js";

/** Findings of one code listed one by one before the rest are summarised (see {@link boundIssues}). */
export const ISSUES_PER_CODE = 20;
/** Pointers of omitted findings quoted as examples in the summary. */
const EXAMPLES = 5;

const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/**
 * Bounds a list of findings by the input's size rather than by the product of its parts: of each
 * code, the first `perCode` findings are kept as they are, and the rest become one
 * `findings_omitted` finding (with the most serious severity among them) carrying the code, how
 * many were left out (`count`) and the pointers of a few (`examples`). Order is kept; the summary
 * follows the last kept finding of its code. Linear in the number of findings.
 */
export function boundIssues(issues: readonly Issue[], perCode = ISSUES_PER_CODE): Issue[] {
  const seen = new Map<string, number>();
  let over = false;
  for (const i of issues) {
    const n = (seen.get(i.code) ?? 0) + 1;
    seen.set(i.code, n);
    if (n > perCode) over = true;
  }
  if (!over) return [...issues];
  const kept: Issue[] = [];
  const omitted = new Map<string, { count: number; severity: Severity; examples: string[]; after: number }>();
  const shown = new Map<string, number>();
  for (const i of issues) {
    const n = (shown.get(i.code) ?? 0) + 1;
    shown.set(i.code, n);
    if (n <= perCode) {
      kept.push(i);
      continue;
    }
    const o = omitted.get(i.code) ?? { count: 0, severity: i.severity, examples: [], after: kept.length };
    o.count++;
    if (RANK[i.severity] < RANK[o.severity]) o.severity = i.severity;
    if (o.examples.length < EXAMPLES) o.examples.push(i.pointer === "" ? "/" : i.pointer);
    omitted.set(i.code, o);
  }
  // Each summary goes right after the last finding of its code that was kept.
  const out: Issue[] = [];
  const byPosition = new Map<number, Issue[]>();
  for (const [code, o] of omitted) {
    const summary: Issue = { code: "findings_omitted", severity: o.severity, pointer: "", params: { code, count: o.count, shown: perCode, examples: o.examples } };
    const list = byPosition.get(o.after) ?? [];
    list.push(summary);
    byPosition.set(o.after, list);
  }
  kept.forEach((issue, k) => {
    out.push(issue);
    const list = byPosition.get(k + 1);
    if (list) out.push(...list);
  });
  return out;
}
