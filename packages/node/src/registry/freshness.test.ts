import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RegistryState } from "@sevscale/core";
import { assertDocumentSignature, emptyRegistryState } from "@sevscale/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeScale, signingSetup, writeJson } from "../../test/registry-fixtures.js";
import { readJwkFile } from "../key-files.js";
import { buildRegistry } from "./build.js";
import { checkRegistry, loadRegistry } from "./load.js";

let dir: string;
let src: string;
let out: string;
let ring: Awaited<ReturnType<typeof signingSetup>>;
const NOW = new Date("2026-11-23T00:00:00Z");
const AT = new Date("2026-11-24T00:00:00Z");
const ID = "x-org.example/registry";

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "sevscale-fresh-"));
  src = join(dir, "src");
  out = join(dir, "registry");
  ring = await signingSetup(dir);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const build = (extra: Parameters<typeof buildRegistry>[2] = {}) =>
  buildRegistry(src, out, { signWith: ring.privatePath, keyring: ring.keyringPath, now: NOW, id: ID, expires: new Date("2026-12-31T00:00:00Z"), ...extra });
const errors = (r: { issues: readonly { path: string; issue: { code: string; severity: string } }[] }) =>
  r.issues.filter((f) => f.issue.severity === "error").map((f) => [f.path, f.issue.code]);

/** The index rewritten by someone holding the registry's key (a publisher's mistake, or a stolen key), re-signed. */
async function resignIndex(edit: (index: { documents: { id: string }[] }) => void): Promise<void> {
  const index = JSON.parse(await readFile(join(out, "index.json"), "utf8")) as { documents: { id: string }[] };
  edit(index);
  await writeFile(join(out, "index.json"), JSON.stringify(index, null, 2));
  const key = await readJwkFile(ring.privatePath);
  if (!key.ok || !key.isPrivate) throw new Error("no key");
  await writeFile(join(out, "index.json.jws"), `${await assertDocumentSignature(index, key.jwk)}\n`);
}

