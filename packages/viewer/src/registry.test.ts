import { readFileSync, readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseKeyring } from "@sevscale/core";
import { describe, expect, it } from "vitest";
import type { DroppedFile } from "./registry.js";
import { filesSource, indexRoot, loadLooseDocuments, loadRegistry } from "./registry.js";

const root = resolve(import.meta.dirname, "../../..");
const example = join(root, "examples/registry");
const keyring = parseKeyring(JSON.parse(readFileSync(join(root, "examples/keys/demo-keyring.json"), "utf8")));

/** The example registry as dropped files under a folder name, with some files changed. */
function dropped(changes: Record<string, (text: string) => string | null> = {}): DroppedFile[] {
  const files = readdirSync(example, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return files.flatMap((e) => {
    const path = relative(example, join(e.parentPath, e.name)).split("\\").join("/");
    const text = readFileSync(join(example, path), "utf8");
    const change = changes[path];
    const out = change ? change(text) : text;
    return out === null ? [] : [{ path: `registry/${path}`, file: new Blob([out]) }];
  });
}

const load = (files: DroppedFile[], withKeyring = false) => loadRegistry(filesSource(files, indexRoot(files)!, "test"), withKeyring ? keyring : undefined);
const errors = (r: Awaited<ReturnType<typeof load>>) => r.findings.filter((f) => f.issue.severity === "error").map((f) => [f.path, f.issue.code]);

describe("loading a registry in the browser", () => {
  it("finds the index at the top of a dropped folder", () => {
    expect(indexRoot(dropped())).toBe("registry/");
    expect(indexRoot([{ path: "index.json", file: new Blob([]) }])).toBe("");
    expect(indexRoot([{ path: "a/scale.json", file: new Blob([]) }])).toBeNull();
  });

  it("verifies the example registry: every scale and mapping used, no errors, signatures checked with the keyring", async () => {
    const index = JSON.parse(readFileSync(join(example, "index.json"), "utf8")) as { documents: { kind: string }[] };
    for (const withKeyring of [false, true]) {
      const r = await load(dropped(), withKeyring);
      expect(errors(r)).toEqual([]);
      expect(r.failed).toEqual([]);
      expect(r.scales.length).toBe(index.documents.filter((d) => d.kind === "scale").length);
      expect(r.mappings.length).toBe(index.documents.filter((d) => d.kind === "mapping").length);
      expect(r.signaturesChecked).toBe(withKeyring);
    }
  });

  it("refuses a changed document, naming it, and keeps the others", async () => {
    const r = await load(dropped({ "gb/ncsc-2018/1.0.0/scale.json": (t) => t.replace("Localised incident", "Local incident") }));
    expect(r.failed).toEqual(["gb/ncsc-2018/1.0.0/scale.json"]);
    expect(errors(r)).toContainEqual(["gb/ncsc-2018/1.0.0/scale.json", "registry_digest_mismatch"]);
    expect(r.scales.map((s) => s.document.id)).not.toContain("gb/ncsc-2018");
    expect(r.scales.length).toBeGreaterThan(0);
  });

  it("with a keyring, refuses a document whose signature is missing or broken", async () => {
    const r = await load(
      dropped({
        "au/asd/1.0.0/scale.json.jws": () => null,
        "us/nciss/1.0.0/scale.json.jws": (t) => `${t.trim().slice(0, -4)}AAAA`,
      }),
      true,
    );
    expect([...r.failed].sort()).toEqual(["au/asd/1.0.0/scale.json", "us/nciss/1.0.0/scale.json"]);
    expect(errors(r).map(([path]) => path)).toEqual(expect.arrayContaining(["au/asd/1.0.0/scale.json.jws", "us/nciss/1.0.0/scale.json.jws"]));
  });

  it("with a keyring, refuses a document whose signature was stripped from the index, as registry check does", async () => {
    const strip = (text: string) => {
      const index = JSON.parse(text) as { documents: Record<string, unknown>[] };
      const entry = index.documents.find((d) => d["path"] === "au/asd/1.0.0/scale.json")!;
      delete entry["signature"];
      delete entry["kid"];
      return JSON.stringify(index);
    };
    const r = await load(dropped({ "index.json": strip }), true);
    expect(errors(r)).toContainEqual(["au/asd/1.0.0/scale.json", "document_signature_required"]);
    expect(r.failed).toContain("au/asd/1.0.0/scale.json");
  });

  it("reports a missing digest file and a missing document", async () => {
    const r = await load(dropped({ "us/ciss/1.0.0/scale.json.sha512": () => null, "sevscale/us-ciss-to-crs/1.0.0/mapping.json": () => null }));
    expect(errors(r)).toEqual(
      expect.arrayContaining([
        ["us/ciss/1.0.0/scale.json.sha512", "file_not_found"],
        ["sevscale/us-ciss-to-crs/1.0.0/mapping.json", "file_not_found"],
      ]),
    );
    expect([...r.failed].sort()).toEqual(["sevscale/us-ciss-to-crs/1.0.0/mapping.json", "us/ciss/1.0.0/scale.json"]);
  });

  it("never reads a path the index puts outside the registry", async () => {
    const files = dropped({
      "index.json": (t) => {
        const index = JSON.parse(t) as { documents: { path: string }[] };
        index.documents[0]!.path = "../outside/scale.json";
        return JSON.stringify(index);
      },
    });
    files.push({ path: "outside/scale.json", file: new Blob([readFileSync(join(example, "au/asd/1.0.0/scale.json"))]) });
    const r = await load(files);
    expect(errors(r)).toContainEqual(["index.json", "registry_path_unsafe"]);
    expect(r.scales.map((s) => s.document.id)).not.toContain("au/asd");
  });

  it("an unreadable index is a finding, not a crash", async () => {
    const r = await load(dropped({ "index.json": () => "{ not json" }));
    expect(r.scales).toEqual([]);
    expect(errors(r).length).toBeGreaterThan(0);
    expect(errors(r)[0]![0]).toBe("index.json");
  });

  it("loose documents without an index are validated, and say they are not indexed", async () => {
    const scale = readFileSync(join(example, "gb/ncsc-2018/1.0.0/scale.json"));
    const mapping = readFileSync(join(example, "sevscale/gb-ncsc-2018-to-crs/1.0.0/mapping.json"));
    const broken = new Blob([JSON.stringify({ kind: "scale", id: "xx/broken" })]);
    const r = await loadLooseDocuments(
      [
        { path: "scale.json", file: new Blob([scale]) },
        { path: "mapping.json", file: new Blob([mapping]) },
        { path: "broken.json", file: broken },
      ],
      "test",
    );
    expect(r.indexed).toBe(false);
    expect(r.scales.map((s) => s.document.id)).toEqual(["gb/ncsc-2018"]);
    expect(r.mappings.length).toBe(1);
    expect(r.failed).toEqual(["broken.json"]);
  });
});
