import { join } from "node:path";
import type { Progress } from "@sevscale/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateFiles } from "./validate-files.js";

const EXAMPLES = join(import.meta.dirname, "..", "..", "..", "examples");
/** Documents of every kind and files that cannot be used: a missing one, a folder given as a file. */
const FILES = [
  ...["au-asd", "gb-ncsc-2018", "us-nciss"].map((n) => join(EXAMPLES, "scales", `${n}.json`)),
  ...["au-asd-to-crs", "us-ciss-to-crs"].map((n) => join(EXAMPLES, "mappings", `${n}.json`)),
  join(EXAMPLES, "no-such-file.json"),
  join(EXAMPLES, "scales"),
];

describe("validateFiles progress", () => {
  it("reports each file read, then each file validated, up to the number of files, and the reports do not change", async () => {
    await fc.assert(
      fc.asyncProperty(fc.subarray(FILES), async (paths) => {
        const seen: Progress[] = [];
        const reports = await validateFiles(paths, { onProgress: (p) => seen.push(p) });
        const n = paths.length;
        const steps = (phase: string) => Array.from({ length: n }, (_, i) => ({ phase, done: i + 1, total: n }));
        expect(seen).toEqual([...steps("read"), ...steps("check")]);
        expect(reports).toEqual(await validateFiles(paths));
      }),
      { numRuns: 15 },
    );
  });
});
