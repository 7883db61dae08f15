import { mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SevscaleError, generateKeyPair } from "@sevscale/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readJwkFile, writeKeyPair } from "./key-files.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "sevscale-keys-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const modeOf = async (path: string) => (await stat(path)).mode & 0o777;
const codes = (r: { ok: boolean; issues?: readonly { code: string }[] }) => r.issues?.map((i) => i.code) ?? [];

describe("writeKeyPair", () => {
  it("writes <kid>.private.jwk with mode 0600 and <kid>.public.jwk with mode 0644", async () => {
    const pair = await generateKeyPair("mx-2026");
    const paths = await writeKeyPair(dir, pair);
    expect(paths).toEqual({ privatePath: join(dir, "mx-2026.private.jwk"), publicPath: join(dir, "mx-2026.public.jwk") });
    expect(await modeOf(paths.privatePath)).toBe(0o600);
    expect(await modeOf(paths.publicPath)).toBe(0o644);
    expect(JSON.parse(await readFile(paths.privatePath, "utf8"))).toEqual(pair.privateJwk);
    const pub = JSON.parse(await readFile(paths.publicPath, "utf8")) as Record<string, unknown>;
    expect(pub).toEqual(pair.publicJwk);
    expect("d" in pub).toBe(false);
    expect((await readdir(dir)).sort()).toEqual(["mx-2026.private.jwk", "mx-2026.public.jwk"]);
  });

  it("never overwrites a key file", async () => {
    const pair = await generateKeyPair("k1");
    const { privatePath } = await writeKeyPair(dir, pair);
    const second = await generateKeyPair("k1");
    const error = await writeKeyPair(dir, second).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SevscaleError);
    expect((error as SevscaleError).issues).toEqual([{ code: "key_file_exists", severity: "error", pointer: "", params: { path: privatePath } }]);
    expect(JSON.parse(await readFile(privatePath, "utf8"))).toEqual(pair.privateJwk);
  });

  it("refuses a pair whose halves differ or whose kid is not a safe file name", async () => {
    const a = await generateKeyPair("a");
    const b = await generateKeyPair("a");
    await expect(writeKeyPair(dir, { privateJwk: a.privateJwk, publicJwk: b.publicJwk })).rejects.toThrow(TypeError);
    await expect(writeKeyPair(dir, { privateJwk: { ...a.privateJwk, kid: "../x" }, publicJwk: { ...a.publicJwk, kid: "../x" } })).rejects.toThrow(TypeError);
    expect(await readdir(dir)).toEqual([]);
  });
});

describe("readJwkFile", () => {
  it("reads both halves back, telling private from public", async () => {
    const pair = await generateKeyPair();
    const { privatePath, publicPath } = await writeKeyPair(dir, pair);
    expect(await readJwkFile(privatePath)).toEqual({ ok: true, jwk: pair.privateJwk, isPrivate: true });
    expect(await readJwkFile(publicPath)).toEqual({ ok: true, jwk: pair.publicJwk, isPrivate: false });
  });

  it("reports missing, non-JSON and non-Ed25519 files as issues", async () => {
    expect(codes(await readJwkFile(join(dir, "none.jwk")))).toEqual(["file_not_found"]);
    await writeFile(join(dir, "bad.jwk"), "{ not json");
    expect(codes(await readJwkFile(join(dir, "bad.jwk")))).toEqual(["invalid_json"]);
    await writeFile(join(dir, "ec.jwk"), JSON.stringify({ kty: "EC", crv: "P-256", x: "a", y: "b" }));
    const r = await readJwkFile(join(dir, "ec.jwk"));
    expect(r.ok ? [] : r.issues).toEqual([{ code: "key_file_invalid", severity: "error", pointer: "", params: { path: join(dir, "ec.jwk"), detail: "kty_not_okp" } }]);
  });

  it("refuses a key file whose members are ambiguous (a duplicate x or d)", async () => {
    const pair = await generateKeyPair();
    const other = await generateKeyPair();
    // JSON.parse would keep the last x: a reader and a signer could disagree on the key.
    const text = `{"kty":"OKP","crv":"Ed25519","x":"${pair.publicJwk.x}","x":"${other.publicJwk.x}"}`;
    await writeFile(join(dir, "dup.jwk"), text);
    expect(codes(await readJwkFile(join(dir, "dup.jwk")))).toEqual(["duplicate_key"]);
  });
});
