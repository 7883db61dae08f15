import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SevscaleError } from "../issues/error.js";
import { assertDocumentDigest, safeDocumentDigest, sha256Hex, sha512Hex, toHex } from "./digest.js";

const nodeHash = (algorithm: "sha256" | "sha512", bytes: Uint8Array) => createHash(algorithm).update(bytes).digest("hex");

describe("sha256Hex / sha512Hex", () => {
  it("match the FIPS 180-2 'abc' test vectors", async () => {
    const abc = new TextEncoder().encode("abc");
    expect(await sha256Hex(abc)).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(await sha512Hex(abc)).toBe(
      "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
    );
  });

  it("agree with node:crypto on any bytes, including views into larger buffers", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.nat(8), async (data, offset) => {
        const padded = new Uint8Array(data.length + offset + 3);
        padded.set(data, offset);
        const view = padded.subarray(offset, offset + data.length);
        expect(await sha256Hex(view)).toBe(nodeHash("sha256", data));
        expect(await sha512Hex(view)).toBe(nodeHash("sha512", data));
      }),
    );
  });

  it("toHex writes two lower-case digits per byte", () => {
    expect(toHex(new Uint8Array([0, 1, 0xab, 0xff]))).toBe("0001abff");
  });
});

describe("assertDocumentDigest", () => {
  it("hashes the canonical bytes, whatever the member order", async () => {
    const doc = { version: "1.0.0", kind: "scale", id: "mx/national", levels: [{ code: "0N", rank: 0 }] };
    // Canonical text written by hand from RFC 8785's rules (sorted members, no whitespace).
    const expectedText = '{"id":"mx/national","kind":"scale","levels":[{"code":"0N","rank":0}],"version":"1.0.0"}';
    const d = await assertDocumentDigest(doc);
    expect(new TextDecoder().decode(d.canonical)).toBe(expectedText);
    expect(d.sha256).toBe(createHash("sha256").update(expectedText, "utf8").digest("hex"));
    expect(d.sha512).toBe(createHash("sha512").update(expectedText, "utf8").digest("hex"));
    const reordered = await assertDocumentDigest({ levels: [{ rank: 0, code: "0N" }], id: "mx/national", version: "1.0.0", kind: "scale" });
    expect(reordered.sha256).toBe(d.sha256);
  });

  it("throws SevscaleError for a value with no canonical form", async () => {
    await expect(assertDocumentDigest({ a: Number.POSITIVE_INFINITY })).rejects.toBeInstanceOf(SevscaleError);
  });
});

describe("safeDocumentDigest", () => {
  it("gives what assertDocumentDigest gives for a value with a canonical form", async () => {
    const doc = { kind: "mapping", id: "mx/to-crs", version: "2.1.0", records: [{ level: "ñ", note: "é\u2028" }] };
    const safe = await safeDocumentDigest(doc);
    expect(safe).toEqual({ ok: true, ...(await assertDocumentDigest(doc)) });
  });

  it("returns the canonical form's issues, with their pointers, instead of throwing", async () => {
    const result = await safeDocumentDigest({ levels: [{ rank: Number.NaN }] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.pointer)).toEqual(["/levels/0/rank"]);
  });
});
