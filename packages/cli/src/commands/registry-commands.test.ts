import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REFERENCE_SCALE } from "@sevscale/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../_fake-io.js";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "sevscale-cli-registry-"));
  await mkdir(join(dir, "src"));
  for (const ns of ["us", "gb", "au"]) {
    await writeFile(join(dir, "src", `${ns}.json`), JSON.stringify({ ...REFERENCE_SCALE, id: `${ns}/example` }, null, 2));
  }
  const r = await runCli(["keygen", "--out", "keys", "--kid", "demo"], { cwd: dir });
  expect(r.code).toBe(0);
  const jwk = JSON.parse(await readFile(join(dir, "keys", "demo.public.jwk"), "utf8")) as unknown;
  const keyring = { kind: "keyring", id: "sevscale/test-keyring", version: "1.0.0", keys: [{ kid: "demo", publisher: "Test", jwk, validFrom: "2026-01-01T00:00:00Z", namespaces: ["us", "gb", "au", "sevscale"] }] };
  await writeFile(join(dir, "keyring.json"), JSON.stringify(keyring, null, 2));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const build = (...extra: string[]) =>
  runCli(["registry", "build", "src", "--out", "registry", "--sign", "keys/demo.private.jwk", "--keyring", "keyring.json", "--now", "2026-11-23T00:00:00Z", "--id", "sevscale/test", ...extra], { cwd: dir });

