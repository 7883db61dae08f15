import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { KeyPair, Keyring, VerifyResult } from "@sevscale/core";
import { generateKeyPair } from "@sevscale/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { verifyDigestFiles, writeDigestFiles } from "./digest-files.js";
import { writeKeyPair } from "./key-files.js";
import { signFile, verifyFile } from "./sign-files.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "sevscale-sign-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

// Written by hand in canonical form (sorted members, no whitespace), so sha256sum can check it too.
const CANONICAL = '{"id":"mx/national","kind":"scale","levels":[{"code":"0N","label":{"es":"Sin impacto"}}],"version":"1.0.0"}';
const PRETTY = `{\n  "version": "1.0.0",\n  "kind": "scale",\n  "id": "mx/national",\n  "levels": [ { "label": { "es": "Sin impacto" }, "code": "0N" } ]\n}\n`;

const codes = (r: VerifyResult | { ok: boolean; issues?: readonly { code: string }[] }) => ("valid" in r ? (r.valid ? [] : r.issues) : (r.issues ?? [])).map((i) => i.code);

function keyringFor(pair: KeyPair, namespaces = ["mx"]): Keyring {
  return {
    kind: "keyring",
    id: "x-org.example/trusted",
    version: "1.0.0",
    keys: [{ kid: pair.publicJwk.kid, publisher: "CERT-MX", jwk: pair.publicJwk, validFrom: "2020-01-01T00:00:00Z", namespaces }],
  };
}

