/** The `typ` of sevscale document signatures: tells a verifier what the JWS is for (RFC 7515 §4.1.9). */
export const JWS_TYPE = "sevscale-doc+jws";

/** The `alg` sevscale writes: EdDSA (RFC 8037) with an Ed25519 key. */
export const JWS_ALGORITHM = "EdDSA";

/** Algorithms accepted when verifying: "EdDSA" and its fully specified name "Ed25519" (RFC 9864). */
export const ACCEPTED_JWS_ALGORITHMS: readonly string[] = ["EdDSA", "Ed25519"];
