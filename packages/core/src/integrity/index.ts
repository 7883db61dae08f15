export type { CanonicalResult } from "./canonical.js";
export { MAX_CANONICAL_DEPTH, canonicalBytes, canonicalJson, safeCanonicalBytes } from "./canonical.js";
export { INTEGRITY_MESSAGES } from "./messages.js";
