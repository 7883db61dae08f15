import { FlattenedSign, base64url, calculateJwkThumbprint, errors as joseErrors, exportJWK, flattenedVerify, importJWK, generateKeyPair as joseGenerateKeyPair } from "jose";

/** Key ids usable as file names (`<kid>.private.jwk`): RFC 7638 thumbprints and similar slugs. */
export const KID_PATTERN = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/;

/** base64url of the 32 bytes of an Ed25519 key (RFC 8037). */
export const ED25519_KEY_MATERIAL = /^[A-Za-z0-9_-]{43}$/;

/** An Ed25519 public key as a JWK (RFC 8037). */
export interface PublicJwk {
  readonly kty: "OKP";
  readonly crv: "Ed25519";
  /** Public key, base64url. */
  readonly x: string;
  readonly kid?: string;
  readonly alg?: "EdDSA" | "Ed25519";
  readonly use?: "sig";
}

/** An Ed25519 private key as a JWK (RFC 8037): the public members plus `d`. Keep it secret. */
export interface PrivateJwk extends PublicJwk {
  /** Private key, base64url. */
  readonly d: string;
}

/** A freshly generated signing key and its public half, both carrying the same `kid`. */
export interface KeyPair {
  readonly privateJwk: PrivateJwk & { readonly kid: string };
  readonly publicJwk: PublicJwk & { readonly kid: string };
}

/**
 * Why a value is not an Ed25519 public JWK (or private, when `needPrivate`), as a short token for
 * issue params; undefined when it is one.
 */
export function jwkProblem(value: unknown, needPrivate: boolean): string | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "not_an_object";
  const jwk = value as Record<string, unknown>;
  if (jwk.kty !== "OKP") return "kty_not_okp";
  if (jwk.crv !== "Ed25519") return "crv_not_ed25519";
  if (typeof jwk.x !== "string" || !ED25519_KEY_MATERIAL.test(jwk.x)) return "x_invalid";
  if (needPrivate && (typeof jwk.d !== "string" || !ED25519_KEY_MATERIAL.test(jwk.d))) return "d_invalid";
  if (jwk.kid !== undefined && (typeof jwk.kid !== "string" || !KID_PATTERN.test(jwk.kid))) return "kid_invalid";
  if (jwk.alg !== undefined && jwk.alg !== "EdDSA" && jwk.alg !== "Ed25519") return "alg_not_eddsa";
  return undefined;
}

/** The public half of a JWK: drops `d` (and anything else) so a private key cannot leak through. */
export function toPublicJwk(jwk: PublicJwk): PublicJwk {
  return {
    kty: "OKP",
    crv: "Ed25519",
    x: jwk.x,
    ...(jwk.kid !== undefined ? { kid: jwk.kid } : {}),
    ...(jwk.alg !== undefined ? { alg: jwk.alg } : {}),
    ...(jwk.use !== undefined ? { use: jwk.use } : {}),
  };
}

/** RFC 7638 SHA-256 thumbprint (base64url) of an Ed25519 key: the default key id. */
export function jwkThumbprint(jwk: PublicJwk): Promise<string> {
  return calculateJwkThumbprint({ kty: "OKP", crv: "Ed25519", x: jwk.x }, "sha256");
}

/**
 * Generates an extractable Ed25519 signing key pair with WebCrypto. The key id defaults to the RFC
 * 7638 thumbprint of the public key; a given `kid` must match {@link KID_PATTERN} (TypeError otherwise).
 */
export async function generateKeyPair(kid?: string): Promise<KeyPair> {
  if (kid !== undefined && !KID_PATTERN.test(kid)) throw new TypeError(`generateKeyPair: kid must match ${String(KID_PATTERN)}`);
  const { privateKey, publicKey } = await joseGenerateKeyPair("EdDSA", { crv: "Ed25519", extractable: true });
  const priv = await exportJWK(privateKey);
  const pub = await exportJWK(publicKey);
  if (typeof priv.x !== "string" || typeof priv.d !== "string" || typeof pub.x !== "string") throw new Error("generateKeyPair: WebCrypto exported an incomplete Ed25519 JWK");
  const base = { kty: "OKP", crv: "Ed25519", x: pub.x } as const;
  const id = kid ?? (await jwkThumbprint(base));
  return {
    privateJwk: { ...base, d: priv.d, kid: id, alg: "EdDSA", use: "sig" },
    publicJwk: { ...base, kid: id, alg: "EdDSA", use: "sig" },
  };
}

/**
 * Why an Ed25519 private JWK cannot sign soundly, beyond its shape ({@link jwkProblem}): `d_all_zero`
 * (no secret at all), `not_importable`, or `x_does_not_match_d` (a key whose public half is another
 * key's: every signature it made would fail, or pass for the wrong key). Checked by signing a probe
 * and verifying it with `x`, so it runs the same in Node and browsers. Undefined when sound.
 */
export async function privateKeyProblem(jwk: PrivateJwk): Promise<string | undefined> {
  const shape = jwkProblem(jwk, true);
  if (shape) return shape;
  if (base64url.decode(jwk.d).every((b) => b === 0)) return "d_all_zero";
  const probe = new TextEncoder().encode("sevscale key check");
  let priv: Awaited<ReturnType<typeof importJWK>>;
  let pub: Awaited<ReturnType<typeof importJWK>>;
  try {
    pub = await importJWK({ kty: "OKP", crv: "Ed25519", x: jwk.x }, "EdDSA");
  } catch {
    return "x_does_not_match_d"; // not even a public key
  }
  try {
    // Some WebCrypto implementations (Node's) refuse a pair whose x is not d's public key here.
    priv = await importJWK({ kty: "OKP", crv: "Ed25519", x: jwk.x, d: jwk.d }, "EdDSA");
  } catch {
    return "x_does_not_match_d";
  }
  try {
    const jws = await new FlattenedSign(probe).setProtectedHeader({ alg: "EdDSA" }).sign(priv);
    await flattenedVerify(jws, pub);
    return undefined;
  } catch (error) {
    return error instanceof joseErrors.JWSSignatureVerificationFailed ? "x_does_not_match_d" : "not_importable";
  }
}
