import { CompactSign, base64url, flattenedVerify, importJWK } from "jose";
import { SevscaleError } from "../issues/error.js";
import { assertCanonicalBytes } from "./canonical.js";
import { JWS_ALGORITHM, JWS_TYPE } from "./jws-header.js";
import type { PrivateJwk } from "./keys.js";
import { jwkThumbprint, privateKeyProblem } from "./keys.js";

function invalidKey(detail: string): SevscaleError {
  return new SevscaleError([{ code: "signing_key_invalid", severity: "error", pointer: "", params: { detail } }]);
}

/**
 * Signs a document: a detached compact JWS `"<protected>..<signature>"` (RFC 7515 Appendix F)
 * over the RFC 8785 canonical bytes, EdDSA / Ed25519, with `alg`, `kid` (the JWK's, or its RFC 7638
 * thumbprint) and `typ: "sevscale-doc+jws"` in the protected header. Throws {@link SevscaleError}
 * when the key is not an Ed25519 private JWK or the document has no canonical form.
 */
export async function assertDocumentSignature(value: unknown, privateJwk: PrivateJwk): Promise<string> {
  const problem = await privateKeyProblem(privateJwk);
  if (problem) throw invalidKey(problem);
  const payload = assertCanonicalBytes(value);
  const kid = privateJwk.kid ?? (await jwkThumbprint(privateJwk));
  let key: Awaited<ReturnType<typeof importJWK>>;
  try {
    key = await importJWK({ kty: "OKP", crv: "Ed25519", x: privateJwk.x, d: privateJwk.d }, JWS_ALGORITHM);
  } catch {
    throw invalidKey("not_importable");
  }
  const compact = await new CompactSign(payload).setProtectedHeader({ alg: JWS_ALGORITHM, kid, typ: JWS_TYPE }).sign(key);
  const [header, , signature] = compact.split(".");
  if (header === undefined || signature === undefined) throw new Error("assertDocumentSignature: jose returned a malformed compact JWS");
  // A JWK whose x is not the public half of d would sign happily and never verify: check once here.
  try {
    const publicKey = await importJWK({ kty: "OKP", crv: "Ed25519", x: privateJwk.x }, JWS_ALGORITHM);
    await flattenedVerify({ protected: header, payload: base64url.encode(payload), signature }, publicKey);
  } catch {
    throw invalidKey("x_does_not_match_d");
  }
  return `${header}..${signature}`;
}
