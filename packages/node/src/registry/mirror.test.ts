/**
 * Federation over real static web servers on 127.0.0.1: Python's `http.server` (Last-Modified,
 * If-Modified-Since) for one member, sirv through `serveStatic` (ETag, If-None-Match) for the
 * other. No hand-written handler serves a registry here.
 */
import { spawn } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import { cp, mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { emptyRegistryState } from "@sevscale/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeScale, signingSetup, writeJson } from "../../test/registry-fixtures.js";
import type { StaticServer } from "../serve.js";
import { serveStatic } from "../serve.js";
import { buildRegistry } from "./build.js";
import { memoryHttpCache } from "./http-source.js";
import { checkRegistry } from "./load.js";
import type { MirrorProgress } from "./mirror.js";
import { mirrorRegistries } from "./mirror.js";

let dir: string;
const stops: (() => Promise<void>)[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "sevscale-mirror-"));
});
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
  await rm(dir, { recursive: true, force: true });
});

/** `python3 -m http.server` on a free port of 127.0.0.1, serving `root`; its base URL. */
async function python(root: string): Promise<string> {
  const proc: ChildProcess = spawn("python3", ["-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", root], { stdio: ["ignore", "pipe", "pipe"] });
  stops.push(async () => {
    proc.kill();
    await new Promise((ok) => proc.once("exit", ok));
  });
  return new Promise((ok, fail) => {
    let text = "";
    proc.stdout!.on("data", (d: Buffer) => {
      text += d.toString();
      const m = /port (\d+)/.exec(text);
      if (m) ok(`http://127.0.0.1:${m[1]}/`);
    });
    proc.once("exit", (code) => fail(new Error(`http.server exited ${code}: ${text}`)));
  });
}

async function sirv(root: string): Promise<string> {
  const server: StaticServer = await serveStatic({ roots: [root] });
  stops.push(() => server.close());
  return server.url;
}

const AT = new Date("2026-11-24T00:00:00Z");
const EXPIRES = new Date("2026-12-31T00:00:00Z");

describe("conditional requests", () => {
  it("a second check over HTTP with a cache is answered 304 Not Modified for every file, and finds the same", async () => {
    const keys = await signingSetup(dir);
    await writeJson(join(dir, "src", "a.json"), makeScale("us/a"));
    expect((await buildRegistry(join(dir, "src"), join(dir, "reg"), { signWith: keys.privatePath, keyring: keys.keyringPath, id: "x-org.example/reg", expires: EXPIRES })).ok).toBe(true);
    const url = await sirv(join(dir, "reg"));
    const cache = memoryHttpCache();
    const first = await checkRegistry(url, { keyring: keys.keyring, at: AT, httpCache: cache });
    expect([first.ok, cache.stats.notModified]).toEqual([true, 0]);
    const stored = cache.stats.stored;
    // index.json, its signature, the scale's four files, the keyring's three.
    expect(stored).toBe(2 + 4 + 3);
    const second = await checkRegistry(url, { keyring: keys.keyring, at: AT, httpCache: cache });
    expect([second.ok, second.issues, cache.stats.notModified, cache.stats.stored]).toEqual([true, first.issues, stored, stored]);
  });
});

