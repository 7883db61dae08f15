import { mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import type { Keyring } from "@sevscale/core";
import { assertCanonicalJson, generateKeyPair, assertDocumentSignature } from "@sevscale/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { keyEntry, keyringOf, signingSetup, writeSources } from "../../test/registry-fixtures.js";
import { buildRegistry } from "./build.js";
import { loadRegistry } from "./load.js";

let dir: string;
let out: string;
let keyring: Keyring;
let keyringPath: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "sevscale-load-"));
  out = join(dir, "registry");
  await writeSources(join(dir, "src"), 2);
  const setup = await signingSetup(dir);
  keyring = setup.keyring;
  keyringPath = setup.keyringPath;
  const built = await buildRegistry(join(dir, "src"), out, { signWith: setup.privatePath, keyring: keyringPath, now: new Date("2026-11-23T00:00:00Z") });
  expect(built.ok).toBe(true);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const SCALE = "us/scale-0/1.0.0/scale.json";
const found = (r: { issues: readonly { path: string; issue: { code: string; severity: string } }[] }, severity = "error") =>
  r.issues.filter((f) => f.issue.severity === severity).map((f): [string, string] => [f.path, f.issue.code]);

async function editIndex(edit: (index: { documents: Record<string, unknown>[] }) => void): Promise<void> {
  const path = join(out, "index.json");
  const index = JSON.parse(await readFile(path, "utf8")) as { documents: Record<string, unknown>[] };
  edit(index);
  await writeFile(path, JSON.stringify(index));
}

