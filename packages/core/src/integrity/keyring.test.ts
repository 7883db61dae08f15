import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MESSAGE_CATALOG } from "../issues/catalog.js";
import { SevscaleError } from "../issues/error.js";
import { parseKeyring, validateKeyring } from "./keyring.js";

const X = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo";

function keyring() {
  return {
    $schema: "https://sevscale.example/schemas/keyring/1.0.json",
    kind: "keyring",
    id: "x-org.example/trusted",
    version: "1.2.0",
    keys: [
      {
        kid: "mx-2026",
        publisher: "CERT-MX",
        jwk: { kty: "OKP", crv: "Ed25519", x: X, kid: "mx-2026", alg: "EdDSA", use: "sig" },
        validFrom: "2026-01-01T00:00:00Z",
        validTo: "2027-01-01T00:00:00-06:00",
        namespaces: ["mx"],
      },
      { kid: "org", publisher: "Example", jwk: { kty: "OKP", crv: "Ed25519", x: X }, validFrom: "2025-06-01T12:00:00.5+02:00", namespaces: ["x-org.example.*", "eu"] },
    ],
  };
}

type Mutable = ReturnType<typeof keyring> & Record<string, unknown>;

function findings(mutate: (k: Mutable) => void) {
  const k = keyring() as Mutable;
  mutate(k);
  return validateKeyring(k).map(({ code, pointer, params }) => ({ code, pointer, params }));
}

describe("validateKeyring", () => {
  it("accepts a well-formed keyring", () => {
    expect(validateKeyring(keyring())).toEqual([]);
    expect(parseKeyring(keyring()).keys[1]?.namespaces).toEqual(["x-org.example.*", "eu"]);
  });

  it("rejects a private key with its own code, not as an unknown member", () => {
    expect(findings((k) => Object.assign(k.keys[0]!.jwk, { d: "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A" }))).toEqual([
      { code: "keyring_private_key", pointer: "/keys/0/jwk/d", params: {} },
    ]);
  });

  it("rejects duplicate key ids and reversed validity periods", () => {
    expect(findings((k) => (k.keys[1]!.kid = "mx-2026"))).toEqual([
      { code: "keyring_duplicate_kid", pointer: "/keys/1/kid", params: { kid: "mx-2026", first: "/keys/0/kid" } },
    ]);
    // 2026-01-01T05:00Z is earlier than 2026-01-01T00:00Z... only once offsets are applied.
    expect(findings((k) => (k.keys[0]!.validTo = "2025-12-31T23:00:00-05:00"))).toEqual([]);
    expect(findings((k) => (k.keys[0]!.validTo = "2026-01-01T00:59:00+01:00"))).toEqual([
      { code: "keyring_validity_reversed", pointer: "/keys/0/validTo", params: { validFrom: "2026-01-01T00:00:00Z", validTo: "2026-01-01T00:59:00+01:00" } },
    ]);
  });

  it("reports structure with JSON pointers", () => {
    expect(findings((k) => delete (k.keys[0] as Partial<Mutable["keys"][0]>).publisher)).toEqual([
      { code: "keyring_missing_member", pointer: "/keys/0/publisher", params: { member: "publisher" } },
    ]);
    expect(findings((k) => (k["extra/member"] = 1))).toEqual([
      { code: "keyring_unknown_member", pointer: "/extra~1member", params: { member: "extra/member" } },
    ]);
    expect(findings((k) => (k.keys = "none" as never))).toEqual([{ code: "keyring_wrong_type", pointer: "/keys", params: { expected: "array" } }]);
    expect(findings((k) => (k.kind = "scale"))).toEqual([{ code: "keyring_invalid_value", pointer: "/kind", params: { expected: '"keyring"' } }]);
    expect(findings((k) => (k.version = "1.0"))).toEqual([{ code: "keyring_invalid_value", pointer: "/version", params: { expected: "semver" } }]);
    expect(findings((k) => (k.id = "no-namespace"))).toEqual([{ code: "keyring_invalid_value", pointer: "/id", params: { expected: "<namespace>/<name>" } }]);
    expect(findings((k) => (k.keys[0]!.validFrom = "2026-01-01"))).toEqual([
      { code: "keyring_invalid_value", pointer: "/keys/0/validFrom", params: { expected: "RFC 3339 date-time" } },
    ]);
    expect(findings((k) => (k.keys[0]!.namespaces = []))).toEqual([{ code: "keyring_invalid_value", pointer: "/keys/0/namespaces", params: { expected: "items >= 1" } }]);
    expect(findings((k) => (k.keys[0]!.namespaces = ["MX", "a*b"])).map((f) => f.pointer)).toEqual(["/keys/0/namespaces/0", "/keys/0/namespaces/1"]);
    expect(findings((k) => ((k.keys[0]!.jwk as { kty: string }).kty = "EC")).map((f) => [f.code, f.pointer])).toEqual([["keyring_invalid_value", "/keys/0/jwk/kty"]]);
    expect(validateKeyring(null).map((i) => [i.code, i.pointer])).toEqual([["keyring_wrong_type", ""]]);
  });

  it("never throws, and every finding is a catalogued error with a pointer into the input", () => {
    const mutated = fc.record({ path: fc.array(fc.nat(6), { maxLength: 4 }), value: fc.anything() }).map(({ path, value }) => {
      // Replace one node of a valid keyring with an arbitrary value.
      const k: unknown = keyring();
      let node = k as Record<string, unknown>;
      for (const step of path) {
        const keys = Object.keys(node);
        const next = node[keys[step % keys.length]!];
        if (typeof next !== "object" || next === null || keys.length === 0) break;
        node = next as Record<string, unknown>;
      }
      const keys = Object.keys(node);
      if (keys.length > 0) node[keys[(path[0] ?? 0) % keys.length]!] = value;
      return k;
    });
    fc.assert(
      fc.property(fc.oneof(mutated, fc.anything()), (value) => {
        for (const issue of validateKeyring(value)) {
          expect(MESSAGE_CATALOG[issue.code]?.stage).toBe("integrity");
          expect(issue.severity).toBe("error");
          expect(issue.pointer === "" || issue.pointer.startsWith("/")).toBe(true);
        }
      }),
    );
  });

  it("parseKeyring throws SevscaleError carrying the issues", () => {
    expect(() => parseKeyring({ kind: "keyring" })).toThrow(SevscaleError);
  });
});
