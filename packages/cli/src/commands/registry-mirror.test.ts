/**
 * `sevscale registry mirror` over two registries served on 127.0.0.1 by real static web servers:
 * Python's http.server and sirv (through serveStatic). Built, mirrored and checked with the CLI.
 */
import { spawn } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REFERENCE_SCALE } from "@sevscale/core";
import { serveStatic } from "@sevscale/node";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../_fake-io.js";

let dir: string;
const stops: (() => Promise<void>)[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "sevscale-cli-mirror-"));
  expect((await runCli(["keygen", "--out", "keys", "--kid", "demo"], { cwd: dir })).code).toBe(0);
  const jwk = JSON.parse(await readFile(join(dir, "keys", "demo.public.jwk"), "utf8")) as unknown;
  const keyring = { kind: "keyring", id: "x-org.example/keys", version: "1.0.0", keys: [{ kid: "demo", publisher: "Test", jwk, validFrom: "2026-01-01T00:00:00Z", namespaces: ["mx", "br"] }] };
  await writeFile(join(dir, "keyring.json"), JSON.stringify(keyring));
});
afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
  await rm(dir, { recursive: true, force: true });
});

async function python(root: string): Promise<string> {
  const proc = spawn("python3", ["-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", root], { stdio: ["ignore", "pipe", "pipe"] });
  stops.push(async () => {
    proc.kill();
    await new Promise((ok) => proc.once("exit", ok));
  });
  return new Promise((ok, fail) => {
    let text = "";
    proc.stdout.on("data", (d: Buffer) => {
      text += d.toString();
      const m = /port (\d+)/.exec(text);
      if (m) ok(`http://127.0.0.1:${m[1]}/`);
    });
    proc.once("exit", (code) => fail(new Error(`http.server exited ${code}: ${text}`)));
  });
}

/** Builds the registry of `ns` from the scales named, with the CLI. */
async function build(ns: string, names: string[]): Promise<void> {
  await mkdir(join(dir, `src-${ns}`), { recursive: true });
  for (const name of names) await writeFile(join(dir, `src-${ns}`, `${name}.json`), JSON.stringify({ ...REFERENCE_SCALE, id: `${ns}/${name}` }));
  const r = await runCli(
    ["registry", "build", `src-${ns}`, "--out", ns, "--id", `${ns}/registry`, "--sign", "keys/demo.private.jwk", "--keyring", "keyring.json", "--expires", "2026-12-31T00:00:00Z", "--publisher", `CSIRT ${ns}`, "--contact", `csirt@${ns}.example`],
    { cwd: dir },
  );
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
}

describe("sevscale registry mirror", () => {
  it("builds an aggregate of two local providers that registry check verifies, and refuses the rolled-back member", async () => {
    await build("mx", ["national"]);
    await build("br", ["national"]);
    await cp(join(dir, "br"), join(dir, "br-old"), { recursive: true });
    await build("br", ["national", "sectoral"]);
    const mx = await python(join(dir, "mx"));
    const server = await serveStatic({ roots: [join(dir, "br")] });
    stops.push(() => server.close());
    const br = `${server.url}.well-known/sevscale.json`;
    const mirror = (...extra: string[]) =>
      runCli(["registry", "mirror", mx, br, "--out", "region", "--keyring", "keyring.json", "--state", "mirror-state.json", "--cache", "http-cache", "--at", "2026-12-01T00:00:00Z", "--id", "x-org.example/region", ...extra], { cwd: dir });

    const first = await mirror();
    expect(first.code).toBe(0);
    expect(first.stdout.trim().split("\n").at(-1)).toMatch(/^aggregate region: 2 providers mirrored, 0 refused; \d+ files fetched, 0 reused$/);
    const check = await runCli(["registry", "check", "region", "--keyring", "keyring.json", "--at", "2026-12-01T00:00:00Z"], { cwd: dir });
    expect(check.code).toBe(0);
    expect(check.stdout.trim().split("\n").at(-1)).toBe("5 of 5 documents verified: 0 errors, 1 warning");
    expect(check.stdout).toContain("region/index.json warning registry_index_unprotected");

    // The br host rolls its registry back to an older, genuinely signed index.
    await rm(join(dir, "br"), { recursive: true });
    await cp(join(dir, "br-old"), join(dir, "br"), { recursive: true });
    const second = await mirror("--format", "json", "--lang", "pt");
    expect(second.code).toBe(1);
    const body = JSON.parse(second.stdout) as { members: { id: string; status: string; reused: number }[]; issues: { code: string; message: string }[]; index: { providers: { id: string; sequence: number }[] } };
    expect(body.members.map((m) => [m.id, m.status])).toEqual([
      ["mx/registry", "mirrored"],
      ["br/registry", "refused"],
    ]);
    expect(body.members[0]!.reused).toBe(4 + 3);
    expect(body.issues.filter((i) => i.code !== "registry_entry_withdrawn").map((i) => i.code)).toEqual(["registry_rollback", "registry_provider_refused"]);
    expect(body.issues[0]!.message).toContain("é um índice mais antigo");
    expect(body.index.providers.map((p) => [p.id, p.sequence])).toEqual([
      ["br/registry", 2],
      ["mx/registry", 1],
    ]);
    // The aggregate still holds the newer br copy, and still checks clean.
    const again = await runCli(["registry", "check", "region", "--keyring", "keyring.json", "--at", "2026-12-01T00:00:00Z"], { cwd: dir });
    expect([again.code, again.stdout.trim().split("\n").at(-1)]).toEqual([0, "5 of 5 documents verified: 0 errors, 1 warning"]);
  });
});