function hasSha256sum(): boolean {
  try {
    execFileSync("sha256sum", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

describe("writeDigestFiles / verifyDigestFiles", () => {
  it("writes sha256sum-format digests of the canonical form, whatever the file's layout", async () => {
    const file = join(dir, "scale.json");
    await writeFile(file, PRETTY);
    const r = await writeDigestFiles(file);
    const sha256 = createHash("sha256").update(CANONICAL).digest("hex");
    const sha512 = createHash("sha512").update(CANONICAL).digest("hex");
    expect(r).toEqual({ ok: true, sha256, sha512, sha256Path: `${file}.sha256`, sha512Path: `${file}.sha512` });
    expect(await readFile(`${file}.sha256`, "utf8")).toBe(`${sha256}  scale.json\n`);
    expect(await readFile(`${file}.sha512`, "utf8")).toBe(`${sha512}  scale.json\n`);
    expect(await verifyDigestFiles(file)).toEqual([]);
  });

  it.skipIf(!hasSha256sum())("produces files sha256sum -c accepts for a canonical file", async () => {
    const file = join(dir, "scale.json");
    await writeFile(file, CANONICAL);
    await writeDigestFiles(file);
    expect(execFileSync("sha256sum", ["-c", "scale.json.sha256"], { cwd: dir, encoding: "utf8" })).toBe("scale.json: OK\n");
    expect(execFileSync("sha512sum", ["-c", "scale.json.sha512"], { cwd: dir, encoding: "utf8" })).toBe("scale.json: OK\n");
  });

  it("detects a changed document but not a reformatted one", async () => {
    const file = join(dir, "scale.json");
    await writeFile(file, PRETTY);
    await writeDigestFiles(file);
    await writeFile(file, CANONICAL);
    expect(await verifyDigestFiles(file)).toEqual([]);
    await writeFile(file, CANONICAL.replace("Sin impacto", "Sin impactos"));
    expect((await verifyDigestFiles(file)).map((i) => [i.code, i.params.algorithm])).toEqual([
      ["digest_mismatch", "sha256"],
      ["digest_mismatch", "sha512"],
    ]);
    await rm(`${file}.sha512`);
    expect((await verifyDigestFiles(file)).map((i) => i.code)).toEqual(["digest_mismatch", "integrity_file_unreadable"]);
  });

  it("takes the document already read instead of reading the file again, and writes the same", async () => {
    const file = join(dir, "scale.json");
    await writeFile(file, PRETTY);
    const read = await writeDigestFiles(file);
    const files = [await readFile(`${file}.sha256`, "utf8"), await readFile(`${file}.sha512`, "utf8")];
    await rm(`${file}.sha256`);
    await rm(`${file}.sha512`);
    expect(await writeDigestFiles(file, { document: JSON.parse(PRETTY) })).toEqual(read);
    expect([await readFile(`${file}.sha256`, "utf8"), await readFile(`${file}.sha512`, "utf8")]).toEqual(files);
    // The value given is what is digested: the file is not read again.
    await writeFile(file, "{ not json");
    expect(await writeDigestFiles(file, { document: JSON.parse(PRETTY) })).toEqual(read);
    expect(codes(await writeDigestFiles(file, { document: { a: "\ud800" } }))).toEqual(["canonical_lone_surrogate"]);
  });

  it("reports unreadable or non-JSON documents and writes nothing", async () => {
    const file = join(dir, "bad.json");
    expect(codes(await writeDigestFiles(file))).toEqual(["file_not_found"]);
    await writeFile(file, "{ nope");
    expect(codes(await writeDigestFiles(file))).toEqual(["invalid_json"]);
    await writeFile(file, '{"id":"mx/a","id":"mx/b"}');
    expect(codes(await writeDigestFiles(file))).toEqual(["duplicate_key"]);
    await writeFile(file, '{"a":"\\ud800"}');
    expect(codes(await writeDigestFiles(file))).toEqual(["canonical_lone_surrogate"]);
    expect(await readdir(dir)).toEqual(["bad.json"]);
  });
});

describe("signFile / verifyFile", () => {
  async function setup() {
    const pair = await generateKeyPair("mx-2026");
    const paths = await writeKeyPair(dir, pair);
    const file = join(dir, "scale.json");
    await writeFile(file, PRETTY);
    const keyringPath = join(dir, "keyring.json");
    await writeFile(keyringPath, JSON.stringify(keyringFor(pair), null, 2));
    return { pair, file, keyringPath, ...paths };
  }

  it("writes <file>.jws and verifies it with a keyring file, a keyring object or a public key file", async () => {
    const { pair, file, keyringPath, privatePath, publicPath } = await setup();
    expect(await signFile(file, privatePath)).toEqual({ ok: true, jwsPath: `${file}.jws`, kid: "mx-2026" });
    expect((await readFile(`${file}.jws`, "utf8")).split(".")).toHaveLength(3);
    const expected = { valid: true, kid: "mx-2026", publisher: "CERT-MX" };
    expect(await verifyFile(file, { keyring: keyringPath })).toEqual(expected);
    expect(await verifyFile(file, { keyring: keyringFor(pair) })).toEqual(expected);
    expect(await verifyFile(file, { publicKey: publicPath })).toEqual({ valid: true, kid: "mx-2026" });
    // Reformatting the document does not change what was signed.
    await writeFile(file, CANONICAL);
    expect(await verifyFile(file, { keyring: keyringPath })).toEqual(expected);
  });

  it("fails on a changed document, a missing signature, a key not allowed, and with no keys", async () => {
    const { pair, file, keyringPath, privatePath } = await setup();
    await signFile(file, privatePath);
    expect(codes(await verifyFile(file, { keyring: keyringFor(pair, ["us"]) }))).toEqual(["key_namespace_denied"]);
    expect(codes(await verifyFile(file, { keyring: keyringPath, at: new Date("2019-01-01T00:00:00Z") }))).toEqual(["key_not_yet_valid"]);
    expect(codes(await verifyFile(file, {}))).toEqual(["verification_key_missing"]);
    // Problems with the keys given are marked, so a caller can report them against the key file.
    expect((await verifyFile(file, {})).keyIssues?.map((i) => i.code)).toEqual(["verification_key_missing"]);
    expect((await verifyFile(file, { keyring: `${keyringPath}.missing` })).keyIssues?.map((i) => i.code)).toEqual(["file_not_found"]);
    await writeFile(file, PRETTY.replace("1.0.0", "1.0.1"));
    expect(codes(await verifyFile(file, { keyring: keyringPath }))).toEqual(["signature_invalid"]);
    expect((await verifyFile(file, { keyring: keyringPath })).keyIssues).toBeUndefined();
    await rm(`${file}.jws`);
    const missing = await verifyFile(file, { keyring: keyringPath });
    expect(missing.valid === false && missing.issues).toEqual([{ code: "signature_file_missing", severity: "error", pointer: "", params: { path: `${file}.jws` } }]);
  });

  it("reports bad inputs as issues and writes no signature", async () => {
    const { file, keyringPath, privatePath, publicPath } = await setup();
    const r = await signFile(file, publicPath);
    expect(r.ok === false && r.issues.map((i) => [i.code, i.params.detail])).toEqual([["key_file_invalid", "not_a_private_key"]]);
    await writeFile(file, "[1, 2,");
    expect(codes(await signFile(file, privatePath))).toEqual(["invalid_json"]);
    expect(codes(await signFile(join(dir, "nothing.json"), join(dir, "nothing.jwk")))).toEqual(["file_not_found", "file_not_found"]);
    // A duplicate member would make what is signed depend on the reader.
    await writeFile(file, '{"kind":"scale","version":"1.0.0","version":"2.0.0"}');
    expect(codes(await signFile(file, privatePath))).toEqual(["duplicate_key"]);
    expect((await readdir(dir)).filter((n) => n.endsWith(".jws"))).toEqual([]);
    await writeFile(keyringPath, JSON.stringify({ kind: "keyring" }));
    expect(codes(await verifyFile(file, { keyring: keyringPath }))).toEqual(["keyring_missing_member", "keyring_missing_member", "keyring_missing_member"]);
  });
});

describe("untrusted small files are read bounded, and only when they are regular files", () => {
  it("a .jws that is a FIFO or /dev/zero is refused with a coded finding, never read", async () => {
    const pair = await generateKeyPair("k1");
    const file = join(dir, "scale.json");
    await writeFile(file, PRETTY);
    execFileSync("mkfifo", [`${file}.jws`]);
    const fifo = await verifyFile(file, { keyring: keyringFor(pair) });
    expect(codes(fifo)).toEqual(["not_a_directory_entry"]);
    const zero = await verifyFile(file, { keyring: keyringFor(pair), jwsPath: "/dev/zero" });
    expect(codes(zero)).toEqual(["not_a_directory_entry"]);
    await rm(`${file}.jws`);
    await writeFile(`${file}.jws`, "x".repeat(70 * 1024));
    expect(codes(await verifyFile(file, { keyring: keyringFor(pair) }))).toEqual(["document_too_large"]);
  });

  it("a .sha256 file holding a SHA-512 line is refused", async () => {
    const file = join(dir, "scale.json");
    await writeFile(file, CANONICAL);
    await writeDigestFiles(file);
    await writeFile(`${file}.sha256`, await readFile(`${file}.sha512`, "utf8"));
    expect((await verifyDigestFiles(file)).map((i) => i.code)).toEqual(["digest_file_algorithm_mismatch"]);
  });
});
