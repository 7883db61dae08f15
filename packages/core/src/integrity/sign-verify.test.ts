import { createPrivateKey, createPublicKey, sign as nodeSign, verify as nodeVerify } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DURING_2026, exampleScale, generateKeyPair, keyEntry, keyringOf } from "../../test/integrity-fixtures.js";
import { SevscaleError } from "../issues/error.js";
import { assertCanonicalJson } from "./canonical.js";
import { JWS_TYPE } from "./jws-header.js";
import type { KeyPair } from "./keys.js";
import { assertDocumentSignature } from "./sign.js";
import type { VerifyResult } from "./verify.js";
import { verifyDocument } from "./verify.js";

const RFC8037 = { kty: "OKP", crv: "Ed25519", d: "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A", x: "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo" } as const;

const b64url = (s: string | Uint8Array) => Buffer.from(s).toString("base64url");
const codes = (r: VerifyResult) => (r.valid ? [] : r.issues.map((i) => i.code));

let pair: KeyPair;
let other: KeyPair;
async function pairs() {
  pair ??= await generateKeyPair();
  other ??= await generateKeyPair();
  return { pair, other };
}

describe("assertDocumentSignature", () => {
  it("writes a detached compact JWS whose signature node:crypto verifies over the canonical bytes", async () => {
    const doc = exampleScale();
    const jws = await assertDocumentSignature(doc, { ...RFC8037, kid: "rfc8037" });
    const [header, payload, signature] = jws.split(".");
    expect(payload).toBe("");
    expect(JSON.parse(Buffer.from(header!, "base64url").toString("utf8"))).toEqual({ alg: "EdDSA", kid: "rfc8037", typ: JWS_TYPE });
    const publicKey = createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: RFC8037.x }, format: "jwk" });
    const signingInput = Buffer.from(`${header}.${b64url(assertCanonicalJson(doc))}`);
    expect(nodeVerify(null, signingInput, publicKey, Buffer.from(signature!, "base64url"))).toBe(true);
  });

  it("defaults kid to the key's thumbprint (RFC 8037 A.3)", async () => {
    const jws = await assertDocumentSignature({ a: 1 }, RFC8037);
    expect(JSON.parse(Buffer.from(jws.split(".")[0]!, "base64url").toString()).kid).toBe("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k");
  });

  it("refuses keys that are not Ed25519 private JWKs, and documents with no canonical form", async () => {
    const { other } = await pairs();
    await expect(assertDocumentSignature({}, { ...RFC8037, d: undefined } as never)).rejects.toBeInstanceOf(SevscaleError);
    await expect(assertDocumentSignature({}, { ...RFC8037, crv: "P-256" } as never)).rejects.toBeInstanceOf(SevscaleError);
    // A JWK whose x belongs to another key would make signatures nobody can verify.
    await expect(assertDocumentSignature({}, { ...RFC8037, x: other.publicJwk.x })).rejects.toThrow(/signing_key_invalid/);
    await expect(assertDocumentSignature({ n: Number.NaN }, RFC8037)).rejects.toBeInstanceOf(SevscaleError);
  });
});

