/**
 * SHA-256 (FIPS 180-4) in plain JavaScript, synchronous, for the checks that cannot wait for
 * WebCrypto (a validation rule comparing a pinned digest). About 0.6 KB minified where the
 * general-purpose hash library it replaces cost 5.3 KB in a browser bundle; WebCrypto remains the
 * implementation of `sha256Hex` and `sha512Hex`.
 */

/**
 * The round constants K (first 32 bits of the fractional parts of the cube roots of the first 64
 * primes) and the initial hash H0 (the same of the square roots of the first 8), computed on first
 * use rather than written out: 0.8 KB less in a gzipped bundle. The results are exact in any
 * engine: every value lies at least 0.02 away from an integer boundary (in units of 2^-32), far
 * beyond the error of `Math.cbrt` (a few ulps) and `Math.sqrt` (correctly rounded). Checked
 * against the published constants by sha256.test.ts.
 */
let constants: { readonly k: Uint32Array; readonly h0: Uint32Array } | undefined;

/** The first 32 bits of the fractional part of a number. */
const fraction32 = (x: number) => (x % 1) * 2 ** 32;

/** K and H0 (see {@link constants}). */
export function sha256Constants(): { readonly k: Uint32Array; readonly h0: Uint32Array } {
  if (constants === undefined) {
    const k = new Uint32Array(64);
    const h0 = new Uint32Array(8);
    for (let candidate = 2, n = 0; n < 64; candidate++) {
      let prime = true;
      for (let d = 2; d * d <= candidate; d++) if (candidate % d === 0) prime = false;
      if (!prime) continue;
      if (n < 8) h0[n] = fraction32(Math.sqrt(candidate));
      k[n++] = fraction32(Math.cbrt(candidate));
    }
    constants = { k, h0 };
  }
  return constants;
}

const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));

/** SHA-256 of bytes (32 bytes). */
export function sha256(bytes: Uint8Array): Uint8Array {
  const { k: K, h0 } = sha256Constants();
  const bitLength = bytes.length * 8;
  // Message, 0x80, zeros, and the 64-bit big-endian bit length, padded to whole 64-byte blocks.
  const padded = new Uint8Array(Math.ceil((bytes.length + 9) / 64) * 64);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bitLength / 2 ** 32));
  view.setUint32(padded.length - 4, bitLength >>> 0);
  const h = Array.from(h0, (x) => x | 0);
  const w = new Uint32Array(64);
  for (let block = 0; block < padded.length; block += 64) {
    for (let t = 0; t < 16; t++) w[t] = view.getUint32(block + t * 4);
    for (let t = 16; t < 64; t++) {
      const a = w[t - 15]!;
      const b = w[t - 2]!;
      w[t] = (rotr(b, 17) ^ rotr(b, 19) ^ (b >>> 10)) + w[t - 7]! + (rotr(a, 7) ^ rotr(a, 18) ^ (a >>> 3)) + w[t - 16]!;
    }
    let [a, b, c, d, e, f, g, hh] = h as [number, number, number, number, number, number, number, number];
    for (let t = 0; t < 64; t++) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[t]! + w[t]!) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    const next = [a, b, c, d, e, f, g, hh];
    for (let i = 0; i < 8; i++) h[i] = (h[i]! + next[i]!) | 0;
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) outView.setUint32(i * 4, h[i]! >>> 0);
  return out;
}
