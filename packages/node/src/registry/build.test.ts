import { mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assertCanonicalJson, assertDocumentDigest, generateKeyPair } from "@sevscale/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { keyEntry, keyringOf, makeMapping, makeScale, signingSetup, snapshot, writeJson, writeSources } from "../../test/registry-fixtures.js";
import { writeKeyPair } from "../key-files.js";
import { buildRegistry } from "./build.js";
import { loadRegistry } from "./load.js";

let dir: string;
let src: string;
let out: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "sevscale-build-"));
  src = join(dir, "src");
  out = join(dir, "registry");
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const NOW = new Date("2026-11-23T12:00:00Z");
const codes = (r: { issues: readonly { issue: { code: string } }[] }) => r.issues.map((f) => f.issue.code);
const errorsOf = (r: { issues: readonly { path: string; issue: { code: string; severity: string } }[] }) =>
  r.issues.filter((f) => f.issue.severity === "error").map((f) => [f.path, f.issue.code]);

describe("buildRegistry then loadRegistry", () => {
  it("round-trips: every source document comes back, verified and signed", async () => {
    const sources = await writeSources(src, 3);
    const { privatePath, keyringPath, keyring } = await signingSetup(dir);
    const built = await buildRegistry(src, out, { signWith: privatePath, keyring: keyringPath, now: NOW, id: "x-org.example/test" });
    expect(built.ok && built.issues).toEqual([]);
    if (!built.ok) return;
    expect(built.index.generated).toBe("2026-11-23T12:00:00Z");
    expect(built.index.documents.map((d) => d.path)).toEqual([
      "au/scale-2/1.0.0/scale.json",
      "gb/scale-1/1.0.0/scale.json",
      "keyring.json",
      "sevscale/scale-0-to-crs/1.0.0/mapping.json",
      "sevscale/scale-1-to-crs/1.0.0/mapping.json",
      "sevscale/scale-2-to-crs/1.0.0/mapping.json",
      "us/scale-0/1.0.0/scale.json",
    ]);

    const loaded = await loadRegistry(out, { keyring: keyringPath });
    expect(loaded.issues).toEqual([]);
    expect(loaded.ok).toBe(true);
    const byId = new Map(loaded.documents.map((d) => [d.entry.id, d]));
    for (const file of sources) {
      const value = JSON.parse(await readFile(file, "utf8")) as { id: string };
      expect(byId.get(value.id)?.document).toEqual(value);
      expect(byId.get(value.id)?.entry).toMatchObject({ kid: "example-2026", signature: `${byId.get(value.id)?.entry.path}.jws`, status: "active" });
    }
    expect(byId.get(keyring.id)?.document).toEqual(keyring);
    // Stored in canonical form, so the digest files are plain sha256sum files for the stored bytes.
    const stored = await readFile(join(out, "us/scale-0/1.0.0/scale.json"), "utf8");
    expect(stored).toBe(assertCanonicalJson(JSON.parse(stored)));
    const digest = await assertDocumentDigest(JSON.parse(stored));
    expect(await readFile(join(out, "us/scale-0/1.0.0/scale.json.sha256"), "utf8")).toBe(`${digest.sha256}  scale.json\n`);
  });

  it("is reproducible: same sources and now, same bytes; a rebuild writes nothing", async () => {
    await writeSources(src, 2);
    const { privatePath, keyringPath } = await signingSetup(dir);
    const options = { signWith: privatePath, keyring: keyringPath, now: NOW };
    await buildRegistry(src, out, options);
    await buildRegistry(src, join(dir, "again"), options);
    expect(await snapshot(join(dir, "again"))).toEqual(await snapshot(out));
    const rebuilt = await buildRegistry(src, out, options);
    expect(rebuilt.ok && [rebuilt.written, rebuilt.removed]).toEqual([[], []]);
  });

  it("takes the documents' latest date as the generated instant when none is given", async () => {
    await writeJson(join(src, "a.json"), makeScale("us/a"));
    await writeJson(join(src, "b.json"), makeMapping("sevscale/a-to-crs", "us/a"));
    const built = await buildRegistry(src, out);
    expect(built.ok && built.index.generated).toBe("2026-04-01T00:00:00Z");
  });
});

