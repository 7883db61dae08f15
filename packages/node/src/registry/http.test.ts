import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve, sep } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Keyring } from "@sevscale/core";
import { signingSetup, writeSources } from "../../test/registry-fixtures.js";
import { buildRegistry } from "./build.js";
import { registryBaseUrl } from "./http-source.js";
import { loadRegistry } from "./load.js";

let dir: string;
let out: string;
let keyring: Keyring;
let server: Server;
let base: string;
const requests: string[] = [];
/** Per-path replies that override serving the file (redirects, errors, slow answers). */
const overrides = new Map<string, (res: ServerResponse) => void>();

function serve(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? "/", "http://localhost");
  requests.push(url.pathname);
  const override = overrides.get(url.pathname);
  if (override) return override(res);
  if (!url.pathname.startsWith("/reg/")) {
    res.writeHead(404).end();
    return;
  }
  const file = resolve(out, decodeURIComponent(url.pathname.slice("/reg/".length)));
  if (!file.startsWith(out + sep)) {
    res.writeHead(403).end();
    return;
  }
  readFile(file).then(
    (bytes) => res.writeHead(200, { "content-type": "application/json" }).end(bytes),
    () => res.writeHead(404).end(),
  );
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "sevscale-http-"));
  out = join(dir, "registry");
  await writeSources(join(dir, "src"), 3);
  const setup = await signingSetup(dir);
  keyring = setup.keyring;
  const built = await buildRegistry(join(dir, "src"), out, { signWith: setup.privatePath, keyring: setup.keyringPath });
  expect(built.ok).toBe(true);
  server = createServer(serve);
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/reg/`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((ok) => server.close(() => ok()));
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  requests.length = 0;
  overrides.clear();
});

const errors = (r: { issues: readonly { path: string; issue: { code: string; severity: string } }[] }) =>
  r.issues.filter((f) => f.issue.severity === "error").map((f) => [f.path, f.issue.code]);

describe("loadRegistry over http", () => {
  it("gives the same documents as loading the directory", async () => {
    const [web, local] = await Promise.all([loadRegistry(base, { keyring }), loadRegistry(out, { keyring })]);
    expect(web.issues).toEqual([]);
    expect(web.root).toBe(base);
    expect(web.documents).toHaveLength(7);
    expect(web.documents).toEqual(local.documents);
    expect(web.index).toEqual(local.index);
    expect(requests.every((p) => p.startsWith("/reg/"))).toBe(true);
  });

  it("accepts the index URL itself as the registry's address", async () => {
    expect(registryBaseUrl(`${base}index.json`).href).toBe(base);
    expect(registryBaseUrl(base.slice(0, -1)).href).toBe(base);
    expect((await loadRegistry(`${base}index.json`, { keyring })).ok).toBe(true);
  });

  it("reports a tampered file served over http", async () => {
    const path = "us/scale-0/1.0.0/scale.json";
    const original = await readFile(join(out, path), "utf8");
    await writeFile(join(out, path), original.replace('"High"', '"Hi"'));
    try {
      const r = await loadRegistry(base, { keyring });
      expect(errors(r)).toEqual([
        [path, "registry_digest_mismatch"],
        [path, "registry_digest_mismatch"],
        [`${path}.sha256`, "digest_mismatch"],
        [`${path}.sha512`, "digest_mismatch"],
        [`${path}.jws`, "signature_invalid"],
      ]);
    } finally {
      await writeFile(join(out, path), original);
    }
  });

  it("never requests a URL outside the base, whatever the index says", async () => {
    const index = JSON.parse(await readFile(join(out, "index.json"), "utf8")) as { documents: Record<string, unknown>[] };
    const template = { ...index.documents[0]!, signature: undefined, kid: undefined };
    index.documents.push(
      { ...template, id: "us/t1", path: "../../etc/passwd" },
      { ...template, id: "us/t2", path: "%2e%2e/%2e%2e/etc/passwd" },
      { ...template, id: "us/t3", path: "/etc/passwd" },
      { ...template, id: "us/t4", path: "http://127.0.0.1:1/x.json" },
    );
    overrides.set("/evil/index.json", (res) => res.writeHead(200).end(JSON.stringify(index)));
    const r = await loadRegistry(base.replace("/reg/", "/evil/"), { keyring });
    expect(r.issues.filter((f) => f.issue.code === "registry_path_unsafe").map((f) => f.issue.params["reason"])).toEqual([
      "dot_segment",
      "percent_encoded",
      "absolute",
      "scheme",
    ]);
    expect(requests.filter((p) => !p.startsWith("/evil/"))).toEqual([]);
  });

  it("follows redirects within the base and refuses the others", async () => {
    const path = "gb/scale-1/1.0.0/scale.json";
    overrides.set(`/reg/${path}.sha256`, (res) => res.writeHead(302, { location: `/reg/${path}.sha256.real` }).end());
    overrides.set(`/reg/${path}.sha256.real`, (res) => void readFile(join(out, `${path}.sha256`)).then((b) => res.writeHead(200).end(b)));
    overrides.set(`/reg/${path}.sha512`, (res) => res.writeHead(301, { location: "http://127.0.0.1:9/elsewhere" }).end());
    const r = await loadRegistry(base, { keyring });
    expect(errors(r)).toEqual([[`${path}.sha512`, "registry_redirect_refused"]]);
    expect(requests).toContain(`/reg/${path}.sha256.real`);
  });

  it("reports HTTP errors, oversized bodies and timeouts with their URL", async () => {
    overrides.set("/reg/us/scale-0/1.0.0/scale.json", (res) => res.writeHead(500).end());
    overrides.set("/reg/au/scale-2/1.0.0/scale.json.jws", () => undefined); // never answers
    overrides.set("/reg/gb/scale-1/1.0.0/scale.json", (res) => res.writeHead(200).end("x".repeat(70_000)));
    const r = await loadRegistry(base, { keyring, timeoutMs: 300, maxBytes: 64 * 1024 });
    expect(r.issues.filter((f) => f.issue.severity === "error").map((f) => [f.path, f.issue.code, f.issue.params["status"] ?? f.issue.params["reason"] ?? f.issue.params["limit"]])).toEqual([
      ["au/scale-2/1.0.0/scale.json.jws", "registry_signature_missing", undefined],
      ["au/scale-2/1.0.0/scale.json.jws", "registry_fetch_failed", "timeout"],
      ["gb/scale-1/1.0.0/scale.json", "document_too_large", 64 * 1024],
      ["us/scale-0/1.0.0/scale.json", "registry_fetch_status", 500],
    ]);
  });

  it("reports an unreachable registry", async () => {
    overrides.set("/reg/index.json", (res) => res.writeHead(404).end());
    expect(errors(await loadRegistry(base))).toEqual([["index.json", "registry_fetch_status"]]);
    const closed = await loadRegistry("http://127.0.0.1:9/reg/", { timeoutMs: 2000 });
    expect(errors(closed)).toEqual([["index.json", "registry_fetch_failed"]]);
  });

  it("refuses a URL with credentials, and never shows the password", async () => {
    const withPassword = base.replace("http://", "http://alice:s3cret@");
    const r = await loadRegistry(withPassword);
    expect(errors(r)).toEqual([[r.root, "registry_url_credentials"]]);
    expect(JSON.stringify(r)).not.toContain("s3cret");
    expect(requests.filter((p) => p.startsWith("/reg/"))).toEqual([]);
  });

  it("stops at the overall deadline: requests in flight are aborted, the rest not made, one finding counts them", async () => {
    for (const path of ["/reg/us/scale-0/1.0.0/scale.json", "/reg/gb/scale-1/1.0.0/scale.json", "/reg/au/scale-2/1.0.0/scale.json"]) overrides.set(path, () => undefined);
    const r = await loadRegistry(base, { keyring, deadlineMs: 300, concurrency: 1 });
    const deadline = r.issues.filter((f) => f.issue.code === "registry_deadline_reached");
    expect(deadline).toHaveLength(1);
    expect(Number(deadline[0]!.issue.params["checked"])).toBeLessThan(Number(deadline[0]!.issue.params["total"]));
    expect(r.ok).toBe(false);
    expect(r.documents.length + r.rejected.length).toBe(r.index!.documents.length);
  });
});
