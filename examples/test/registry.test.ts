/**
 * The committed example registry (examples/registry) is current and checks clean. When this fails
 * after an example changed, run `pnpm registry:example` and commit examples/registry.
 */
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadRegistry } from "@sevscale/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXAMPLE_REGISTRY, buildExampleRegistry } from "../../scripts/example-registry.js";
import { REPO_ROOT } from "./support.js";

const committed = join(REPO_ROOT, EXAMPLE_REGISTRY.out);
const keyring = join(REPO_ROOT, EXAMPLE_REGISTRY.keyring);
let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "sevscale-example-registry-"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function tree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const abs = join(e.parentPath, e.name);
    out[abs.slice(dir.length + 1)] = await readFile(abs, "utf8");
  }
  return out;
}

describe("examples/registry", () => {
  it("is what building examples/scales and examples/mappings gives (run `pnpm registry:example` if not)", async () => {
    const fresh = join(tmp, "fresh");
    const built = await buildExampleRegistry(REPO_ROOT, fresh);
    expect(built.ok ? [] : built.issues).toEqual([]);
    expect(await tree(committed)).toEqual(await tree(fresh));
  });

  it("checks clean with the demo keyring: every document listed, verified and signed", async () => {
    const loaded = await loadRegistry(committed, { keyring });
    // The one note: the 2025 illustrative edition supersedes another id (an info, by design).
    expect(loaded.issues.map((f) => [f.path, f.issue.code, f.issue.severity])).toEqual([["sevscale/example-national-2025/1.0.0/scale.json", "supersedes_other_id", "info"]]);
    const json = async (dir: string) => (await readdir(join(REPO_ROOT, dir))).filter((f) => f.endsWith(".json"));
    const count = (await Promise.all(["examples/scales", "examples/mappings", "examples/illustrative/scales", "examples/illustrative/mappings"].map(json))).flat().length;
    expect(loaded.documents).toHaveLength(count + 1);
    expect(loaded.documents.filter((d) => d.entry.kind !== "keyring").every((d) => d.entry.kid === "demo-DO-NOT-USE")).toBe(true);
  });

  it("a tampered copy fails, naming the file", async () => {
    const copy = join(tmp, "tampered");
    await cp(committed, copy, { recursive: true });
    const file = "gb/ncsc-2018/1.0.0/scale.json";
    const text = await readFile(join(copy, file), "utf8");
    // One letter of one label: the document stays valid, only its digests and signature fail.
    const at = text.indexOf('"en":"') + 6;
    await writeFile(join(copy, file), `${text.slice(0, at)}${text[at] === "X" ? "Y" : "X"}${text.slice(at + 1)}`);
    const loaded = await loadRegistry(copy, { keyring });
    expect(loaded.ok).toBe(false);
    expect(loaded.issues.filter((f) => f.issue.severity !== "info").map((f) => [f.path, f.issue.code])).toEqual([
      [file, "registry_digest_mismatch"],
      [file, "registry_digest_mismatch"],
      [`${file}.sha256`, "digest_mismatch"],
      [`${file}.sha512`, "digest_mismatch"],
      [`${file}.jws`, "signature_invalid"],
    ]);
  });
});