describe("buildRegistry refuses, writing nothing", () => {
  it("when any source is invalid, reporting every one with its file", async () => {
    await writeSources(src, 1);
    const broken = makeScale("us/broken");
    delete broken["levels"];
    const brokenPath = await writeJson(join(src, "scales", "broken.json"), broken);
    const dupKeys = join(src, "scales", "dup.json");
    await writeFile(dupKeys, '{"kind":"scale","id":"us/a","id":"us/b"}');
    const keyringInSources = await writeJson(join(src, "scales", "keyring.json"), keyringOf());
    const built = await buildRegistry(src, out);
    expect(built.ok).toBe(false);
    expect(errorsOf(built)).toEqual([
      [brokenPath, "missing_property"],
      [dupKeys, "duplicate_key"],
      [keyringInSources, "registry_source_kind"],
    ]);
    expect(built.issues.find((f) => f.path === brokenPath)?.issue).toMatchObject({ pointer: "", params: { property: "levels" } });
    await expect(snapshot(out)).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("when two sources give one version different content (the same content twice is fine)", async () => {
    await writeJson(join(src, "a.json"), makeScale("us/a"));
    // Found first: files are read in sorted order, and "-" sorts before ".".
    const first = await writeJson(join(src, "a-copy.json"), makeScale("us/a"));
    expect((await buildRegistry(src, out, { now: NOW })).ok).toBe(true);
    const second = await writeJson(join(src, "b.json"), makeScale("us/a", "1.0.0", "active", " (edited)"));
    const built = await buildRegistry(src, join(dir, "other"), { now: NOW });
    expect(built.ok === false && built.issues.map((f) => [f.path, f.issue.code, f.issue.params["other"]])).toEqual([[second, "registry_duplicate_version", first]]);
  });

  it("when a released version already in the registry would change", async () => {
    const file = await writeJson(join(src, "a.json"), makeScale("us/a"));
    await writeJson(join(src, "d.json"), makeScale("us/d", "0.1.0", "draft"));
    expect((await buildRegistry(src, out, { now: NOW })).ok).toBe(true);
    const before = await snapshot(out);
    await writeJson(file, makeScale("us/a", "1.0.0", "active", " (quietly edited)"));
    await writeJson(join(src, "new.json"), makeScale("us/new"));
    const built = await buildRegistry(src, out, { now: NOW });
    expect(built.ok === false && built.issues.map((f) => [f.path, f.issue.code, f.issue.params["status"]])).toEqual([[file, "registry_release_modified", "active"]]);
    expect(await snapshot(out)).toEqual(before);
  });

  it("when a private key would be published, in the keyring or in a document", async () => {
    await writeSources(src, 1);
    const pair = await generateKeyPair("leaky");
    const leakyRing = keyringOf({ ...keyEntry(pair), jwk: pair.privateJwk as never });
    const ringPath = await writeJson(join(dir, "leaky-keyring.json"), leakyRing);
    const r1 = await buildRegistry(src, out, { keyring: ringPath });
    expect(r1.ok === false && r1.issues.map((f) => [f.path, f.issue.code, f.issue.pointer])).toEqual([[ringPath, "keyring_private_key", "/keys/0/jwk/d"]]);
    const doc = makeScale("us/leak");
    doc["x-extensions"] = { "org.example": { signingKey: pair.privateJwk } };
    const docPath = await writeJson(join(src, "leak.json"), doc);
    const r2 = await buildRegistry(src, out);
    expect(r2.ok === false && r2.issues.map((f) => [f.path, f.issue.code, f.issue.pointer])).toEqual([[docPath, "registry_private_key", "/x-extensions/org.example/signingKey"]]);
    await expect(snapshot(out)).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("when the signing key may not sign a document's namespace", async () => {
    await writeJson(join(src, "us.json"), makeScale("us/a"));
    const gb = await writeJson(join(src, "gb.json"), makeScale("gb/a"));
    const { privatePath, keyringPath } = await signingSetup(dir, "us-only", { namespaces: ["us"] });
    const built = await buildRegistry(src, out, { signWith: privatePath, keyring: keyringPath, now: NOW });
    expect(errorsOf(built)).toEqual([[gb, "key_namespace_denied"]]);
  });

  it("when the registry would be inside its sources, or the existing registry is damaged", async () => {
    await writeSources(src, 1);
    const inside = await buildRegistry(src, join(src, "registry"));
    expect(codes(inside)).toEqual(["registry_output_overlaps_source"]);
    expect((await buildRegistry(src, out, { now: NOW })).ok).toBe(true);
    await writeFile(join(out, "us/scale-0/1.0.0/scale.json.sha256"), `${"0".repeat(64)}  scale.json\n`);
    const damaged = await buildRegistry(src, out, { now: NOW });
    expect(errorsOf(damaged)).toEqual([
      [join(out, "index.json"), "registry_existing_invalid"],
      [join(out, "us/scale-0/1.0.0/scale.json.sha256"), "digest_mismatch"],
    ]);
  });

  it("when --id or --version is not what an index may hold", async () => {
    await writeJson(join(src, "a.json"), makeScale("us/a"));
    const built = await buildRegistry(src, out, { now: NOW, id: "../x", version: "one" });
    expect(built.issues.map((f) => [f.issue.code, f.issue.params["option"]])).toEqual([
      ["registry_argument_invalid", "--id"],
      ["registry_argument_invalid", "--version"],
    ]);
    expect(await readdir(dir)).toEqual(["src"]);
  });

  it("when a source path or key file is missing", async () => {
    const built = await buildRegistry([join(dir, "nowhere")], out, { signWith: join(dir, "none.jwk") });
    expect(codes(built)).toEqual(["file_not_found", "file_not_found"]);
  });
});

describe("buildRegistry updates", () => {
  it("keeps released versions that left the sources, and replaces or drops drafts", async () => {
    const released = await writeJson(join(src, "a.json"), makeScale("us/a"));
    const draft = await writeJson(join(src, "d.json"), makeScale("us/d", "0.1.0", "draft"));
    const gone = await writeJson(join(src, "g.json"), makeScale("us/g", "0.1.0", "draft"));
    expect((await buildRegistry(src, out, { now: NOW })).ok).toBe(true);
    // The publisher moves on: 1.0.0 leaves the sources, 1.1.0 arrives, a draft is revised, another abandoned.
    await writeJson(released, makeScale("us/a", "1.1.0"));
    await writeJson(draft, makeScale("us/d", "0.1.0", "draft", " (revised)"));
    await rm(gone);
    const built = await buildRegistry(src, out, { now: NOW });
    expect(built.ok && built.removed).toEqual(["us/g/0.1.0/scale.json", "us/g/0.1.0/scale.json.sha256", "us/g/0.1.0/scale.json.sha512"]);
    const loaded = await loadRegistry(out);
    // Built without a key, the index is unsigned: only that is said.
    expect(codes(loaded)).toEqual(["registry_index_unprotected"]);
    expect(loaded.documents.map((d) => `${d.entry.id}@${d.entry.version}`)).toEqual(["us/a@1.0.0", "us/a@1.1.0", "us/d@0.1.0"]);
    expect(loaded.documents[2]?.document).toMatchObject({ title: { en: "Scale us/d (revised)", es: "Escala us/d (revised)" } });
  });

  it("keeps signatures when rebuilt without the key, and re-signs everything with a new key", async () => {
    await writeSources(src, 2);
    const old = await signingSetup(dir, "old-2026");
    expect((await buildRegistry(src, out, { signWith: old.privatePath, now: NOW })).ok).toBe(true);
    expect((await buildRegistry(src, out, { now: NOW })).ok).toBe(true);
    expect((await loadRegistry(out, { keyring: old.keyring })).issues).toEqual([]);

    // Rotation: the old key stops at the end of 2026, the new one starts then.
    const next = await generateKeyPair("new-2027");
    await writeKeyPair(dir, next);
    const ring = keyringOf(
      keyEntry(old.pair, { validTo: "2026-12-31T23:59:59Z" }),
      keyEntry(next, { validFrom: "2026-12-01T00:00:00Z" }),
    );
    const ringPath = await writeJson(join(dir, "rotated.json"), ring);
    const after = new Date("2027-02-01T00:00:00Z");
    // The four documents and the index itself.
    expect(codes(await loadRegistry(out, { keyring: ring, at: after })).filter((c) => c === "key_expired")).toHaveLength(5);
    const built = await buildRegistry(src, out, { signWith: join(dir, "new-2027.private.jwk"), keyring: ringPath, now: after });
    expect(built.ok && built.written.filter((p) => p.endsWith(".jws"))).toHaveLength(5);
    const loaded = await loadRegistry(out, { keyring: ring, at: after });
    expect(loaded.issues).toEqual([]);
    expect(new Set(loaded.documents.map((d) => d.entry.kid))).toEqual(new Set(["new-2027", undefined]));
  });

  it("never launders: a carried-over release whose signature no longer verifies, or was stripped, stops a signing build", async () => {
    const a = await writeJson(join(src, "a.json"), makeScale("us/a"));
    await writeJson(join(src, "b.json"), makeScale("us/b"));
    const { privatePath, keyringPath } = await signingSetup(dir);
    expect((await buildRegistry(src, out, { signWith: privatePath, keyring: keyringPath, now: NOW })).ok).toBe(true);
    await rm(a); // us/a@1.0.0 is now carried over from the registry, not read from the sources
    // The attacker edits the released document in place and fixes every digest.
    const path = join(out, "us/a/1.0.0/scale.json");
    const forged = { ...(JSON.parse(await readFile(path, "utf8")) as Record<string, unknown>), title: { en: "Forged", es: "Falsificado" } };
    const digests = await assertDocumentDigest(forged);
    await writeFile(path, assertCanonicalJson(forged));
    await writeFile(`${path}.sha256`, `${digests.sha256}  scale.json\n`);
    await writeFile(`${path}.sha512`, `${digests.sha512}  scale.json\n`);
    const indexPath = join(out, "index.json");
    const index = JSON.parse(await readFile(indexPath, "utf8")) as { documents: Record<string, unknown>[] };
    index.documents.find((d) => d["id"] === "us/a")!["digests"] = { sha256: digests.sha256, sha512: digests.sha512 };
    await writeFile(indexPath, JSON.stringify(index, null, 2));
    const before = await snapshot(out);
    for (const options of [{ signWith: privatePath, keyring: keyringPath }, { signWith: privatePath }, { keyring: keyringPath }]) {
      const built = await buildRegistry(src, out, { ...options, now: NOW });
      expect(errorsOf(built)).toEqual([[path, "registry_carried_unverified"]]);
    }
    // Stripped: no signature listed, none on disk.
    await rm(`${path}.jws`);
    const entry = index.documents.find((d) => d["id"] === "us/a")!;
    delete entry["signature"];
    delete entry["kid"];
    await writeFile(indexPath, JSON.stringify(index, null, 2));
    const stripped = await buildRegistry(src, out, { signWith: privatePath, keyring: keyringPath, now: NOW });
    expect(errorsOf(stripped)).toEqual([[path, "registry_carried_unsigned"]]);
    const after = await snapshot(out);
    after.delete("index.json");
    after.set(`us/a/1.0.0/scale.json.jws`, before.get("us/a/1.0.0/scale.json.jws")!);
    expect(after).toEqual(new Map([...before].filter(([k]) => k !== "index.json")));
  });

  it("never writes through a symbolic link planted in the output folder", async () => {
    await writeJson(join(src, "a.json"), makeScale("us/a"));
    const elsewhere = join(dir, "elsewhere");
    await mkdir(elsewhere);
    await mkdir(out);
    await symlink(elsewhere, join(out, "us"));
    const built = await buildRegistry(src, out, { now: NOW });
    expect(built.ok).toBe(false);
    expect(built.issues.map((f) => [f.issue.code, f.issue.params["reason"]])).toEqual([["registry_write_failed", "symbolic_link"]]);
    expect(await readdir(elsewhere)).toEqual([]);
  });

  it("builds from several source folders", async () => {
    await mkdir(join(dir, "more"), { recursive: true });
    await writeJson(join(src, "a.json"), makeScale("us/a"));
    await writeJson(join(dir, "more", "b.json"), makeScale("gb/b"));
    const built = await buildRegistry([src, join(dir, "more")], out, { now: NOW });
    expect(built.ok && built.index.documents.map((d) => d.id)).toEqual(["gb/b", "us/a"]);
  });
});
