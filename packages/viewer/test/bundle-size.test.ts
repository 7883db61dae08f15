/**
 * The viewer's first view (the JavaScript a visitor fetches before clicking anything) stays within
 * its budget, and carries none of what it does not use: zod (keyrings and registry indexes are read
 * without it), jose (signatures are verified in a chunk loaded once a keyring is given) and
 * node-semver (the core's own semver reads versions). Needs the built viewer, as the end-to-end test.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIRST_VIEW_BUDGET, measureBundle } from "./bundle-size.js";
import { VIEWER_DIST } from "./harness.js";

describe("the viewer's first view", () => {
  it("stays within 110 % of its budget and leaves zod, jose and node-semver out", async () => {
    const size = await measureBundle();
    expect(size.firstViewGzip, `${size.firstViewGzip} bytes min+gzip, budget ${FIRST_VIEW_BUDGET}`).toBeLessThanOrEqual(FIRST_VIEW_BUDGET * 1.1);
    const first = size.chunks.filter((c) => c.firstView);
    expect(first.length).toBeGreaterThan(0);
    const code = first.map((c) => readFileSync(join(VIEWER_DIST, "assets", c.file), "utf8")).join("\n");
    // Markers each library's code carries (zod's class names, jose's error codes, node-semver's constants and errors), as test/cli-startup.test.ts reads them.
    expect(code).not.toContain("$ZodType");
    expect(code).not.toContain("ERR_JWS_INVALID");
    expect(code).not.toContain("SEMVER_SPEC_VERSION");
    expect(code).not.toContain("Invalid comparator");
    // The signature chunk exists and is not part of the first view.
    expect(size.chunks.some((c) => !c.firstView && readFileSync(join(VIEWER_DIST, "assets", c.file), "utf8").includes("ERR_JWS_INVALID"))).toBe(true);
  }, 120_000);
});
