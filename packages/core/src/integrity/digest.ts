import { sha256 as nobleSha256 } from "@noble/hashes/sha2.js";
import { assertCanonicalBytes } from "./canonical.js";

/** SHA-256, SHA-512 and the canonical bytes they were computed from. */
export interface DocumentDigest {
  /** Lower-case hex SHA-256 of the canonical bytes (64 digits). */
  readonly sha256: string;
  /** Lower-case hex SHA-512 of the canonical bytes (128 digits). */
  readonly sha512: string;
  /** RFC 8785 canonical form, UTF-8. */
  readonly canonical: Uint8Array;
}

function subtle(): SubtleCrypto {
  // WebCrypto is global in browsers, Deno, Bun and Node 20+; no node: import needed.
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error("WebCrypto (globalThis.crypto.subtle) is not available in this runtime");
  return s;
}

/** Lower-case hex of bytes. */
export function toHex(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += b.toString(16).padStart(2, "0");
  return out;
}

async function digestHex(algorithm: "SHA-256" | "SHA-512", bytes: Uint8Array): Promise<string> {
  // Copy into a fresh ArrayBuffer: WebCrypto rejects views over SharedArrayBuffer.
  const buffer = new Uint8Array(bytes).buffer;
  return toHex(new Uint8Array(await subtle().digest(algorithm, buffer)));
}

/** SHA-256 of bytes as lower-case hex, via WebCrypto. */
export function sha256Hex(bytes: Uint8Array): Promise<string> {
  return digestHex("SHA-256", bytes);
}

/** SHA-512 of bytes as lower-case hex, via WebCrypto. */
export function sha512Hex(bytes: Uint8Array): Promise<string> {
  return digestHex("SHA-512", bytes);
}

/**
 * Canonical bytes (RFC 8785) of a JSON value and their SHA-256 / SHA-512; throws
 * {@link SevscaleError} when the value has no canonical form (see `safeCanonicalBytes`).
 */
export async function assertDocumentDigest(value: unknown): Promise<DocumentDigest> {
  const canonical = assertCanonicalBytes(value);
  const [sha256, sha512] = await Promise.all([sha256Hex(canonical), sha512Hex(canonical)]);
  return { sha256, sha512, canonical };
}

/**
 * SHA-256 of bytes as lower-case hex, computed synchronously (pure JavaScript, @noble/hashes), for
 * checks that must stay synchronous, such as a validation rule comparing a pinned digest.
 */
export function sha256HexSync(bytes: Uint8Array): string {
  return toHex(nobleSha256(bytes));
}