describe("a registry index that only moves forward", () => {
  it("has a sequence that grows only when the index changes, an expiry and a signature", async () => {
    await writeJson(join(src, "a.json"), makeScale("us/a"));
    const first = await build();
    expect(first.ok && [first.index.sequence, first.index.expires]).toEqual([1, "2026-12-31T00:00:00Z"]);
    const again = await build();
    expect(again.ok && [again.index.sequence, again.written]).toEqual([1, []]);
    await writeJson(join(src, "b.json"), makeScale("us/b"));
    const second = await build();
    expect(second.ok && second.index.sequence).toBe(2);
    // A sequence may be given, never one that goes back.
    expect((await build({ sequence: 2 })).ok).toBe(true);
    const back = await build({ sequence: 1, expires: new Date("2027-01-31T00:00:00Z") });
    expect(back.ok ? [] : back.issues.map((f) => [f.issue.code, f.issue.params["option"], f.issue.params["expected"]])).toEqual([["registry_argument_invalid", "--sequence", "an integer ≥ 3"]]);
    const jumped = await build({ sequence: 40, expires: new Date("2027-01-31T00:00:00Z") });
    expect(jumped.ok && jumped.index.sequence).toBe(40);
    const loaded = await loadRegistry(out, { keyring: ring.keyring, at: AT });
    expect([loaded.issues, loaded.indexSignature]).toEqual([[], "verified"]);
  });

  it("serving an older signed index to a reader that saw a newer one fails with registry_rollback; the state file is kept", async () => {
    await writeJson(join(src, "a.json"), makeScale("us/a"));
    expect((await build()).ok).toBe(true);
    const old = join(dir, "old");
    await cp(out, old, { recursive: true });
    await writeJson(join(src, "b.json"), makeScale("us/b"));
    expect((await build()).ok).toBe(true);

    const state = join(dir, "state", "seen.json");
    const fresh = await checkRegistry(out, { keyring: ring.keyring, at: AT, state });
    expect(errors(fresh)).toEqual([]);
    const saved = JSON.parse(await readFile(state, "utf8")) as RegistryState;
    expect(saved.registries[ID]).toMatchObject({ sequence: 2, signed: true, expires: "2026-12-31T00:00:00Z" });
    expect(Object.keys(saved.registries[ID]!.entries).sort()).toEqual(["us/a@1.0.0", "us/b@1.0.0", "x-org.example/trusted@1.0.0"]);

    // The old copy is genuine — every signature verifies — but older: refused.
    const rolled = await checkRegistry(old, { keyring: ring.keyring, at: AT, state });
    expect(rolled.issues.filter((f) => f.issue.severity === "error").map((f) => [f.path, f.issue.code, f.issue.pointer, f.issue.params])).toEqual([
      ["index.json", "registry_rollback", "/sequence", { sequence: 1, last: 2 }],
    ]);
    expect(await readFile(state, "utf8")).toBe(`${JSON.stringify(saved, null, 2)}\n`);
    // Without the state, the same old copy checks clean: a check alone cannot know it is old.
    expect(errors(await checkRegistry(old, { keyring: ring.keyring, at: AT }))).toEqual([]);
  });

  it("an expired index fails with registry_expired at the reader's instant", async () => {
    await writeJson(join(src, "a.json"), makeScale("us/a"));
    expect((await build()).ok).toBe(true);
    const late = await checkRegistry(out, { keyring: ring.keyring, at: new Date("2027-01-01T00:00:00Z") });
    expect(late.issues.filter((f) => f.issue.severity === "error").map((f) => [f.path, f.issue.code, f.issue.params])).toEqual([
      ["index.json", "registry_expired", { expires: "2026-12-31T00:00:00Z", at: "2027-01-01T00:00:00.000Z" }],
    ]);
    // Rebuilding refreshes it (the build itself does not refuse an expired registry).
    const refreshed = await build({ expires: new Date("2027-02-01T00:00:00Z") });
    expect(refreshed.ok && refreshed.index.sequence).toBe(2);
  });

  it("an entry removed without a withdrawal is reported; a withdrawn one stays listed and is accepted", async () => {
    await writeJson(join(src, "a.json"), makeScale("us/a"));
    await writeJson(join(src, "b.json"), makeScale("us/b"));
    expect((await build()).ok).toBe(true);
    const state: RegistryState = emptyRegistryState();
    expect(errors(await checkRegistry(out, { keyring: ring.keyring, at: AT, state }))).toEqual([]);
    const pristine = join(dir, "pristine");
    await cp(out, pristine, { recursive: true });

    // Withdrawn by the publisher: listed, marked, accepted, and said.
    const withdrawn = await build({ withdraw: [{ id: "us/a", version: "1.0.0", reason: "Superseded by us/b." }] });
    expect(withdrawn.ok && withdrawn.index.documents.find((d) => d.id === "us/a")?.withdrawn).toEqual({ date: "2026-11-23T00:00:00Z", reason: "Superseded by us/b." });
    const accepted = await checkRegistry(out, { keyring: ring.keyring, at: AT, state });
    expect(errors(accepted)).toEqual([]);
    expect(accepted.issues.filter((f) => f.issue.code === "registry_entry_withdrawn").map((f) => f.issue.params["id"])).toEqual(["us/a"]);
    expect(state.registries[ID]?.entries["us/a@1.0.0"]?.withdrawn).toBe(true);
    const feed = JSON.parse(await readFile(join(out, "changes.json"), "utf8")) as { changes: { sequence: number; change: string; id: string }[] };
    expect(feed.changes.slice(0, 1)).toMatchObject([{ sequence: 2, change: "withdrawn", id: "us/a" }]);

    // Trimmed instead: the index is re-signed without us/b (whoever holds the key); the reader who saw it refuses.
    await rm(out, { recursive: true });
    await cp(pristine, out, { recursive: true });
    await resignIndex((index) => {
      index.documents = index.documents.filter((d) => d.id !== "us/b");
      (index as unknown as { sequence: number }).sequence = 3;
    });
    const trimmed = await checkRegistry(out, { keyring: ring.keyring, at: AT, state });
    expect(trimmed.issues.filter((f) => f.issue.severity === "error").map((f) => [f.issue.code, f.issue.params])).toEqual([
      ["registry_entry_vanished", { kind: "scale", id: "us/b", version: "1.0.0" }],
    ]);
    // A refused index is not remembered.
    expect(state.registries[ID]?.sequence).toBe(2);
  });

  it("a removed index signature is refused once a signed index was seen; an old unsigned index still loads with a warning", async () => {
    await writeJson(join(src, "a.json"), makeScale("us/a"));
    expect((await build()).ok).toBe(true);
    const state = emptyRegistryState();
    expect(errors(await checkRegistry(out, { keyring: ring.keyring, at: AT, state }))).toEqual([]);
    await rm(join(out, "index.json.jws"));
    const stripped = await checkRegistry(out, { keyring: ring.keyring, at: AT, state });
    expect(errors(stripped)).toEqual([["index.json", "registry_index_signature_removed"]]);

    // A registry index of format 1.0: no sequence, no expiry, no signature.
    const index = JSON.parse(await readFile(join(out, "index.json"), "utf8")) as Record<string, unknown>;
    delete index["sequence"];
    delete index["expires"];
    await writeFile(join(out, "index.json"), JSON.stringify(index));
    const old = await loadRegistry(out, { keyring: ring.keyring, at: AT });
    expect(old.ok).toBe(true);
    expect(old.issues.map((f) => [f.issue.code, f.issue.severity, f.issue.params])).toEqual([["registry_index_unprotected", "warning", { missing: "signature, sequence, expires" }]]);
    expect(old.documents.map((d) => d.entry.id).sort()).toEqual(["us/a", "x-org.example/trusted"]);
  });

  it("a bad index signature is an error at index.json.jws; a key not allowed for the registry's namespace stops the build", async () => {
    await writeJson(join(src, "a.json"), makeScale("us/a"));
    expect((await build()).ok).toBe(true);
    await writeFile(join(out, "index.json.jws"), (await readFile(join(out, "us/a/1.0.0/scale.json.jws"), "utf8")));
    expect(errors(await checkRegistry(out, { keyring: ring.keyring, at: AT }))).toEqual([["index.json.jws", "signature_invalid"]]);

    await mkdir(join(dir, "narrow"));
    const narrow = await signingSetup(join(dir, "narrow"), "narrow", { namespaces: ["us"] });
    const refused = await buildRegistry(src, join(dir, "other"), { signWith: narrow.privatePath, keyring: narrow.keyringPath, now: NOW, id: ID });
    expect(refused.ok ? [] : refused.issues.map((f) => [f.path, f.issue.code])).toEqual([[join(dir, "other", "index.json"), "key_namespace_denied"]]);
  });

  it("a state file that is not one is reported and left alone", async () => {
    await writeJson(join(src, "a.json"), makeScale("us/a"));
    expect((await build()).ok).toBe(true);
    const state = join(dir, "state.json");
    await writeFile(state, '{"version": 2}');
    const r = await checkRegistry(out, { keyring: ring.keyring, at: AT, state });
    expect(errors(r)).toEqual([[state, "registry_state_invalid"]]);
    expect(await readFile(state, "utf8")).toBe('{"version": 2}');
  });
});