describe("verifyDocument", () => {
  it("accepts a signature made independently with node:crypto", async () => {
    const doc = exampleScale();
    const header = b64url(JSON.stringify({ alg: "EdDSA", kid: "rfc8037" }));
    const key = createPrivateKey({ key: RFC8037, format: "jwk" });
    const sig = nodeSign(null, Buffer.from(`${header}.${b64url(assertCanonicalJson(doc))}`), key).toString("base64url");
    const entry = keyEntry({ publicJwk: { kty: "OKP", crv: "Ed25519", x: RFC8037.x, kid: "rfc8037" } } as KeyPair);
    expect(await verifyDocument(doc, `${header}..${sig}`, keyringOf(entry), { at: DURING_2026 })).toEqual({ valid: true, kid: "rfc8037", publisher: "CERT-MX" });
  });

  it("verifies against a keyring and against a single public key, whatever the member order", async () => {
    const { pair } = await pairs();
    const doc = exampleScale();
    const jws = await assertDocumentSignature(doc, pair.privateJwk);
    const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(doc).reverse()), null, 2)) as unknown;
    expect(await verifyDocument(reordered, jws, keyringOf(keyEntry(pair)), { at: DURING_2026 })).toEqual({ valid: true, kid: pair.publicJwk.kid, publisher: "CERT-MX" });
    expect(await verifyDocument(doc, jws, pair.publicJwk)).toEqual({ valid: true, kid: pair.publicJwk.kid });
  });

  describe("failure reasons", () => {
    async function signed() {
      const { pair, other } = await pairs();
      const doc = exampleScale();
      return { doc, jws: await assertDocumentSignature(doc, pair.privateJwk), pair, other, kid: pair.publicJwk.kid };
    }

    it("tampered document -> signature_invalid", async () => {
      const { doc, jws, pair, kid } = await signed();
      const tampered = { ...doc, version: "2.1.1" };
      const r = await verifyDocument(tampered, jws, keyringOf(keyEntry(pair)), { at: DURING_2026 });
      expect(r).toEqual({ valid: false, kid, issues: [{ code: "signature_invalid", severity: "error", pointer: "", params: { kid } }] });
    });

    it("wrong key under the same kid -> signature_invalid", async () => {
      const { doc, jws, pair, other, kid } = await signed();
      const impostor = keyEntry(pair, { jwk: { ...other.publicJwk, kid } });
      expect(codes(await verifyDocument(doc, jws, keyringOf(impostor), { at: DURING_2026 }))).toEqual(["signature_invalid"]);
      expect(codes(await verifyDocument(doc, jws, { ...other.publicJwk, kid: undefined } as never))).toEqual(["signature_invalid"]);
    });

    it("unknown kid -> key_unknown", async () => {
      const { doc, jws, other, kid } = await signed();
      const r = await verifyDocument(doc, jws, keyringOf(keyEntry(other)), { at: DURING_2026 });
      expect(r).toEqual({ valid: false, kid, issues: [{ code: "key_unknown", severity: "error", pointer: "", params: { kid } }] });
      expect(codes(await verifyDocument(doc, jws, other.publicJwk))).toEqual(["key_unknown"]);
    });

    it("expired and not-yet-valid keys (bounds inclusive, default now)", async () => {
      const { doc, jws, pair, kid } = await signed();
      const ring = keyringOf(keyEntry(pair));
      const after = await verifyDocument(doc, jws, ring, { at: new Date("2027-01-01T00:00:00Z") });
      expect(after).toEqual({
        valid: false,
        kid,
        issues: [{ code: "key_expired", severity: "error", pointer: "", params: { kid, validTo: "2026-12-31T23:59:59Z", at: "2027-01-01T00:00:00.000Z" } }],
      });
      const before = await verifyDocument(doc, jws, ring, { at: new Date("2025-12-31T23:59:59.999Z") });
      expect(before.valid === false && before.issues.map((i) => [i.code, i.params])).toEqual([
        ["key_not_yet_valid", { kid, validFrom: "2026-01-01T00:00:00Z", at: "2025-12-31T23:59:59.999Z" }],
      ]);
      expect((await verifyDocument(doc, jws, ring, { at: new Date("2026-01-01T00:00:00Z") })).valid).toBe(true);
      expect((await verifyDocument(doc, jws, ring, { at: new Date("2026-12-31T23:59:59Z") })).valid).toBe(true);
      const now = Date.now();
      const current = keyringOf(keyEntry(pair, { validFrom: new Date(now - 60_000).toISOString(), validTo: new Date(now + 3_600_000).toISOString() }));
      expect((await verifyDocument(doc, jws, current)).valid).toBe(true);
      expect(codes(await verifyDocument(doc, jws, keyringOf(keyEntry(pair, { validFrom: new Date(now + 3_600_000).toISOString(), validTo: undefined }))))).toEqual(["key_not_yet_valid"]);
      await expect(verifyDocument(doc, jws, ring, { at: new Date("nonsense") })).rejects.toThrow(TypeError);
    });

    it("namespace not allowed -> key_namespace_denied; wildcards are prefixes", async () => {
      const { doc, jws, pair, kid } = await signed();
      const only = (namespaces: string[]) => keyringOf(keyEntry(pair, { namespaces }));
      const r = await verifyDocument(doc, jws, only(["us", "eu"]), { at: DURING_2026 });
      expect(r.valid === false && r.issues).toEqual([{ code: "key_namespace_denied", severity: "error", pointer: "", params: { kid, namespace: "mx", allowed: ["us", "eu"] } }]);
      expect((await verifyDocument(doc, jws, only(["m*"]), { at: DURING_2026 })).valid).toBe(true);
      expect((await verifyDocument(doc, jws, only(["*"]), { at: DURING_2026 })).valid).toBe(true);
      expect(codes(await verifyDocument(doc, jws, only(["mx.*"]), { at: DURING_2026 }))).toEqual(["key_namespace_denied"]);
      // An explicit namespace overrides the one read from the document's id.
      expect(codes(await verifyDocument(doc, jws, only(["mx"]), { at: DURING_2026, namespace: "us" }))).toEqual(["key_namespace_denied"]);
    });

    it("document without an id -> document_namespace_missing unless the key may sign anything", async () => {
      const { pair } = await pairs();
      const doc = { kind: "note", text: "sin id" };
      const jws = await assertDocumentSignature(doc, pair.privateJwk);
      expect(codes(await verifyDocument(doc, jws, keyringOf(keyEntry(pair)), { at: DURING_2026 }))).toEqual(["document_namespace_missing"]);
      expect((await verifyDocument(doc, jws, keyringOf(keyEntry(pair, { namespaces: ["*"] })), { at: DURING_2026 })).valid).toBe(true);
    });

    it("reports every rule a valid signature breaks, together with a bad signature", async () => {
      const { doc, jws, pair } = await signed();
      const ring = keyringOf(keyEntry(pair, { namespaces: ["us"] }));
      expect(codes(await verifyDocument({ ...doc, status: "retired" }, jws, ring, { at: new Date("2030-01-01T00:00:00Z") }))).toEqual([
        "signature_invalid",
        "key_expired",
        "key_namespace_denied",
      ]);
    });

    it("malformed JWS -> signature_malformed with a detail", async () => {
      const { doc, jws, pair } = await signed();
      const ring = keyringOf(keyEntry(pair));
      const [h, , s] = jws.split(".") as [string, string, string];
      const header = (obj: object) => b64url(JSON.stringify(obj));
      const kid = pair.publicJwk.kid;
      const cases: [unknown, string][] = [
        ["", "not_three_segments"],
        ["a.b", "not_three_segments"],
        [`${h}.${s}`, "not_three_segments"],
        [`${h}.${b64url(assertCanonicalJson(doc))}.${s}`, "payload_not_detached"],
        [`${h}..`, "not_base64url"],
        [`${h}==..${s}`, "not_base64url"],
        [`${b64url("not json")}..${s}`, "header_not_json_object"],
        [`${b64url("[1]")}..${s}`, "header_not_json_object"],
        [`${header({ kid })}..${s}`, "alg_missing"],
        [`${header({ alg: "EdDSA" })}..${s}`, "kid_missing"],
        [`${header({ alg: "EdDSA", kid, b64: false, crit: ["b64"] })}..${s}`, "b64_unsupported"],
        [`${header({ alg: "EdDSA", kid, crit: ["exp"] })}..${s}`, "crit_unsupported"],
        [`${header({ alg: "EdDSA", kid, typ: "JWT" })}..${s}`, "typ_not_sevscale"],
        [42, "not_a_string"],
      ];
      for (const [bad, detail] of cases) {
        const r = await verifyDocument(doc, bad as string, ring, { at: DURING_2026 });
        expect([bad, r.valid === false && r.issues.map((i) => [i.code, i.params])]).toEqual([bad, [["signature_malformed", { detail }]]]);
      }
      // Case-insensitive typ with the optional "application/" prefix is the same type (RFC 7515 §4.1.9);
      // the header changed, so the old signature no longer matches.
      expect(codes(await verifyDocument(doc, `${header({ alg: "EdDSA", kid, typ: `application/${JWS_TYPE.toUpperCase()}` })}..${s}`, ring, { at: DURING_2026 }))).toEqual([
        "signature_invalid",
      ]);
      // A signature of the wrong length is a failed verification, not a crash.
      expect(codes(await verifyDocument(doc, `${h}..${s.slice(4)}`, ring, { at: DURING_2026 }))).toEqual(["signature_invalid"]);
    });

    it("unsupported algorithms and unusable keys", async () => {
      const { doc, jws, pair } = await signed();
      const kid = pair.publicJwk.kid;
      const s = jws.split(".")[2]!;
      const ring = keyringOf(keyEntry(pair));
      for (const alg of ["none", "HS256", "ES256"]) {
        const r = await verifyDocument(doc, `${b64url(JSON.stringify({ alg, kid }))}..${s}`, ring, { at: DURING_2026 });
        expect(r.valid === false && r.issues.map((i) => [i.code, i.params])).toEqual([["key_algorithm_unsupported", { alg }]]);
      }
      const ecKey = keyEntry(pair, { jwk: { kty: "EC", crv: "P-256", x: pair.publicJwk.x } as never });
      expect(codes(await verifyDocument(doc, jws, keyringOf(ecKey), { at: DURING_2026 }))).toEqual(["key_algorithm_unsupported"]);
      const badDates = keyEntry(pair, { validFrom: "whenever" });
      expect(codes(await verifyDocument(doc, jws, keyringOf(badDates), { at: DURING_2026 }))).toEqual(["key_unusable"]);
      const badX = keyEntry(pair, { jwk: { ...pair.publicJwk, x: "A".repeat(43) } });
      expect(codes(await verifyDocument(doc, jws, keyringOf(badX), { at: DURING_2026 }))).not.toEqual([]);
    });

    it("a value with no canonical form is reported, not thrown", async () => {
      const { jws, pair } = await signed();
      expect(codes(await verifyDocument({ n: Number.NaN }, jws, pair.publicJwk))).toEqual(["canonical_non_finite_number"]);
    });
  });
});
