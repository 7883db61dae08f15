import { cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildRegistryIndex, generateKeyPair } from "@sevscale/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { keyEntry, keyringOf, makeScale, signingSetup, writeJson } from "../../test/registry-fixtures.js";
import { writeKeyPair } from "../key-files.js";
import { buildRegistry } from "./build.js";
import { indexBytes, writeRegistry } from "./build-write.js";
import { loadRegistry } from "./load.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "sevscale-write-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

class Crash extends Error {}

describe("writeRegistry order", () => {
  it("leaves a registry that checks clean, with every released version listed, whichever write it stops after", async () => {
    const src = join(dir, "src");
    const out = join(dir, "registry");
    const NOW = new Date("2026-11-23T00:00:00Z");
    const old = await signingSetup(dir, "old-key");
    await writeJson(join(src, "released.json"), makeScale("us/released"));
    await writeJson(join(src, "draft.json"), makeScale("us/draft", "0.1.0", "draft"));
    await writeJson(join(src, "abandoned.json"), makeScale("us/abandoned", "0.1.0", "draft"));
    expect((await buildRegistry(src, out, { signWith: old.privatePath, keyring: old.keyringPath, now: NOW })).ok).toBe(true);
    const pristine = join(dir, "pristine");
    await cp(out, pristine, { recursive: true });

    // The next build changes everything that can change: a new key and keyring (re-signing the
    // released version), a revised draft, an abandoned draft, a new document.
    const next = await generateKeyPair("new-key");
    const { privatePath } = await writeKeyPair(dir, next);
    const ring = keyringOf(keyEntry(old.pair), keyEntry(next));
    const ringPath = await writeJson(join(dir, "both.json"), ring);
    await writeJson(join(src, "draft.json"), makeScale("us/draft", "0.1.0", "draft", " (revised)"));
    await rm(join(src, "abandoned.json"));
    await writeJson(join(src, "new.json"), makeScale("us/new"));
    const options = { signWith: privatePath, keyring: ringPath, now: NOW };

    // The same update, uninterrupted, from the same registry (so the index's sequence moves the same way).
    await cp(pristine, join(dir, "complete"), { recursive: true });
    const complete = await buildRegistry(src, join(dir, "complete"), options);
    expect(complete.ok).toBe(true);
    let steps = 0;
    for (let stopAfter = 1; ; stopAfter++) {
      await rm(out, { recursive: true, force: true });
      await cp(pristine, out, { recursive: true });
      let writes = 0;
      const crashed = await buildRegistry(src, out, {
        ...options,
        onProgress: (p) => {
          if (p.phase === "write" && ++writes === stopAfter) throw new Crash(`stopped after write ${stopAfter}`);
        },
      }).then(
        () => false,
        (error: unknown) => {
          if (!(error instanceof Crash)) throw error;
          return true;
        },
      );
      const loaded = await loadRegistry(out, { keyring: ring });
      expect([stopAfter, loaded.issues.filter((f) => f.issue.severity === "error")]).toEqual([stopAfter, []]);
      expect([stopAfter, loaded.documents.some((d) => d.entry.id === "us/released")]).toEqual([stopAfter, true]);
      if (!crashed) break;
      steps = stopAfter;
    }
    // The update wrote many files, an interim index and the final one: each was a stopping point.
    expect(steps).toBeGreaterThan(10);
    expect(await readFile(join(out, "index.json"), "utf8")).toBe(await readFile(join(dir, "complete", "index.json"), "utf8"));
  });

  it("signs an index before writing it, so the index and its signature are written one right after the other", async () => {
    const out = join(dir, "signed");
    const first = buildRegistryIndex([], { id: "test/registry", version: "1.0.0", generated: "2026-11-23T00:00:00Z" });
    const second = buildRegistryIndex([], { id: "test/registry", version: "1.0.0", generated: "2026-11-24T00:00:00Z" });
    const seen: (string | undefined)[] = [];
    const signIndex = async (): Promise<Uint8Array> => {
      seen.push(await readFile(join(out, "index.json"), "utf8").catch(() => undefined));
      return new TextEncoder().encode(`signature ${seen.length}\n`);
    };
    await writeRegistry(out, [], undefined, first, undefined, { signIndex });
    await writeRegistry(out, [], first, second, undefined, { signIndex });
    // When each signature was made, the index on disk was still the one before it.
    expect(seen).toEqual([undefined, new TextDecoder().decode(indexBytes(first))]);
    expect(await readFile(join(out, "index.json"), "utf8")).toBe(new TextDecoder().decode(indexBytes(second)));
    expect(await readFile(join(out, "index.json.jws"), "utf8")).toBe("signature 2\n");
  });
});
