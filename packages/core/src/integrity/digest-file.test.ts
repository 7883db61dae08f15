import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SevscaleError } from "../issues/error.js";
import { checkDigestFile, formatDigestFile, parseDigestFile, safeParseDigestFile } from "./digest-file.js";

const HEX256 = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
const HEX512 = "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f";

const hexDigest = fc.constantFrom(32, 64).chain((n) => fc.uint8Array({ minLength: n, maxLength: n }).map((b) => Buffer.from(b).toString("hex")));
const fileName = fc.string({ unit: "grapheme", minLength: 1 }).filter((s) => !/[\n\r\\]/.test(s) && s.trim() !== "");

const codesOf = (text: string) => {
  const r = safeParseDigestFile(text);
  return r.ok ? [] : r.issues.map((i) => i.code);
};

describe("formatDigestFile", () => {
  it("writes sha256sum's text-mode line", () => {
    expect(formatDigestFile(HEX256, "scale.json")).toBe(`${HEX256}  scale.json\n`);
  });

  it("refuses what sha256sum would escape, and digests that are not lower-case SHA-256/512 hex", () => {
    expect(() => formatDigestFile(HEX256, "a\nb")).toThrow(TypeError);
    expect(() => formatDigestFile(HEX256, "a\\b")).toThrow(TypeError);
    expect(() => formatDigestFile(HEX256, "")).toThrow(TypeError);
    expect(() => formatDigestFile(HEX256.toUpperCase(), "a")).toThrow(TypeError);
    expect(() => formatDigestFile(HEX256.slice(2), "a")).toThrow(TypeError);
  });
});

describe("parseDigestFile", () => {
  it("round-trips with formatDigestFile", () => {
    fc.assert(
      fc.property(hexDigest, fileName, (hex, name) => {
        expect(parseDigestFile(formatDigestFile(hex, name))).toEqual({ algorithm: hex.length === 64 ? "sha256" : "sha512", hex, fileName: name });
      }),
    );
  });

  it("keeps unusual file names whole", () => {
    for (const name of [" !", "a\u2028b", "x\u2029", "  lead and trail  ", "*star"]) {
      expect(parseDigestFile(formatDigestFile(HEX256, name)).fileName).toBe(name);
    }
  });

  it("accepts binary mode, CRLF, no final newline, a BOM and upper-case hex", () => {
    expect(parseDigestFile(`${HEX512} *scale.json`)).toEqual({ algorithm: "sha512", hex: HEX512, fileName: "scale.json" });
    expect(parseDigestFile(`\uFEFF${HEX256.toUpperCase()}  scale.json\r\n`)).toEqual({ algorithm: "sha256", hex: HEX256, fileName: "scale.json" });
  });

  it("reports malformed files with coded issues", () => {
    expect(codesOf("")).toEqual(["digest_file_empty"]);
    expect(codesOf("\n \n")).toEqual(["digest_file_empty"]);
    expect(codesOf(`${HEX256} scale.json`)).toEqual(["digest_file_malformed"]);
    expect(codesOf(`${HEX256.slice(1)}  scale.json`)).toEqual(["digest_file_malformed"]);
    expect(codesOf(`${HEX256}  `)).toEqual(["digest_file_malformed"]);
    expect(codesOf(`SHA256 (scale.json) = ${HEX256}`)).toEqual(["digest_file_malformed"]);
    expect(codesOf(`${HEX256}  a.json\n${HEX256}  b.json\n`)).toEqual(["digest_file_multiple_entries"]);
    const r = safeParseDigestFile(`x\n${HEX256}  a\n`);
    expect(r.ok ? [] : r.issues).toEqual([
      { code: "digest_file_malformed", severity: "error", pointer: "", params: { line: 1 } },
      { code: "digest_file_multiple_entries", severity: "error", pointer: "", params: { count: 2 } },
    ]);
  });

  it("never throws in safe mode; the throwing form carries the same issues", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (text) => void safeParseDigestFile(text)));
    expect(() => parseDigestFile("nonsense")).toThrow(SevscaleError);
  });
});

describe("checkDigestFile", () => {
  const digests = { sha256: HEX256, sha512: HEX512 };

  it("passes when the digest and name match", () => {
    expect(checkDigestFile(formatDigestFile(HEX256, "s.json"), digests, "s.json")).toEqual([]);
    expect(checkDigestFile(formatDigestFile(HEX512, "s.json"), digests)).toEqual([]);
  });

  it("reports a different digest or file name", () => {
    const other = HEX256.replace(/^b/, "c");
    expect(checkDigestFile(formatDigestFile(other, "t.json"), digests, "s.json").map((i) => [i.code, i.params])).toEqual([
      ["digest_file_name_mismatch", { expected: "s.json", actual: "t.json" }],
      ["digest_mismatch", { algorithm: "sha256", expected: other, actual: HEX256 }],
    ]);
    expect(checkDigestFile("junk", digests).map((i) => i.code)).toEqual(["digest_file_malformed"]);
  });
});