describe("sevscale registry build and check", () => {
  it("builds a signed registry that checks clean", async () => {
    const b = await build();
    expect(b).toEqual({ code: 0, stdout: "registry registry: 4 documents; 20 files written, 0 unchanged, 0 removed\n", stderr: "" });
    const c = await runCli(["registry", "check", "registry", "--keyring", "keyring.json"], { cwd: dir });
    expect(c).toEqual({ code: 0, stdout: "4 of 4 documents verified: 0 errors, 0 warnings\n", stderr: "" });
    const again = await build("--format", "json");
    expect(JSON.parse(again.stdout)).toEqual({ ok: true, out: "registry", documents: 4, written: [], unchanged: 15, removed: [], issues: [] });
    const json = await runCli(["registry", "check", "registry", "--keyring", "keyring.json", "--format", "json"], { cwd: dir });
    const body = JSON.parse(json.stdout) as { ok: boolean; documents: { id: string; signed: boolean }[]; issues: unknown[] };
    expect(body.ok).toBe(true);
    expect(body.documents.map((d) => [d.id, d.signed])).toEqual([
      ["au/example", true],
      ["gb/example", true],
      ["sevscale/test-keyring", false],
      ["us/example", true],
    ]);
  });

  it("a tampered copy fails the check, naming the file", async () => {
    await build();
    await cp(join(dir, "registry"), join(dir, "tampered"), { recursive: true });
    const file = join(dir, "tampered", "gb/example/1.0.0/scale.json");
    await writeFile(file, (await readFile(file, "utf8")).replace("First release.", "First release!"));
    const c = await runCli(["registry", "check", "tampered", "--keyring", "keyring.json"], { cwd: dir });
    expect(c.code).toBe(1);
    const lines = c.stdout.trim().split("\n");
    // The one issue line of every command: `file[:line:column] severity code message [pointer]`.
    expect(lines.slice(0, -1).map((l) => l.split(" ").slice(0, 3).join(" "))).toEqual([
      "tampered/gb/example/1.0.0/scale.json error registry_digest_mismatch",
      "tampered/gb/example/1.0.0/scale.json error registry_digest_mismatch",
      "tampered/gb/example/1.0.0/scale.json.sha256 error digest_mismatch",
      "tampered/gb/example/1.0.0/scale.json.sha512 error digest_mismatch",
      "tampered/gb/example/1.0.0/scale.json.jws error signature_invalid",
    ]);
    expect(lines.at(-1)).toBe("3 of 4 documents verified: 5 errors, 0 warnings");
  });

  it("refuses to change a released version, and leaves the registry as it was", async () => {
    await build();
    const index = await readFile(join(dir, "registry", "index.json"), "utf8");
    await writeFile(join(dir, "src", "us.json"), JSON.stringify({ ...REFERENCE_SCALE, id: "us/example", title: { en: "Changed" } }));
    const b = await build("--lang", "es");
    expect(b.code).toBe(1);
    expect(b.stdout).toContain("registry_release_modified");
    expect(b.stdout).toContain("Una versión publicada es inmutable");
    expect(b.stderr).toContain("no se construyó el registro");
    expect(await readFile(join(dir, "registry", "index.json"), "utf8")).toBe(index);
  });

  it("uses SOURCE_DATE_EPOCH for the generated instant when --now is not given", async () => {
    const b = await runCli(["registry", "build", "src", "--out", "registry"], { cwd: dir, env: { SOURCE_DATE_EPOCH: "1795392000" } });
    expect(b.code).toBe(0);
    expect(JSON.parse(await readFile(join(dir, "registry", "index.json"), "utf8"))).toMatchObject({ generated: "2026-11-23T00:00:00Z", id: "local/registry" });
  });

  it("shows progress on a terminal only", async () => {
    const tty = await build("--id", "sevscale/test");
    expect(tty.stderr).toBe("");
    await rm(join(dir, "registry"), { recursive: true });
    const onTerminal = await runCli(["registry", "build", "src", "--out", "registry", "--now", "2026-11-23T00:00:00Z"], { cwd: dir, tty: true });
    expect(onTerminal.code).toBe(0);
    expect(onTerminal.stderr).toContain("writing");
    expect(onTerminal.stderr.endsWith("\r\u001b[2K")).toBe(true);
  });

  it("exits 2 on usage and I/O problems", async () => {
    const cases: string[][] = [
      ["registry", "build", "src", "--out", "registry", "--now", "yesterday"],
      ["registry", "build", "nowhere", "--out", "registry"],
      ["registry", "build", "src", "--out", "registry", "--sign", "keys/demo.public.jwk"],
      ["registry", "build", "src", "--out", "registry", "--keyring", "keys/demo.private.jwk"],
      ["registry", "build", "src", "--out", "src/registry"],
      ["registry", "build", "src"],
      ["registry", "check", "nowhere"],
      ["registry", "check", "ftp://example.org/registry/"],
      ["registry", "check", "src", "--keyring", "missing.json"],
      ["registry", "check", "src", "--at", "soon"],
      ["registry"],
    ];
    for (const argv of cases) expect([argv.join(" "), (await runCli(argv, { cwd: dir })).code]).toEqual([argv.join(" "), 2]);
    expect((await runCli(["registry", "build", "src", "--out", "registry"], { cwd: dir, env: { SOURCE_DATE_EPOCH: "soon" } })).code).toBe(2);
  });

  it("exits 1 when a folder holds no registry", async () => {
    const c = await runCli(["registry", "check", "src"], { cwd: dir });
    expect(c.code).toBe(1);
    expect(c.stdout).toContain("src/index.json error file_not_found");
  });
});

describe("the example registry under attack (issue 7)", () => {
  const repo = join(import.meta.dirname, "..", "..", "..", "..");
  const keyring = join(repo, "examples", "keys", "demo-keyring.json");

  it("an index that lost a document's signature fails registry check with the example keyring (exit 1)", async () => {
    const copy = join(dir, "example-registry");
    await cp(join(repo, "examples", "registry"), copy, { recursive: true });
    const indexPath = join(copy, "index.json");
    const index = JSON.parse(await readFile(indexPath, "utf8")) as { documents: Record<string, unknown>[] };
    const entry = index.documents.find((d) => d["kind"] === "scale")!;
    delete entry["signature"];
    delete entry["kid"];
    await writeFile(indexPath, JSON.stringify(index, null, 2));
    const r = await runCli(["registry", "check", copy, "--keyring", keyring, "--format", "json"], { cwd: dir });
    expect(r.code).toBe(1);
    const body = JSON.parse(r.stdout) as { ok: boolean; documents: { path: string }[]; issues: { code: string; file: string }[] };
    expect(body.ok).toBe(false);
    expect(body.issues.filter((i) => i.code === "document_signature_required")).toHaveLength(1);
    expect(body.documents.map((d) => d.path)).not.toContain(entry["path"]);
  });
});

