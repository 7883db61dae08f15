import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Issue } from "./issue.js";
import { boundIssues } from "./bound.js";

const finding = (code: string, i: number, severity: Issue["severity"] = "error"): Issue => ({ code, severity, pointer: `/x/${i}`, params: {} });

describe("boundIssues", () => {
  it("keeps short lists as they are", () => {
    const issues = [finding("a", 0), finding("b", 1), finding("a", 2)];
    expect(boundIssues(issues, 2)).toEqual(issues);
  });

  it("summarises a code beyond the limit once, with its count and a few examples, after its last listed finding", () => {
    const issues = [...Array.from({ length: 1000 }, (_, i) => finding("a", i, i === 999 ? "error" : "warning")), finding("b", 0)];
    const out = boundIssues(issues, 3);
    expect(out.map((i) => i.code)).toEqual(["a", "a", "a", "findings_omitted", "b"]);
    expect(out[3]).toEqual({ code: "findings_omitted", severity: "error", pointer: "", params: { code: "a", count: 997, shown: 3, examples: ["/x/3", "/x/4", "/x/5", "/x/6", "/x/7"] } });
  });

  it("never returns more than (limit + 1) findings per code, and accounts for every finding", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "b", "c", "d")), fc.integer({ min: 1, max: 5 }), (codes, limit) => {
        const out = boundIssues(codes.map((c, i) => finding(c, i)), limit);
        for (const code of new Set(codes)) {
          const listed = out.filter((i) => i.code === code).length;
          const summary = out.find((i) => i.code === "findings_omitted" && i.params["code"] === code);
          expect(listed).toBeLessThanOrEqual(limit);
          expect(listed + Number(summary?.params["count"] ?? 0)).toBe(codes.filter((c) => c === code).length);
        }
      }),
    );
  });
});
