import { defineMessages } from "../issues/define.js";

/**
 * Messages of the untrusted-input layer: reading bytes (stage "io", emitted by @sevscale/node but
 * declared here because the core catalogue cannot import node) and turning them into a JSON value
 * (stage "parse"), and finding and loading a document of the expected kind (stage "load", emitted by
 * @sevscale/node's loadDocument).
 */
export const PARSE_MESSAGES = defineMessages({
  document_too_large: { severity: "error", stage: "parse", params: ["bytes", "limit"] },
  invalid_utf8: { severity: "error", stage: "parse", params: ["byteOffset", "column", "line"] },
  byte_order_mark: { severity: "info", stage: "parse", params: [] },
  empty_document: { severity: "error", stage: "parse", params: [] },
  nesting_too_deep: { severity: "error", stage: "parse", params: ["column", "depth", "limit", "line"] },
  invalid_json: { severity: "error", stage: "parse", params: ["column", "found", "line", "reason"] },
  duplicate_key: { severity: "error", stage: "parse", params: ["column", "firstColumn", "firstLine", "key", "line"] },
  forbidden_key: { severity: "error", stage: "parse", params: ["column", "key", "line"] },
  file_not_found: { severity: "error", stage: "io", params: ["path"] },
  file_unreadable: { severity: "error", stage: "io", params: ["path", "reason"] },
  file_unwritable: { severity: "error", stage: "io", params: ["path", "reason"] },
  not_a_directory_entry: { severity: "error", stage: "io", params: ["kind", "path"] },
  document_kind_unexpected: { severity: "error", stage: "load", params: ["expected", "found"] },
  mapping_not_found: { severity: "error", stage: "load", params: ["scale", "tried"] },
  mapping_not_found_stdin: { severity: "error", stage: "load", params: ["option", "scale"] },
  scale_not_found_stdin: { severity: "error", stage: "load", params: ["id", "range", "option"] },
  folder_unreadable: { severity: "error", stage: "io", params: ["path", "reason"] },
  link_outside_tree: { severity: "error", stage: "io", params: ["path", "target"] },
  scale_not_found: { severity: "error", stage: "load", params: ["id", "range"] },
});
