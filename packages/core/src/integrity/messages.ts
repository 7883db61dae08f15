import { defineMessages } from "../issues/define.js";

/** Issue messages of the integrity area: canonical form, digests, signatures and keyrings. */
export const INTEGRITY_MESSAGES = defineMessages({
  // Canonical form (RFC 8785): only plain JSON values have one.
  canonical_unsupported_value: { severity: "error", stage: "integrity", params: ["type"] },
  canonical_non_finite_number: { severity: "error", stage: "integrity", params: ["value"] },
  canonical_lone_surrogate: { severity: "error", stage: "integrity", params: [] },
  canonical_too_deep: { severity: "error", stage: "integrity", params: ["limit"] },
  canonical_circular: { severity: "error", stage: "integrity", params: [] },

  // Digest files (`<file>.sha256` / `<file>.sha512`, sha256sum format as used by CSAF).
  digest_file_empty: { severity: "error", stage: "integrity", params: [] },
  digest_file_malformed: { severity: "error", stage: "integrity", params: ["line"] },
  digest_file_multiple_entries: { severity: "error", stage: "integrity", params: ["count"] },
  digest_file_name_mismatch: { severity: "error", stage: "integrity", params: ["actual", "expected"] },
  digest_mismatch: { severity: "error", stage: "integrity", params: ["actual", "algorithm", "expected"] },

  // Detached JWS signatures.
  signature_malformed: { severity: "error", stage: "integrity", params: ["detail"] },
  signature_invalid: { severity: "error", stage: "integrity", params: ["kid"] },
  key_algorithm_unsupported: { severity: "error", stage: "integrity", params: ["alg"] },
  key_unknown: { severity: "error", stage: "integrity", params: ["kid"] },
  key_unusable: { severity: "error", stage: "integrity", params: ["kid"] },
  key_expired: { severity: "error", stage: "integrity", params: ["at", "kid", "validTo"] },
  key_not_yet_valid: { severity: "error", stage: "integrity", params: ["at", "kid", "validFrom"] },
  key_namespace_denied: { severity: "error", stage: "integrity", params: ["allowed", "kid", "namespace"] },
  document_namespace_missing: { severity: "error", stage: "integrity", params: ["kid"] },
  signing_key_invalid: { severity: "error", stage: "integrity", params: ["detail"] },

  // Keyring documents.
  keyring_missing_member: { severity: "error", stage: "integrity", params: ["member"] },
  keyring_unknown_member: { severity: "error", stage: "integrity", params: ["member"] },
  keyring_wrong_type: { severity: "error", stage: "integrity", params: ["expected"] },
  keyring_invalid_value: { severity: "error", stage: "integrity", params: ["expected"] },
  keyring_private_key: { severity: "error", stage: "integrity", params: [] },
  keyring_duplicate_kid: { severity: "error", stage: "integrity", params: ["first", "kid"] },
  keyring_validity_reversed: { severity: "error", stage: "integrity", params: ["validFrom", "validTo"] },

  // Files (reported by @sevscale/node).
  integrity_file_unreadable: { severity: "error", stage: "integrity", params: ["path", "reason"] },
  integrity_json_invalid: { severity: "error", stage: "integrity", params: ["path", "reason"] },
  key_file_invalid: { severity: "error", stage: "integrity", params: ["detail", "path"] },
  key_file_exists: { severity: "error", stage: "integrity", params: ["path"] },
  signature_file_missing: { severity: "error", stage: "integrity", params: ["path"] },
  verification_key_missing: { severity: "error", stage: "integrity", params: [] },
  digest_file_algorithm_mismatch: { severity: "error", stage: "integrity", params: ["actual", "expected"] },
});
