import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RegistryEntry } from "../model/registry.js";
import { checkRegistryIndex } from "./check-index.js";
import { buildRegistryIndex } from "./index-build.js";
import { registryPathProblem } from "./layout.js";

const digests = { sha256: "a".repeat(64), sha512: "b".repeat(128) };
const entry = (id: string, path = `${id}/1.0.0/scale.json`): RegistryEntry => ({ kind: "scale", id, version: "1.0.0", status: "active", path, digests });
const indexOf = (...documents: unknown[]) => ({ ...buildRegistryIndex([], { id: "sevscale/test", version: "1.0.0", generated: "2026-11-23T00:00:00Z" }), documents });

describe("checkRegistryIndex", () => {
  it("returns every entry of a well-formed index", () => {
    const value = indexOf(entry("gb/a"), entry("us/b"));
    const r = checkRegistryIndex(value);
    expect(r.issues).toEqual([]);
    expect(r.entries.map((x) => [x.entry.id, x.pointer])).toEqual([
      ["gb/a", "/documents/0"],
      ["us/b", "/documents/1"],
    ]);
    expect(r.index).toEqual(value);
  });

  it("reports traversal paths, never returns them, and keeps checking the other entries", () => {
    const value = indexOf(
      entry("us/a", "../../etc/passwd"),
      entry("us/b", "/etc/passwd"),
      entry("us/c", "%2e%2e/%2e%2e/etc/passwd"),
      { ...entry("us/d"), signature: "..\\secret.jws" },
      entry("us/e"),
    );
    const r = checkRegistryIndex(value);
    expect(r.entries.map((x) => x.entry.id)).toEqual(["us/e"]);
    expect(r.issues.map((i) => [i.code, i.pointer, i.params["reason"]])).toEqual([
      ["registry_path_unsafe", "/documents/0/path", "dot_segment"],
      ["registry_path_unsafe", "/documents/1/path", "absolute"],
      ["registry_path_unsafe", "/documents/2/path", "percent_encoded"],
      ["registry_path_unsafe", "/documents/3/signature", "backslash"],
    ]);
  });

  it("reports duplicates and paths outside the layout", () => {
    const r = checkRegistryIndex(indexOf(entry("us/a"), entry("us/a", "us/a/other.json"), entry("us/b", "us/a/1.0.0/scale.json"), entry("us/c", "c.json")));
    expect(r.entries.map((x) => x.entry.path)).toEqual(["us/a/1.0.0/scale.json", "c.json"]);
    expect(r.issues.map((i) => [i.code, i.pointer])).toEqual([
      ["registry_entry_duplicate", "/documents/1"],
      ["registry_path_duplicate", "/documents/2/path"],
      ["registry_path_unexpected", "/documents/3/path"],
    ]);
    expect(r.issues.find((i) => i.code === "registry_path_unexpected")?.severity).toBe("warning");
  });

  it("reports a broken header and broken entries with pointers", () => {
    const r = checkRegistryIndex({ kind: "registry", documents: [{ ...entry("us/a"), digests: { sha256: "xyz" } }, 7] });
    expect(r.index).toBeUndefined();
    expect(r.entries).toEqual([]);
    const pointers = r.issues.map((i) => i.pointer);
    expect(pointers).toEqual(expect.arrayContaining(["/id", "/version", "/generated", "/documents/0/digests/sha256", "/documents/0/digests/sha512", "/documents/1"]));
    expect(new Set(r.issues.map((i) => i.code))).toEqual(new Set(["registry_index_invalid"]));
    expect(checkRegistryIndex("nope").issues.map((i) => i.pointer)).toEqual([""]);
  });

  it("never throws, and returns only entries with safe paths, on any JSON value", () => {
    const entryish = fc.record({
      kind: fc.constantFrom("scale", "mapping", "keyring", "x"),
      id: fc.constantFrom("us/a", "us/b", "bad"),
      version: fc.constantFrom("1.0.0", "2.0.0", "x"),
      status: fc.constantFrom("active", "draft"),
      path: fc.oneof(fc.constantFrom("us/a/1.0.0/scale.json", "../x", "/x", "a/%2e%2e/b", "a\\b"), fc.string()),
      digests: fc.constant(digests),
    });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.array(fc.oneof(entryish, fc.jsonValue())).map((d) => indexOf(...d))), (value) => {
        const r = checkRegistryIndex(value);
        for (const { entry: e } of r.entries) {
          expect(registryPathProblem(e.path)).toBeUndefined();
          if (e.signature !== undefined) expect(registryPathProblem(e.signature)).toBeUndefined();
        }
        expect(new Set(r.entries.map((x) => x.entry.path)).size).toBe(r.entries.length);
      }),
    );
  });
});
