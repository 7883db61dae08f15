import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sha256Hex, sha256HexSync, toHex } from "./digest.js";
import { sha256 } from "./sha256.js";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("sha256 (synchronous, plain JavaScript)", () => {
  it("gives the FIPS 180-4 / NIST example digests", () => {
    expect(toHex(sha256(new Uint8Array()))).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(toHex(sha256(utf8("abc")))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(toHex(sha256(utf8("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")))).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
    expect(toHex(sha256(new Uint8Array(1_000_000).fill(0x61)))).toBe("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  });

  it("agrees with WebCrypto on every length around the block and padding boundaries", async () => {
    for (let n = 0; n <= 130; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 0xff);
      expect(sha256HexSync(bytes), `length ${n}`).toBe(await sha256Hex(bytes));
    }
  });

  it("agrees with WebCrypto on any bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), async (bytes) => {
        expect(sha256HexSync(bytes)).toBe(await sha256Hex(bytes));
      }),
      { seed: 20261205, numRuns: 300 },
    );
  });

  it("reads only the view it is given, not the rest of its buffer", () => {
    const buffer = utf8("xxabcxx");
    expect(toHex(sha256(buffer.subarray(2, 5)))).toBe(toHex(sha256(utf8("abc"))));
  });
});
