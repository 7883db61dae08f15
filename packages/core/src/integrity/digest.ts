import { SevscaleError } from "../issues/error.js";
import type { Issue } from "../issues/issue.js";
import { safeCanonicalBytes } from "./canonical.js";
import { sha256 as sha256Bytes } from "./sha256.js";

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

/** Outcome of {@link safeDocumentDigest}: the canonical bytes and their digests, or why the value has no canonical form. */
export type DocumentDigestResult = ({ readonly ok: true } & DocumentDigest) | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Canonical bytes (RFC 8785) of a JSON value and their SHA-256 / SHA-512, or the issues that
 * prevent a canonical form (see `safeCanonicalBytes`). Never throws: the one function that turns
 * a document into its published digests.
 */
export async function safeDocumentDigest(value: unknown): Promise<DocumentDigestResult> {
  const canonical = safeCanonicalBytes(value);
  if (!canonical.ok) return { ok: false, issues: canonical.issues };
  const [sha256, sha512] = await Promise.all([sha256Hex(canonical.bytes), sha512Hex(canonical.bytes)]);
  return { ok: true, sha256, sha512, canonical: canonical.bytes };
}

/**
 * Canonical bytes (RFC 8785) of a JSON value and their SHA-256 / SHA-512; throws
 * {@link SevscaleError} when the value has no canonical form ({@link safeDocumentDigest} returns the issues instead).
 */
export async function assertDocumentDigest(value: unknown): Promise<DocumentDigest> {
  const result = await safeDocumentDigest(value);
  if (!result.ok) throw new SevscaleError(result.issues);
  return { sha256: result.sha256, sha512: result.sha512, canonical: result.canonical };
}

/**
 * SHA-256 of bytes as lower-case hex, computed synchronously (pure JavaScript, `./sha256.ts`), for
 * checks that must stay synchronous, such as a validation rule comparing a pinned digest.
 */
export function sha256HexSync(bytes: Uint8Array): string {
  return toHex(sha256Bytes(bytes));
}
