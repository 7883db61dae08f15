import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RegistryEntry, RegistryIndex } from "../model/registry.js";
import { checkRegistryFreshness, registryRecordOf } from "./freshness.js";

const AT = new Date("2026-12-01T00:00:00Z");

function entry(id: string, version: string, status: RegistryEntry["status"] = "active", sha = "a"): RegistryEntry {
  return { kind: "scale", id, version, status, path: `${id}/${version}/scale.json`, digests: { sha256: sha.repeat(64), sha512: sha.repeat(128) } };
}

function index(sequence: number | undefined, documents: RegistryEntry[], expires: string | null = "2026-12-31T00:00:00Z"): RegistryIndex {
  return {
    kind: "registry",
    id: "x-org.example/registry",
    version: "1.0.0",
    generated: "2026-11-23T00:00:00Z",
    ...(sequence !== undefined ? { sequence } : {}),
    ...(expires !== null ? { expires } : {}),
    documents,
  };
}

const codes = (issues: readonly { code: string }[]) => issues.map((i) => i.code);
const check = (next: RegistryIndex, previous?: RegistryIndex, signature: "verified" | "absent" = "verified") =>
  checkRegistryFreshness(next, previous && registryRecordOf(previous, "verified"), { at: AT, signature });

describe("checkRegistryFreshness", () => {
  it("accepts a first index, and the same index again", () => {
    const first = index(1, [entry("us/a", "1.0.0")]);
    expect(check(first)).toEqual([]);
    expect(check(first, first)).toEqual([]);
  });

  it("refuses an older sequence, with the pointer and both numbers, and compares no entries then", () => {
    const newer = index(5, [entry("us/a", "1.0.0"), entry("us/a", "2.0.0")]);
    const older = index(4, [entry("us/a", "1.0.0")]);
    expect(check(older, newer)).toEqual([{ code: "registry_rollback", severity: "error", pointer: "/sequence", params: { sequence: 4, last: 5 } }]);
    // An index without a sequence after one with: a rollback to the old format.
    expect(codes(check(index(undefined, newer.documents), newer))).toEqual(["registry_index_unprotected", "registry_rollback"]);
  });

  it("refuses an expired index at the reader's instant, and only after its expiry", () => {
    const expired = index(1, [], "2026-11-30T23:59:59Z");
    expect(check(expired)).toEqual([{ code: "registry_expired", severity: "error", pointer: "/expires", params: { expires: "2026-11-30T23:59:59Z", at: AT.toISOString() } }]);
    expect(checkRegistryFreshness(expired, undefined, { at: new Date("2026-11-30T23:59:59Z"), signature: "verified" })).toEqual([]);
  });

  it("refuses a released entry that vanished or changed; a withdrawn one stays, a draft may go", () => {
    const before = index(1, [entry("us/a", "1.0.0"), entry("us/b", "1.0.0"), entry("us/d", "0.1.0", "draft")]);
    const trimmed = index(2, [entry("us/b", "1.0.0")]);
    expect(check(trimmed, before)).toEqual([{ code: "registry_entry_vanished", severity: "error", pointer: "/documents", params: { kind: "scale", id: "us/a", version: "1.0.0" } }]);
    const replaced = index(2, [entry("us/a", "1.0.0", "active", "b"), entry("us/b", "1.0.0")]);
    expect(codes(check(replaced, before))).toEqual(["registry_entry_replaced"]);
    const withdrawn = index(2, [{ ...entry("us/a", "1.0.0"), withdrawn: { date: "2026-11-24T00:00:00Z", reason: "superseded" } }, entry("us/b", "1.0.0")]);
    expect(check(withdrawn, before)).toEqual([
      { code: "registry_entry_withdrawn", severity: "info", pointer: "/documents/0/withdrawn", params: { id: "us/a", version: "1.0.0", date: "2026-11-24T00:00:00Z", reason: "superseded" } },
    ]);
    // Once withdrawn it stays listed: removing it later is a vanished entry too.
    expect(codes(check(trimmed, withdrawn))).toEqual(["registry_entry_vanished"]);
  });

  it("says what an old index lacks, and refuses a signature removed after a signed one", () => {
    const old = index(undefined, [entry("us/a", "1.0.0")], null);
    expect(checkRegistryFreshness(old, undefined, { at: AT, signature: "absent" })).toEqual([
      { code: "registry_index_unprotected", severity: "warning", pointer: "", params: { missing: "signature, sequence, expires" } },
    ]);
    const signed = index(3, [entry("us/a", "1.0.0")]);
    expect(codes(check(index(3, signed.documents), signed, "absent"))).toEqual(["registry_index_unprotected", "registry_index_signature_removed"]);
  });

  it("reports a rollback exactly when the sequence is smaller than the one remembered", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 40 }), fc.integer({ min: 1, max: 2 ** 40 }), (last, next) => {
        const found = codes(check(index(next, []), index(last, []))).includes("registry_rollback");
        expect(found).toBe(next < last);
      }),
    );
  });
});
