import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeUtf8, findInvalidUtf8, utf8ByteLength } from "./utf8.js";

function decodesStrictly(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

describe("utf8ByteLength", () => {
  it("equals the length TextEncoder writes, lone surrogates included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(utf8ByteLength(s)).toBe(new TextEncoder().encode(s).length);
      }),
    );
  });

  it("counts long texts exactly too, with surrogate pairs across its chunk boundaries", () => {
    // Long enough for the chunked path; pairs and lone surrogates land on every offset mod 16 384.
    const piece = fc.constantFrom("a", "é", "中", "😀", "\ud83d", "\ude00");
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 40 }), fc.integer({ min: 16_000, max: 16_400 }), (pieces, pad) => {
        const body = pieces.join("");
        const s = "x".repeat(pad) + body.repeat(Math.ceil(20_000 / body.length));
        expect(utf8ByteLength(s)).toBe(new TextEncoder().encode(s).length);
      }),
      { numRuns: 50 },
    );
  });
});

describe("findInvalidUtf8", () => {
  it("finds known ill-formed sequences at their first byte", () => {
    const cases: [number[], number | undefined][] = [
      [[0x61, 0xc3, 0xa9], undefined],
      [[0x61, 0xc0, 0x80], 1], // overlong NUL
      [[0xe0, 0x80, 0x80], 0], // overlong 3-byte
      [[0x61, 0x62, 0xed, 0xa0, 0x80], 2], // UTF-16 surrogate
      [[0xf4, 0x90, 0x80, 0x80], 0], // above U+10FFFF
      [[0xf0, 0x9f, 0x98], 0], // truncated emoji
      [[0x80], 0], // lone continuation byte
      [[0xff, 0xfe, 0x7b, 0x00], 0], // UTF-16 LE BOM
      [[0xf0, 0x9f, 0x98, 0x80, 0xe4, 0xb8, 0xad], undefined],
    ];
    for (const [bytes, expected] of cases) expect(findInvalidUtf8(new Uint8Array(bytes)), JSON.stringify(bytes)).toBe(expected);
  });

  it("says valid exactly when a fatal TextDecoder accepts, and the prefix before it always decodes", () => {
    const nearlyText = fc
      .tuple(fc.string({ unit: "grapheme" }), fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), { maxLength: 2 }))
      .map(([s, edits]) => {
        const bytes = new TextEncoder().encode(s);
        for (const e of edits) if (bytes.length > 0) bytes[e.at % bytes.length] = e.byte;
        return bytes;
      });
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array(), nearlyText), (bytes) => {
        const at = findInvalidUtf8(bytes);
        expect(at === undefined).toBe(decodesStrictly(bytes));
        if (at !== undefined) expect(decodesStrictly(bytes.subarray(0, at))).toBe(true);
      }),
    );
  });
});

describe("decodeUtf8", () => {
  it("keeps a leading BOM so the caller can report it", () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x31]))).toEqual({ ok: true, text: "\uFEFF1" });
  });

  it("returns the byte offset and the valid prefix on failure", () => {
    expect(decodeUtf8(new Uint8Array([0x61, 0xc3, 0xa9, 0xc3]))).toEqual({ ok: false, byteOffset: 3, validPrefix: "aé" });
  });

  it("fails where findInvalidUtf8 says, with the prefix before it decoded (a real U+FFFD included)", () => {
    const replacement = [0xef, 0xbf, 0xbd];
    const pieces = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 4 }).map((s) => [...new TextEncoder().encode(s)]),
      fc.constant(replacement),
      fc.constant([0xef, 0xbf]),
      fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 3 }),
      fc.array(fc.integer({ min: 0x80, max: 0xff }), { maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 8 }), (parts) => {
        const bytes = new Uint8Array(parts.flat());
        const at = findInvalidUtf8(bytes);
        const decoded = decodeUtf8(bytes);
        if (at === undefined) expect(decoded.ok).toBe(true);
        else expect(decoded).toEqual({ ok: false, byteOffset: at, validPrefix: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(0, at)) });
      }),
      { numRuns: 3000 },
    );
  });
});
