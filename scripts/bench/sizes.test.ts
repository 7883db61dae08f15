/**
 * Bundle-size budgets of the packed @sevscale/core (scripts/bench/sizes.ts): fails when a bundle
 * exceeds its budget by more than 10 %. The figures themselves go to docs/benchmarks.md.
 */
import { describe, expect, it } from "vitest";
import { breakdown, sourceGroup } from "./sizes-breakdown.js";
import { SIZE_CASES, bundlePacked, gzipSize, measureSizes } from "./sizes.js";

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

describe("the breakdown of the viewer's set (scripts/bench/sizes-breakdown.ts)", () => {
  it("attributes the bundle's bytes to the core's folders and its dependencies", async () => {
    const [bundle] = await bundlePacked([SIZE_CASES[0]!], { sourcemap: true });
    const parts = breakdown(bundle!.code, bundle!.map!);
    const attributed = parts.reduce((n, p) => n + p.minified, 0);
    expect(attributed).toBeLessThanOrEqual(Buffer.byteLength(bundle!.code));
    expect(attributed).toBeGreaterThan(0.9 * Buffer.byteLength(bundle!.code));
    const groups = parts.map((p) => p.group);
    expect(groups).toContain("core validate/");
    expect(groups).toContain("core locales/en/validate");
    expect(groups).toContain("core parse/");
    // Positions and syntax errors come from the core's own scanner and tree (jsonc-parser is only their test oracle).
    expect(groups).not.toContain("jsonc-parser");
    for (const p of parts) expect(p.gzipCost).toBeLessThanOrEqual(gzipSize(bundle!.code));
  }, 120_000);

  it("keeps zod out of the viewer's set: validation runs on the generated structure table (a zod import in a rule once added 29 KB)", async () => {
    const [bundle] = await bundlePacked([SIZE_CASES[0]!], { sourcemap: true });
    const groups = breakdown(bundle!.code, bundle!.map!).map((p) => p.group);
    expect(groups).toContain("canonicalize"); // the attribution names dependencies, so an absent zod means absent
    expect(groups).not.toContain("zod");
    // Versions and ranges are read by the core's own semver/.
    expect(groups).toContain("core semver/");
    expect(groups).not.toContain("semver");
  }, 120_000);

  it("keeps zod out of what a page that reads a registry imports: keyrings and indexes are read without it", async () => {
    const registryCase = SIZE_CASES.find((c) => c.name.startsWith("reading a registry"))!;
    const [bundle] = await bundlePacked([registryCase], { sourcemap: true });
    const groups = breakdown(bundle!.code, bundle!.map!).map((p) => p.group);
    expect(groups).toContain("jose"); // dependencies are named, so an absent zod means absent
    expect(groups).toContain("core integrity/");
    expect(groups).not.toContain("zod");
  }, 120_000);

  it("keeps node-semver out of every size case: versions, ranges and the diff's bumps are the core's own semver/ (node-semver is only a test oracle)", async () => {
    // The check reads the sources of each bundle's map: a node-semver module would be the group "semver".
    expect(sourceGroup("../../node_modules/.pnpm/semver@7.8.6/node_modules/semver/ranges/subset.js")).toBe("semver");
    const bundles = await bundlePacked(SIZE_CASES, { sourcemap: true });
    for (const b of bundles) {
      const groups = new Set((JSON.parse(b.map!) as { sources: string[] }).sources.map(sourceGroup));
      expect(groups.has("semver"), b.case.name).toBe(false);
    }
    const whole = bundles.find((b) => b.case.entry.includes("export *"))!;
    const wholeGroups = new Set((JSON.parse(whole.map!) as { sources: string[] }).sources.map(sourceGroup));
    expect(wholeGroups).toContain("core semver/");
    expect(wholeGroups).toContain("zod"); // the map names dependencies, so an absent semver means absent
  }, 180_000);
});
