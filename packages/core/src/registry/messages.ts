import { defineMessages } from "../issues/define.js";

/**
 * Messages of the registry area: building a registry from source documents and loading or
 * checking one from a directory or an http(s) URL. Node-side findings (files, HTTP) are declared
 * here too, because the core catalogue cannot import @sevscale/node.
 */
export const REGISTRY_MESSAGES = defineMessages({
  // Building: the source documents.
  registry_source_kind: { severity: "error", stage: "registry", params: ["found"] },
  registry_private_key: { severity: "error", stage: "registry", params: [] },
  registry_duplicate_version: { severity: "error", stage: "registry", params: ["id", "other", "version"] },
  registry_release_modified: { severity: "error", stage: "registry", params: ["actual", "id", "listed", "status", "version"] },
  registry_output_overlaps_source: { severity: "error", stage: "registry", params: ["out", "source"] },
  registry_write_failed: { severity: "error", stage: "registry", params: ["path", "reason"] },
  registry_existing_invalid: { severity: "error", stage: "registry", params: ["path"] },

  // Loading and checking: the index.
  registry_source_unsupported: { severity: "error", stage: "registry", params: ["source"] },
  registry_index_invalid: { severity: "error", stage: "registry", params: ["detail"] },
  registry_path_unsafe: { severity: "error", stage: "registry", params: ["path", "reason"] },
  registry_path_unexpected: { severity: "warning", stage: "registry", params: ["expected", "path"] },

  // Loading and checking: each listed document.
  registry_entry_mismatch: { severity: "error", stage: "registry", params: ["actual", "listed", "member"] },
  registry_digest_mismatch: { severity: "error", stage: "registry", params: ["actual", "algorithm", "listed"] },
  registry_signature_missing: { severity: "error", stage: "registry", params: ["path"] },
  registry_kid_mismatch: { severity: "error", stage: "registry", params: ["actual", "listed"] },
  document_unsigned: { severity: "warning", stage: "registry", params: ["path"] },
  registry_signatures_unchecked: { severity: "info", stage: "registry", params: ["count"] },
  registry_file_unlisted: { severity: "warning", stage: "registry", params: ["path"] },

  // Loading over HTTP.
  registry_fetch_failed: { severity: "error", stage: "registry", params: ["reason", "url"] },
  registry_fetch_status: { severity: "error", stage: "registry", params: ["status", "url"] },
  registry_redirect_refused: { severity: "error", stage: "registry", params: ["location", "url"] },
  registry_argument_invalid: { severity: "error", stage: "registry", params: ["expected", "option", "value"] },
  registry_carried_unverified: { severity: "error", stage: "registry", params: ["id", "reason", "version"] },
  registry_carried_unsigned: { severity: "error", stage: "registry", params: ["id", "version"] },
  document_signature_required: { severity: "error", stage: "registry", params: ["namespace", "path"] },
  registry_url_credentials: { severity: "error", stage: "registry", params: ["url"] },
  registry_deadline_reached: { severity: "error", stage: "registry", params: ["checked", "seconds", "total"] },

  // Freshness: the index against the reader's clock and what the reader remembers of it.
  registry_index_unprotected: { severity: "warning", stage: "registry", params: ["missing"] },
  registry_expired: { severity: "error", stage: "registry", params: ["at", "expires"] },
  registry_rollback: { severity: "error", stage: "registry", params: ["last", "sequence"] },
  registry_index_signature_removed: { severity: "error", stage: "registry", params: ["sequence"] },
  registry_entry_vanished: { severity: "error", stage: "registry", params: ["id", "kind", "version"] },
  registry_entry_replaced: { severity: "error", stage: "registry", params: ["id", "listed", "remembered", "version"] },
  registry_entry_withdrawn: { severity: "info", stage: "registry", params: ["date", "id", "reason", "version"] },
  registry_state_invalid: { severity: "error", stage: "registry", params: ["detail", "path"] },

  // Federation: provider metadata and aggregates.
  registry_provider_invalid: { severity: "error", stage: "registry", params: ["detail", "url"] },
  registry_provider_mismatch: { severity: "error", stage: "registry", params: ["actual", "listed", "member", "path"] },
  registry_provider_duplicate: { severity: "error", stage: "registry", params: ["id", "url"] },
  registry_provider_refused: { severity: "error", stage: "registry", params: ["kept", "url"] },
});
