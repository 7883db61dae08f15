import { describe, expect, it } from "vitest";
import type { RegistryEntry } from "../model/registry.js";
import { checkEntryDocument } from "./check-entry.js";

const digests = { sha256: "a".repeat(64), sha512: "b".repeat(128) };
const entry: RegistryEntry = { kind: "scale", id: "us/x", version: "1.0.0", status: "active", path: "us/x/1.0.0/scale.json", digests };
const doc = { kind: "scale", id: "us/x", version: "1.0.0", status: "active" };

describe("checkEntryDocument", () => {
  it("is empty when the entry describes the document", () => {
    expect(checkEntryDocument(entry, doc, digests)).toEqual([]);
  });

  it("reports each member and digest that differs", () => {
    const r = checkEntryDocument(entry, { ...doc, version: "1.0.1", status: "draft" }, { sha256: "c".repeat(64), sha512: digests.sha512 });
    expect(r.map((i) => [i.code, i.params["member"] ?? i.params["algorithm"], i.params["actual"]])).toEqual([
      ["registry_entry_mismatch", "version", "1.0.1"],
      ["registry_entry_mismatch", "status", "draft"],
      ["registry_digest_mismatch", "SHA-256", "c".repeat(64)],
    ]);
  });

  it("does not ask a keyring for a status", () => {
    const ring: RegistryEntry = { ...entry, kind: "keyring", path: "keyring.json" };
    expect(checkEntryDocument(ring, { kind: "keyring", id: "us/x", version: "1.0.0" }, digests)).toEqual([]);
    expect(checkEntryDocument(ring, { kind: "scale", id: "us/x", version: "1.0.0" }, digests).map((i) => i.params["member"])).toEqual(["kind"]);
  });
});
