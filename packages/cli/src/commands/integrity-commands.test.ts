import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REFERENCE_SCALE, assertCanonicalJson } from "@sevscale/core";
import { verifyDigestFiles } from "@sevscale/node";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../_fake-io.js";

let dir: string;
let doc: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "sevscale-cli-integrity-"));
  doc = join(dir, "scale.json");
  await writeFile(doc, JSON.stringify({ ...REFERENCE_SCALE, id: "us/example" }, null, 2));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function keygen(kid = "us-2026") {
  const r = await runCli(["keygen", "--out", "keys", "--kid", kid], { cwd: dir });
  expect(r.code).toBe(0);
  const privatePath = join(dir, "keys", `${kid}.private.jwk`);
  const publicPath = join(dir, "keys", `${kid}.public.jwk`);
  const publicJwk = JSON.parse(await readFile(publicPath, "utf8")) as Record<string, unknown>;
  const keyring = { kind: "keyring", id: "x-org.example/trusted", version: "1.0.0", keys: [{ kid, publisher: "US CSIRT", jwk: publicJwk, validFrom: "2026-01-01T00:00:00Z", namespaces: ["us"] }] };
  const keyringPath = join(dir, "keyring.json");
  await writeFile(keyringPath, JSON.stringify(keyring));
  return { r, privatePath, publicPath, keyringPath };
}

describe("sevscale digest", () => {
  it("prints the SHA-256 of the canonical form as sha256sum does, and writes the digest files with --write", async () => {
    const expected = createHash("sha256").update(assertCanonicalJson(JSON.parse(await readFile(doc, "utf8")))).digest("hex");
    const r = await runCli(["digest", "scale.json"], { cwd: dir });
    expect(r).toEqual({ code: 0, stdout: `${expected}  scale.json\n`, stderr: "" });
    const w = await runCli(["digest", "scale.json", "--write"], { cwd: dir });
    expect(w.code).toBe(0);
    expect(await readFile(`${doc}.sha256`, "utf8")).toBe(`${expected}  scale.json\n`);
    expect(await verifyDigestFiles(doc)).toEqual([]);
  });

  it("exits 2 on a missing file and 1 on a document that is not JSON", async () => {
    expect((await runCli(["digest", "nothing.json"], { cwd: dir })).code).toBe(2);
    await writeFile(join(dir, "bad.json"), '{"a": 1, "a": 2}');
    const r = await runCli(["digest", "bad.json"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("duplicate_key");
  });
});

describe("sevscale keygen", () => {
  it("writes a private key only its owner can read, a public key, and a warning", async () => {
    const { r, privatePath, publicPath } = await keygen();
    expect(r.stdout).toBe("private key: keys/us-2026.private.jwk\npublic key:  keys/us-2026.public.jwk\n");
    expect(r.stderr).toContain("never put it in a registry or a repository");
    expect((await stat(privatePath)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(publicPath, "utf8"))).not.toHaveProperty("d");
  });

  it("never overwrites a key, and refuses a key id that is not a safe file name", async () => {
    await keygen();
    const again = await runCli(["keygen", "--out", "keys", "--kid", "us-2026"], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("key_file_exists");
    expect((await runCli(["keygen", "--out", "keys", "--kid", "../evil"], { cwd: dir })).code).toBe(2);
  });

  it("writes to a folder outside any repository by default", async () => {
    const home = join(dir, "home-keys");
    const r = await runCli(["keygen", "--kid", "k1"], { cwd: dir, env: { SEVSCALE_KEYS_DIR: home } });
    expect(r.code).toBe(0);
    expect((await stat(join(home, "k1.private.jwk"))).mode & 0o777).toBe(0o600);
  });

  it("refuses a folder inside a git work tree unless --force is given", async () => {
    await mkdir(join(dir, "repo", ".git"), { recursive: true });
    const refused = await runCli(["keygen", "--out", "repo/keys", "--kid", "k2"], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("git add");
    await expect(stat(join(dir, "repo", "keys", "k2.private.jwk"))).rejects.toThrow();
    const forced = await runCli(["keygen", "--out", "repo/keys", "--kid", "k2", "--force"], { cwd: dir });
    expect(forced.code).toBe(0);
    expect((await stat(join(dir, "repo", "keys", "k2.private.jwk"))).isFile()).toBe(true);
  });
});

describe("sevscale sign and verify", () => {
  it("signs, then verifies with a keyring or a public key", async () => {
    const { privatePath, publicPath, keyringPath } = await keygen();
    const s = await runCli(["sign", "scale.json", "--key", privatePath], { cwd: dir });
    expect(s).toEqual({ code: 0, stdout: "signed: scale.json.jws (key us-2026)\n", stderr: "" });
    expect((await runCli(["verify", "scale.json", "--keyring", keyringPath], { cwd: dir })).stdout).toBe("valid: scale.json is signed by key us-2026 (US CSIRT)\n");
    expect((await runCli(["verify", "scale.json", "--key", publicPath], { cwd: dir })).code).toBe(0);
    const json = await runCli(["verify", "scale.json", "--keyring", keyringPath, "--format", "json"], { cwd: dir });
    expect(JSON.parse(json.stdout)).toEqual({ file: "scale.json", valid: true, kid: "us-2026", publisher: "US CSIRT", issues: [] });
  });

  it("exits 1 with a coded reason when the document changed or the key may not sign it", async () => {
    const { privatePath, keyringPath } = await keygen();
    await runCli(["sign", "scale.json", "--key", privatePath], { cwd: dir });
    await writeFile(doc, JSON.stringify({ ...REFERENCE_SCALE, id: "gb/example" }));
    const denied = await runCli(["verify", "scale.json", "--keyring", keyringPath, "--format", "json"], { cwd: dir });
    expect(denied.code).toBe(1);
    expect((JSON.parse(denied.stdout) as { issues: { code: string }[] }).issues.map((i) => i.code)).toEqual(["signature_invalid", "key_namespace_denied"]);
    const es = await runCli(["verify", "scale.json", "--keyring", keyringPath, "--lang", "es"], { cwd: dir });
    expect(es.code).toBe(1);
    expect(es.stdout).toContain("no válido: scale.json");
    expect(es.stdout).toContain("La firma no corresponde al documento");
  });

  it("exits 2 on usage and I/O problems", async () => {
    const { privatePath, publicPath, keyringPath } = await keygen();
    const cases: string[][] = [
      ["verify", "scale.json"],
      ["verify", "scale.json", "--keyring", keyringPath, "--key", publicPath],
      ["verify", "scale.json", "--keyring", "missing.json"],
      ["verify", "missing.json", "--key", publicPath],
      ["sign", "scale.json", "--key", publicPath],
      ["sign", "missing.json", "--key", privatePath],
      ["sign", "scale.json"],
    ];
    for (const argv of cases) expect([argv.join(" "), (await runCli(argv, { cwd: dir })).code]).toEqual([argv.join(" "), 2]);
    // No signature at all is a finding about the document, not a usage error.
    const unsigned = await runCli(["verify", "scale.json", "--key", publicPath], { cwd: dir });
    expect([unsigned.code, unsigned.stdout.includes("signature_file_missing")]).toEqual([1, true]);
  });
});