describe("sevscale registry check --state", () => {
  it("refuses an older index and an expired one, with codes, pointers and params, and reports withdrawals", async () => {
    expect((await build("--expires", "2026-12-31T00:00:00Z")).code).toBe(0);
    await cp(join(dir, "registry"), join(dir, "old"), { recursive: true });
    await writeFile(join(dir, "src", "extra.json"), JSON.stringify({ ...REFERENCE_SCALE, id: "gb/extra" }));
    expect((await build("--expires", "2026-12-31T00:00:00Z", "--withdraw", "us/example@1.0.0=Replaced by gb/extra.")).code).toBe(0);
    const check = (folder: string, ...extra: string[]) =>
      runCli(["registry", "check", folder, "--keyring", "keyring.json", "--state", "state/seen.json", "--at", "2026-12-01T00:00:00Z", ...extra], { cwd: dir });

    const fresh = await check("registry", "--format", "json");
    expect(fresh.code).toBe(0);
    const body = JSON.parse(fresh.stdout) as { index: unknown; issues: { code: string; params: Record<string, unknown> }[] };
    expect(body.index).toEqual({ id: "sevscale/test", sequence: 2, expires: "2026-12-31T00:00:00Z", signature: "verified" });
    expect(body.issues.map((i) => [i.code, i.params["id"]])).toEqual([["registry_entry_withdrawn", "us/example"]]);

    const rolled = await check("old", "--format", "json");
    expect(rolled.code).toBe(1);
    const issues = (JSON.parse(rolled.stdout) as { issues: { code: string; pointer: string; params: unknown; file: string }[] }).issues;
    expect(issues.map((i) => [i.file, i.code, i.pointer, i.params])).toEqual([["old/index.json", "registry_rollback", "/sequence", { sequence: 1, last: 2 }]]);

    const late = await runCli(["registry", "check", "registry", "--keyring", "keyring.json", "--at", "2027-01-01T00:00:00Z", "--lang", "fr"], { cwd: dir });
    expect(late.code).toBe(1);
    expect(late.stdout).toContain("registry_expired");
    expect(late.stdout).toContain("L’index a expiré le 2026-12-31T00:00:00Z");

    await writeFile(join(dir, "state", "broken.json"), "[]");
    const broken = await runCli(["registry", "check", "registry", "--state", "state/broken.json"], { cwd: dir });
    expect([broken.code, broken.stderr.includes("registry_state_invalid") || broken.stdout.includes("registry_state_invalid")]).toEqual([2, true]);
  });

  it("refuses a duration, a withdrawal or a sequence it cannot use (exit 2 or 1)", async () => {
    expect((await build("--expires-in", "thirty days")).code).toBe(2);
    expect((await build("--withdraw", "us/example")).code).toBe(2);
    expect((await build("--withdraw", "us/nothing@1.0.0=gone")).code).toBe(1);
    expect((await build("--expires-in", "12h", "--sequence", "7")).code).toBe(0);
    const index = JSON.parse(await readFile(join(dir, "registry", "index.json"), "utf8")) as { sequence: number; expires: string };
    expect(index.sequence).toBe(7);
    expect(Date.parse(index.expires) - Date.now()).toBeGreaterThan(12 * 3600 * 1000 - 60_000);
    expect((await build("--sequence", "3")).code).toBe(1);
  });
});
