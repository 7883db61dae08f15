import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeSources } from "../../test/registry-fixtures.js";
import { buildRegistry } from "./build.js";
import { checkRegistry, loadRegistry } from "./load.js";

let dir: string;
/** Registries of `n` scales and `n` mappings (each mapping checked against its scale), by n. */
const registries = new Map<number, string>();
const SIZES = [8, 32] as const;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "sevscale-stream-"));
  for (const n of SIZES) {
    await writeSources(join(dir, `src-${n}`), n);
    const out = join(dir, `registry-${n}`);
    const built = await buildRegistry(join(dir, `src-${n}`), out, { now: new Date("2026-11-23T00:00:00Z") });
    expect(built.ok).toBe(true);
    registries.set(n, out);
  }
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const codes = (r: { issues: readonly { path: string; issue: { code: string } }[] }) => r.issues.map((f) => `${f.path} ${f.issue.code}`);

describe("checkRegistry streams: memory bounded by a few documents, not by the number of entries", () => {
  it("holds at most concurrency × (document + its two scales) + cache documents at once, whatever the number of entries", async () => {
    const options = { concurrency: 2, cacheDocuments: 2 };
    const bound = options.concurrency * 3 + options.cacheDocuments;
    const peaks: number[] = [];
    for (const n of SIZES) {
      const r = await checkRegistry(registries.get(n)!, options);
      expect(r.ok).toBe(true);
      expect(r.passed).toHaveLength(2 * n);
      // Every distinct document was parsed at least once: the bound is not from skipping work.
      expect(r.stats.parsed).toBeGreaterThanOrEqual(2 * n);
      expect(r.stats.peakHeld).toBeLessThanOrEqual(bound);
      peaks.push(r.stats.peakHeld);
    }
    // Four times the entries, no more documents held at once.
    expect(peaks[1]).toBeLessThanOrEqual(bound);
    expect(peaks[1]!).toBeLessThan(2 * SIZES[1]);
  });

  it("finds exactly what loadRegistry finds, and passes the entries whose documents it returns", async () => {
    const out = registries.get(8)!;
    const scale = join(out, "us/scale-0/1.0.0/scale.json");
    const original = await readFile(scale, "utf8");
    try {
      // A level added on the host: the scale's digests fail, and its mapping lacks a record for it.
      const edited = JSON.parse(original) as { levels: unknown[] };
      edited.levels.push({ code: "M", label: { en: "Medium", es: "Medio" }, definition: { en: "Some impact.", es: "Algún impacto." } });
      await writeFile(scale, JSON.stringify(edited));
      const loaded = await loadRegistry(out);
      const checked = await checkRegistry(out, { concurrency: 1, cacheDocuments: 1, cacheBytes: 1 });
      expect(codes(checked)).toEqual(codes(loaded));
      expect(checked.passed.map((p) => p.entry.path)).toEqual(loaded.documents.map((d) => d.entry.path));
      expect(checked.rejected).toEqual(loaded.rejected);
      // The mapping was checked against the scale read back from the registry, though nothing stays cached.
      expect(codes(checked)).toContain("sevscale/scale-0-to-crs/1.0.0/mapping.json mapping_record_missing");
      expect(codes(checked).filter((c) => c.endsWith("mapping_scale_unresolved"))).toEqual([]);
    } finally {
      await writeFile(scale, original);
    }
  });

  it("parses each content once while it stays cached, and a mapping's scale at most once more when it was dropped", async () => {
    const roomy = await checkRegistry(registries.get(8)!, { concurrency: 1, cacheDocuments: 16 });
    // 16 documents; each mapping's scale comes back from the cache, not parsed again.
    expect(roomy.stats.parsed).toBe(16);
    const tight = await checkRegistry(registries.get(8)!, { concurrency: 1, cacheDocuments: 1 });
    expect(tight.stats.parsed).toBeGreaterThan(16);
    expect(tight.stats.parsed).toBeLessThanOrEqual(16 + 8);
    expect(codes(tight)).toEqual(codes(roomy));
  });
});
