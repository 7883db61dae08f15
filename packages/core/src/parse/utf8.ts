/**
 * UTF-8 helpers for untrusted bytes. Decoding itself is TextDecoder's job; these only measure
 * and locate, because a fatal TextDecoder says "invalid" without saying where.
 */

/** Characters encoded per call in {@link utf8ByteLength}: bounds its scratch buffer. */
const CHUNK = 16_384;
let encoder: TextEncoder | undefined;
let scratch: Uint8Array | undefined;

/**
 * Number of bytes `text` takes in UTF-8 (a lone surrogate counts 3, as TextEncoder writes U+FFFD).
 * The text is encoded chunk by chunk into one reused buffer, which the engine does several times
 * faster than a loop over characters, without allocating the whole encoding.
 */
export function utf8ByteLength(text: string): number {
  encoder ??= new TextEncoder();
  // A chunk has at most CHUNK + 1 code units (a surrogate pair is never split), 3 bytes each.
  scratch ??= new Uint8Array(3 * (CHUNK + 1));
  let bytes = 0;
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + CHUNK, text.length);
    // Never split a surrogate pair: its halves would count 3 bytes each instead of 4 together.
    const last = text.charCodeAt(end - 1);
    const next = text.charCodeAt(end);
    if (last >= 0xd800 && last <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) end++;
    bytes += encoder.encodeInto(text.slice(start, end), scratch).written;
    start = end;
  }
  return bytes;
}

/**
 * Byte offset of the first ill-formed UTF-8 sequence (the offset of its first byte), or
 * undefined when all bytes are well-formed. Follows the well-formed byte sequences of Unicode
 * (Table 3-7): no overlong forms, no surrogates, nothing above U+10FFFF, no truncated sequence.
 */
export function findInvalidUtf8(bytes: Uint8Array): number | undefined {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return i;
    if (i + need >= n) return i;
    const second = bytes[i + 1]!;
    if (second < lo || second > hi) return i;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k]!;
      if (c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return undefined;
}

/** Result of {@link decodeUtf8}: the text, or where decoding failed. */
export type Utf8Decoding = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly byteOffset: number; readonly validPrefix: string };

/** Decodes strict UTF-8, keeping a leading BOM in the text so the caller can report it. */
export function decodeUtf8(bytes: Uint8Array): Utf8Decoding {
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    // The decoder only says "invalid"; find where, so the issue can point at it. Decoded
    // leniently, the first U+FFFD that the bytes there do not spell (EF BF BD) stands for the first
    // ill-formed sequence, and the text before it is well-formed, so its UTF-8 length is that
    // sequence's offset (utf8.test.ts holds this equal to findInvalidUtf8).
    const lenient = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    let byteOffset = 0;
    let from = 0;
    for (let i = lenient.indexOf("\uFFFD"); i >= 0; i = lenient.indexOf("\uFFFD", i + 1)) {
      byteOffset += utf8ByteLength(lenient.slice(from, i));
      if (bytes[byteOffset] !== 0xef || bytes[byteOffset + 1] !== 0xbf || bytes[byteOffset + 2] !== 0xbd) {
        return { ok: false, byteOffset, validPrefix: lenient.slice(0, i) };
      }
      byteOffset += 3;
      from = i + 1;
    }
    return { ok: false, byteOffset: 0, validPrefix: "" };
  }
}
