export type { CanonicalResult } from "./canonical.js";
export { MAX_CANONICAL_DEPTH, canonicalBytes, canonicalJson, safeCanonicalBytes } from "./canonical.js";
export { INTEGRITY_MESSAGES } from "./messages.js";
export type { DocumentDigest } from "./digest.js";
export { digestDocument, sha256Hex, sha512Hex, toHex } from "./digest.js";
export type { DigestAlgorithm, DigestFileEntry, DigestFileResult } from "./digest-file.js";
export { checkDigestFile, formatDigestFile, parseDigestFile, safeParseDigestFile } from "./digest-file.js";