describe("loadRegistry reports every failure with its path", () => {
  it("a byte changed in one scale: digests against the index, both digest files and the signature", async () => {
    const path = join(out, SCALE);
    await writeFile(path, (await readFile(path, "utf8")).replace('"Low"', '"Lox"'));
    const r = await loadRegistry(out, { keyring });
    expect(r.ok).toBe(false);
    expect(found(r)).toEqual([
      [SCALE, "registry_digest_mismatch"],
      [SCALE, "registry_digest_mismatch"],
      [`${SCALE}.sha256`, "digest_mismatch"],
      [`${SCALE}.sha512`, "digest_mismatch"],
      [`${SCALE}.jws`, "signature_invalid"],
    ]);
    expect(r.documents.map((d) => d.entry.path)).not.toContain(SCALE);
    expect(r.documents).toHaveLength(4);
  });

  it("a changed .sha256 file, a removed document, a missing signature", async () => {
    await writeFile(join(out, `${SCALE}.sha256`), `${"a".repeat(64)}  scale.json\n`);
    await rm(join(out, "gb/scale-1/1.0.0/scale.json"));
    await rm(join(out, "sevscale/scale-0-to-crs/1.0.0/mapping.json.jws"));
    const r = await loadRegistry(out, { keyring });
    expect(found(r)).toEqual([
      ["gb/scale-1/1.0.0/scale.json", "file_not_found"],
      ["sevscale/scale-0-to-crs/1.0.0/mapping.json.jws", "registry_signature_missing"],
      [`${SCALE}.sha256`, "digest_mismatch"],
    ]);
  });

  it("files the index does not list are warnings; the registry is still usable", async () => {
    await writeFile(join(out, "us/scale-0/1.0.0/notes.txt"), "hello");
    await writeFile(join(out, ".hidden.json"), "{}");
    const r = await loadRegistry(out, { keyring });
    expect(r.ok).toBe(true);
    expect(found(r, "warning")).toEqual([
      [".hidden.json", "registry_file_unlisted"],
      ["us/scale-0/1.0.0/notes.txt", "registry_file_unlisted"],
    ]);
  });

  it("an index that points outside the registry: nothing outside is read", async () => {
    const secret = join(dir, "secret.json");
    await writeFile(secret, assertCanonicalJson({ kind: "scale", secret: true }));
    await symlink(secret, join(out, "us/scale-0/1.0.0/link.json"));
    await editIndex((index) => {
      const template = index.documents[0]!;
      index.documents.push(
        { ...template, id: "us/t1", path: "../../etc/passwd" },
        { ...template, id: "us/t2", path: "/etc/passwd" },
        { ...template, id: "us/t3", path: "%2e%2e/%2e%2e/etc/passwd" },
        { ...template, id: "us/t4", path: "..\\secret.json" },
        { ...template, id: "us/t5", path: "us/scale-0/1.0.0/link.json", signature: "../secret.json" },
        { ...template, id: "us/t6", path: "us/scale-0/1.0.0/link.json", signature: undefined, kid: undefined },
      );
    });
    const r = await loadRegistry(out);
    const unsafe = r.issues.filter((f) => f.issue.code === "registry_path_unsafe").map((f) => [f.issue.pointer, f.issue.params["reason"]]);
    expect(unsafe).toEqual([
      ["/documents/5/path", "dot_segment"],
      ["/documents/6/path", "absolute"],
      ["/documents/7/path", "percent_encoded"],
      ["/documents/8/path", "backslash"],
      ["/documents/9/signature", "dot_segment"],
      ["", "link_outside_root"],
    ]);
    expect(r.documents.map((d) => d.entry.id)).not.toEqual(expect.arrayContaining(["us/t1", "us/t2", "us/t3", "us/t4", "us/t5", "us/t6"]));
  });

  it("a signature by a key the keyring does not hold, or by an expired key", async () => {
    const stranger = await generateKeyPair("stranger");
    const value = JSON.parse(await readFile(join(out, SCALE), "utf8")) as unknown;
    await writeFile(join(out, `${SCALE}.jws`), `${await assertDocumentSignature(value, stranger.privateJwk)}\n`);
    const r = await loadRegistry(out, { keyring });
    expect(found(r)).toEqual([[`${SCALE}.jws`, "key_unknown"]]);

    const expired = keyringOf(keyEntry((await signingSetup(join(dir, "src"), "unused")).pair), { ...keyring.keys[0]!, validTo: "2026-06-30T00:00:00Z" });
    const r2 = await loadRegistry(out, { keyring: expired, at: new Date("2026-11-23T00:00:00Z") });
    // Two documents and the index itself.
    expect(found(r2).filter(([, code]) => code === "key_expired")).toHaveLength(3 + 1);
    expect(found(r2).every(([path, code]) => path.endsWith(".jws") && (code === "key_expired" || code === "key_unknown"))).toBe(true);
  });

  it("a stripped signature is an error when the keyring covers the namespace, and the document is rejected", async () => {
    // The attack: edit a signed document, drop its signature from the index, fix the digests.
    const path = join(out, SCALE);
    const edited = JSON.parse(await readFile(path, "utf8")) as Record<string, unknown>;
    edited["title"] = { en: "Forged", es: "Falsificado" };
    await writeFile(path, assertCanonicalJson(edited));
    const bytes = new TextEncoder().encode(assertCanonicalJson(edited));
    const { sha256Hex, sha512Hex } = await import("@sevscale/core");
    const [sha256, sha512] = [await sha256Hex(bytes), await sha512Hex(bytes)];
    await writeFile(`${path}.sha256`, `${sha256}  scale.json\n`);
    await writeFile(`${path}.sha512`, `${sha512}  scale.json\n`);
    await rm(`${path}.jws`);
    await editIndex((index) => {
      const entry = index.documents.find((d) => d["path"] === SCALE)!;
      delete entry["signature"];
      delete entry["kid"];
      entry["digests"] = { sha256, sha512 };
    });
    const r = await loadRegistry(out, { keyring });
    expect(r.ok).toBe(false);
    // Editing the index breaks its own signature too.
    expect(found(r)).toEqual([
      ["index.json.jws", "signature_invalid"],
      [SCALE, "document_signature_required"],
    ]);
    expect(r.documents.map((d) => d.entry.path)).not.toContain(SCALE);
    expect(r.rejected.map((e) => e.path)).toEqual([SCALE]);
    // A keyring whose keys may sign other namespaces only: the same document is merely unsigned.
    const narrow = keyringOf({ ...keyring.keys[0]!, namespaces: ["gb", "sevscale"] });
    const r2 = await loadRegistry(out, { keyring: narrow });
    expect(found(r2, "warning")).toEqual([[SCALE, "document_unsigned"]]);
    expect(r2.rejected).toEqual([]);
  });

  it("unsigned documents are errors with a keyring covering them, and unchecked signatures an info without one", async () => {
    await editIndex((index) => {
      delete index.documents[0]!["signature"];
      delete index.documents[0]!["kid"];
    });
    await rm(join(out, "gb/scale-1/1.0.0/scale.json.jws"));
    expect(found(await loadRegistry(out, { keyring }))).toEqual([
      ["index.json.jws", "signature_invalid"],
      ["gb/scale-1/1.0.0/scale.json", "document_signature_required"],
    ]);
    const without = await loadRegistry(out);
    expect(without.ok).toBe(true);
    // Three documents and the index.
    expect(without.issues.map((f) => [f.issue.code, f.issue.params["count"]])).toEqual([["registry_signatures_unchecked", 3 + 1]]);
  });

  it("an entry that does not describe its document, and a broken index", async () => {
    await editIndex((index) => {
      index.documents[0]!["status"] = "retired";
    });
    expect(found(await loadRegistry(out))).toEqual([["gb/scale-1/1.0.0/scale.json", "registry_entry_mismatch"]]);
    await writeFile(join(out, "index.json"), '{"kind": "registry", "kind": "registry"}');
    const broken = await loadRegistry(out);
    expect([broken.index, found(broken)]).toEqual([undefined, [["index.json", "duplicate_key"]]]);
    expect(found(await loadRegistry(join(dir, "nowhere")))).toEqual([[join(dir, "nowhere"), "file_not_found"]]);
    expect(found(await loadRegistry("ftp://example.org/registry/"))).toEqual([["ftp://example.org/registry/", "registry_source_unsupported"]]);
  });

  it("a keyring that cannot be read is reported, and the rest is still checked", async () => {
    await writeFile(join(out, SCALE), "{}");
    const r = await loadRegistry(out, { keyring: join(dir, "missing-keyring.json") });
    expect(found(r)[0]).toEqual([join(dir, "missing-keyring.json"), "file_not_found"]);
    expect(found(r).some(([path]) => path === SCALE)).toBe(true);
  });

  it("any single-byte change to a stored document is caught, or leaves its canonical content unchanged", async () => {
    const path = join(out, SCALE);
    const original = await readFile(path);
    const originalCanonical = assertCanonicalJson(JSON.parse(original.toString("utf8")));
    await fc.assert(
      fc.asyncProperty(fc.nat(original.length - 1), fc.integer({ min: 0, max: 255 }), async (offset, byte) => {
        fc.pre(original[offset] !== byte);
        const changed = Buffer.from(original);
        changed[offset] = byte;
        await writeFile(path, changed);
        const r = await loadRegistry(out, { keyring, concurrency: 1 });
        const caught = r.issues.some((f) => f.issue.severity === "error" && f.path.startsWith(SCALE));
        if (!caught) expect(assertCanonicalJson(JSON.parse(changed.toString("utf8")))).toBe(originalCanonical);
      }),
      { numRuns: 25 },
    );
    await writeFile(path, original);
  });
});