describe("registry mirror", () => {
  it("mirrors two members byte for byte, re-fetches only what changed, and refuses a rolled-back member while keeping the other", async () => {
    const keys = await signingSetup(dir);
    const build = (src: string, out: string, id: string) =>
      buildRegistry(src, out, { signWith: keys.privatePath, keyring: keys.keyringPath, now: new Date("2026-11-23T00:00:00Z"), id, expires: EXPIRES, publisher: { name: id } });
    await writeJson(join(dir, "src-mx", "a.json"), makeScale("us/a"));
    await writeJson(join(dir, "src-br", "b.json"), makeScale("gb/b"));
    expect((await build(join(dir, "src-mx"), join(dir, "mx"), "x-org.example/mx")).ok).toBe(true);
    expect((await build(join(dir, "src-br"), join(dir, "br"), "x-org.example/br")).ok).toBe(true);
    const brOld = join(dir, "br-old");
    await cp(join(dir, "br"), brOld, { recursive: true });
    await writeJson(join(dir, "src-br", "c.json"), makeScale("gb/c"));
    expect((await build(join(dir, "src-br"), join(dir, "br"), "x-org.example/br")).ok).toBe(true);

    const mx = await python(join(dir, "mx"));
    const br = await sirv(join(dir, "br"));
    const out = join(dir, "aggregate");
    const state = emptyRegistryState();
    const cache = memoryHttpCache();
    const options = { keyring: keys.keyring, at: AT, state, cache, id: "x-org.example/region" };
    const providers = [`${mx}.well-known/sevscale.json`, br];

    const first = await mirrorRegistries(providers, out, options);
    expect(first.issues.filter((f) => f.issue.severity === "error")).toEqual([]);
    expect(first.members.map((m) => [m.id, m.status, m.sequence])).toEqual([
      ["x-org.example/mx", "mirrored", 1],
      ["x-org.example/br", "mirrored", 2],
    ]);
    expect(first.index?.providers?.map((p) => [p.id, p.path, p.sequence])).toEqual([
      ["x-org.example/br", "providers/x-org.example/br", 2],
      ["x-org.example/mx", "providers/x-org.example/mx", 1],
    ]);
    // Byte for byte: every file of each member, as its publisher wrote it.
    for (const [name, id] of [["mx", "x-org.example/mx"], ["br", "x-org.example/br"]] as const) {
      const files = (await readdir(join(dir, name), { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(join(dir, name).length + 1));
      expect(files.length).toBeGreaterThan(8);
      for (const f of files) expect([f, await readFile(join(out, "providers", id, f), "utf8")]).toEqual([f, await readFile(join(dir, name, f), "utf8")]);
    }
    // `registry check` verifies the aggregate: each member with its keys and its own index signature.
    const checked = await checkRegistry(out, { keyring: keys.keyring, at: AT });
    expect(checked.issues.filter((f) => f.issue.severity === "error")).toEqual([]);
    expect(checked.passed.map((p) => p.entry.path)).toContain("providers/x-org.example/br/gb/c/1.0.0/scale.json");

    // Again: nothing changed, so no document is requested, and the index and metadata are answered 304.
    const second = await mirrorRegistries(providers, out, options);
    expect(second.ok).toBe(true);
    // Reused: each signed scale's four files and the keyring's three (it is not signed).
    expect(second.members.map((m) => m.reused)).toEqual([4 + 3, 2 * 4 + 3]);
    expect(cache.stats.notModified).toBeGreaterThanOrEqual(2 * 3);
    expect(second.index?.sequence).toBe(first.index?.sequence);

    // The br host now serves its older (genuine, signed) registry: refused, and its copy kept.
    await rm(join(dir, "br"), { recursive: true });
    await cp(brOld, join(dir, "br"), { recursive: true });
    const third = await mirrorRegistries(providers, out, options);
    expect(third.ok).toBe(false);
    expect(third.members.map((m) => [m.id, m.status])).toEqual([
      ["x-org.example/mx", "mirrored"],
      ["x-org.example/br", "refused"],
    ]);
    expect(third.issues.filter((f) => f.issue.severity === "error").map((f) => [f.path, f.issue.code, f.issue.params])).toEqual([
      [`${br} index.json`, "registry_rollback", { sequence: 1, last: 2 }],
      [br, "registry_provider_refused", { url: br, kept: 2 }],
    ]);
    expect(third.index?.providers?.map((p) => [p.id, p.sequence])).toEqual([
      ["x-org.example/br", 2],
      ["x-org.example/mx", 1],
    ]);
    const after = await checkRegistry(out, { keyring: keys.keyring, at: AT });
    expect(after.issues.filter((f) => f.issue.severity === "error")).toEqual([]);
    expect(after.passed.map((p) => p.entry.path)).toContain("providers/x-org.example/br/gb/c/1.0.0/scale.json");

    // The br host is gone altogether: refused by its URL, and its copy still kept.
    await stops.pop()!();
    const fourth = await mirrorRegistries(providers, out, options);
    expect(fourth.members.map((m) => [m.id, m.status])).toEqual([
      ["x-org.example/mx", "mirrored"],
      ["x-org.example/br", "refused"],
    ]);
    expect(fourth.issues.filter((f) => f.issue.severity === "error").map((f) => f.issue.code)).toEqual(["registry_fetch_failed", "registry_provider_refused"]);
    expect(fourth.index?.providers?.map((p) => p.id)).toEqual(["x-org.example/br", "x-org.example/mx"]);
    expect((await checkRegistry(out, { keyring: keys.keyring, at: AT })).ok).toBe(true);
  });

  it("reports each member's entries fetched (or reused), then verified, up to their number, and the outcome does not change", async () => {
    const keys = await signingSetup(dir);
    await writeJson(join(dir, "src-a", "a.json"), makeScale("us/a"));
    await writeJson(join(dir, "src-b", "b.json"), makeScale("gb/b"));
    await writeJson(join(dir, "src-b", "c.json"), makeScale("gb/c"));
    for (const name of ["a", "b"]) {
      const built = await buildRegistry(join(dir, `src-${name}`), join(dir, name), { signWith: keys.privatePath, keyring: keys.keyringPath, id: `x-org.example/${name}`, expires: EXPIRES });
      expect(built.ok).toBe(true);
    }
    const providers = [await sirv(join(dir, "a")), await sirv(join(dir, "b"))];
    const seen: MirrorProgress[] = [];
    const mirror = (out: string, onProgress?: (p: MirrorProgress) => void) => mirrorRegistries(providers, join(dir, out), { keyring: keys.keyring, at: AT, ...(onProgress ? { onProgress } : {}) });
    const watched = await mirror("watched", (p) => seen.push(p));
    const plain = await mirror("plain");
    expect([watched.ok, watched.members, watched.issues]).toEqual([plain.ok, plain.members, plain.issues]);
    // Entries per member: its scales and the keyring the build publishes.
    const entries = await Promise.all(["a", "b"].map(async (n) => (JSON.parse(await readFile(join(dir, n, "index.json"), "utf8")) as { documents: unknown[] }).documents.length));
    const expected = entries.flatMap((total, member) =>
      (["fetch", "check"] as const).flatMap((phase) => Array.from({ length: total }, (_, k) => ({ phase, done: k + 1, total, member, members: 2 }))),
    );
    expect(seen).toEqual(expected);
    // Again into the same aggregate: nothing changed, every entry is reused, and still counted.
    const again: MirrorProgress[] = [];
    await mirror("watched", (p) => again.push(p));
    expect(again).toEqual(expected);
  });

  it("refuses a member with a bad signature or expired, and one whose metadata is not provider metadata", async () => {
    const keys = await signingSetup(dir);
    await writeJson(join(dir, "src", "a.json"), makeScale("us/a"));
    const built = await buildRegistry(join(dir, "src"), join(dir, "reg"), { signWith: keys.privatePath, keyring: keys.keyringPath, id: "x-org.example/reg", expires: EXPIRES });
    expect(built.ok).toBe(true);
    const url = await python(join(dir, "reg"));
    const expired = await mirrorRegistries([url, `${url}index.json`], join(dir, "out"), { keyring: keys.keyring, at: new Date("2027-01-02T00:00:00Z") });
    expect(expired.members.map((m) => m.status)).toEqual(["refused", "refused"]);
    expect(expired.issues.map((f) => f.issue.code)).toEqual(["registry_expired", "registry_provider_refused", "registry_provider_invalid", "registry_provider_refused"]);

    const stranger = await signingSetup(join(dir, "src"), "stranger");
    const wrongKey = await mirrorRegistries([url], join(dir, "out"), { keyring: stranger.keyring, at: AT });
    expect(wrongKey.ok).toBe(false);
    expect(wrongKey.issues.filter((f) => f.issue.severity === "error").map((f) => f.issue.code)).toContain("key_unknown");
    expect(wrongKey.index?.providers).toEqual([]);
  });
});
