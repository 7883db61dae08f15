/**
 * Bundle-size budgets of the packed @sevscale/core (scripts/bench/sizes.ts): fails when a bundle
 * exceeds its budget by more than 10 %. The figures themselves go to docs/benchmarks.md.
 */
import { describe, expect, it } from "vitest";
import { measureSizes } from "./sizes.js";

describe("bundle sizes of the packed core", () => {
  it("stay within 110 % of their budgets", async () => {
    const results = await measureSizes();
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) {
      expect(r.gzipped, `${r.case.name}: ${r.gzipped} bytes min+gzip, budget ${r.case.budget}`).toBeLessThanOrEqual(r.case.budget * 1.1);
      expect(r.gzipped).toBeGreaterThan(0);
    }
  }, 120_000);
});
