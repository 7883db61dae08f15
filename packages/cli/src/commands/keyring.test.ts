import { generateKeyPairSync } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validateKeyring } from "@sevscale/core";
import { describe, expect, it } from "vitest";
import { runCli } from "../_fake-io.js";
import { ROOT, tempFolder } from "../_test-files.js";
import { displayPath } from "../format.js";
import { CLI_LANGUAGES, cliTexts, loadLanguage } from "../i18n.js";
import { bumpVersion } from "./keyring.js";

// cliTexts() reads a loaded language: the CLI loads the run's language in main(); these tests read all four, before the module reads any text.
for (const lang of CLI_LANGUAGES) await loadLanguage(lang);

const t = cliTexts("en");
const DEMO = join(ROOT, "examples/keys");

interface Listed {
  version: string;
  keys: { kid: string; publisher: string; namespaces: string[]; validFrom: string; validTo: string | null; state: string }[];
}

async function listed(file: string): Promise<Listed> {
  const r = await runCli(["keyring", "list", file, "--format", "json"]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Listed;
}

describe("sevscale keyring", () => {
  it("create, add (JWK and PEM), list, remove: every file written validates, versions move with the changes", async () => {
    const tmp = tempFolder("keyring");
    try {
      const file = join(tmp.dir, "keyring.json");
      expect((await runCli(["keyring", "create", file, "--id", "xe/keyring"])).code).toBe(0);
      expect(validateKeyring(JSON.parse(readFileSync(file, "utf8")))).toEqual([]);
      expect((await listed(file)).keys).toEqual([]);

      const added = await runCli([
        "keyring", "add", file, "--key", join(DEMO, "demo-DO-NOT-USE.public.jwk"), "--namespace", "xe", "x-org.example.*",
        "--publisher", "CSIRT-XE", "--not-before", "2026-01-01T00:00:00Z", "--not-after", "2026-06-30T00:00:00Z",
      ]);
      expect(added.code, added.stderr).toBe(0);
      expect(added.stdout).toContain(t.keyringAdded("demo-DO-NOT-USE", file, "1.1.0"));

      const { privateKey, publicKey } = generateKeyPairSync("ed25519");
      const pem = tmp.write("partner.pem", publicKey.export({ type: "spki", format: "pem" }).toString());
      const jwk = publicKey.export({ format: "jwk" }) as { x: string };
      expect((await runCli(["keyring", "add", file, "--key", pem, "--namespace", "*", "--kid", "partner", "--not-before", "2999-01-01T00:00:00Z"])).code).toBe(0);

      const keyring = JSON.parse(readFileSync(file, "utf8")) as { version: string; keys: { kid: string; jwk: { x: string } }[] };
      expect(validateKeyring(keyring)).toEqual([]);
      expect(keyring.keys.find((k) => k.kid === "partner")!.jwk.x).toBe(jwk.x);
      const list = await listed(file);
      expect(list.version).toBe("1.2.0");
      expect(list.keys.map((k) => [k.kid, k.publisher, k.namespaces, k.validTo, k.state])).toEqual([
        ["demo-DO-NOT-USE", "CSIRT-XE", ["xe", "x-org.example.*"], "2026-06-30T00:00:00Z", "expired"],
        ["partner", "xe", ["*"], null, "pending"],
      ]);
      const text = await runCli(["keyring", "list", file, "--lang", "es"]);
      expect(text.stdout).toContain(cliTexts("es").keyringState.expired);

      // A private key, in either form, never goes into a keyring.
      const privatePem = tmp.write("private.pem", privateKey.export({ type: "pkcs8", format: "pem" }).toString());
      for (const key of [privatePem, join(DEMO, "demo-DO-NOT-USE.private.jwk")]) {
        const refused = await runCli(["keyring", "add", file, "--key", key, "--namespace", "xe"]);
        expect(refused.code).toBe(2);
        expect(refused.stderr).toContain(t.keyringPrivateGiven(displayPath(key, process.cwd())));
      }
      // The same key id twice is the keyring's own finding; the file is left as it was.
      const before = readFileSync(file, "utf8");
      const twice = await runCli(["keyring", "add", file, "--key", pem, "--namespace", "xe", "--kid", "partner"]);
      expect(twice.code).toBe(1);
      expect(twice.stderr).toContain("keyring_duplicate_kid");
      expect(readFileSync(file, "utf8")).toBe(before);

      const unknown = await runCli(["keyring", "remove", file, "nobody"]);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toContain(t.keyringKidUnknown("nobody", "partner, demo-DO-NOT-USE"));
      const removed = await runCli(["keyring", "remove", file, "demo-DO-NOT-USE"]);
      expect(removed.code).toBe(0);
      expect((await listed(file)).keys.map((k) => k.kid)).toEqual(["partner"]);
      expect((await listed(file)).version).toBe("2.0.0");
    } finally {
      tmp.remove();
    }
  });

  it("create keeps an existing file unless --force", async () => {
    const tmp = tempFolder("keyring");
    try {
      const file = tmp.write("keyring.json", "{}");
      const r = await runCli(["keyring", "create", file]);
      expect(r.code).toBe(2);
      expect(readFileSync(file, "utf8")).toBe("{}");
      expect((await runCli(["keyring", "create", file, "--force"])).code).toBe(0);
      expect(JSON.parse(readFileSync(file, "utf8"))).toMatchObject({ kind: "keyring", id: "local/keyring", version: "1.0.0", keys: [] });
    } finally {
      tmp.remove();
    }
  });

  it("a keyring made with the commands verifies a signature, and one key outside its namespaces does not", async () => {
    const tmp = tempFolder("keyring");
    try {
      const file = join(tmp.dir, "keyring.json");
      const scale = tmp.write("scale.json", readFileSync(join(ROOT, "examples/scales/us-nciss.json"), "utf8"));
      expect((await runCli(["sign", scale, "--key", join(DEMO, "demo-DO-NOT-USE.private.jwk")])).code).toBe(0);
      await runCli(["keyring", "create", file]);
      await runCli(["keyring", "add", file, "--key", join(DEMO, "demo-DO-NOT-USE.public.jwk"), "--namespace", "us", "--not-before", "2026-01-01T00:00:00Z"]);
      expect((await runCli(["verify", scale, "--keyring", file])).code).toBe(0);
      const other = join(tmp.dir, "other.json");
      await runCli(["keyring", "create", other]);
      await runCli(["keyring", "add", other, "--key", join(DEMO, "demo-DO-NOT-USE.public.jwk"), "--namespace", "mx", "--not-before", "2026-01-01T00:00:00Z"]);
      const denied = await runCli(["verify", scale, "--keyring", other]);
      expect(denied.code).toBe(1);
      expect(denied.stdout + denied.stderr).toContain("key_namespace_denied");
    } finally {
      tmp.remove();
    }
  });

  it("validate accepts keyrings and reports a bad one with the keyring's codes and positions", async () => {
    const tmp = tempFolder("keyring");
    try {
      const good = await runCli(["validate", join(DEMO, "demo-keyring.json"), "--format", "json"]);
      expect(good.code).toBe(0);
      expect((JSON.parse(good.stdout) as { files: { kind: string }[] }).files[0]!.kind).toBe("keyring");
      const keyring = JSON.parse(readFileSync(join(DEMO, "demo-keyring.json"), "utf8")) as { keys: { jwk: Record<string, string> }[] };
      keyring.keys[0]!.jwk["d"] = "A".repeat(43);
      const bad = await runCli(["validate", tmp.write("bad.json", keyring), "--format", "json"]);
      expect(bad.code).toBe(1);
      const issues = (JSON.parse(bad.stdout) as { files: { issues: { code: string; pointer: string; line: number | null }[] }[] }).files[0]!.issues;
      expect(issues.map((i) => [i.code, i.pointer])).toEqual([["keyring_private_key", "/keys/0/jwk/d"]]);
      expect(issues[0]!.line).toBeGreaterThan(1);
    } finally {
      tmp.remove();
    }
  });

  it("adding bumps the minor version, removing the major", () => {
    expect(bumpVersion("1.4.2", "minor")).toBe("1.5.0");
    expect(bumpVersion("1.4.2-rc.1", "major")).toBe("2.0.0");
  });
});
