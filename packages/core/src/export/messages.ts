/**
 * Issue messages of the exporters and importers (docs/exports.md). Codes are stable; the wording
 * is in the locales (`locales/<lang>/export.ts`).
 */
import { defineMessages } from "../issues/define.js";

/** Messages reported by the SSSOM importer and the MISP, OCSF and CSV exporters. */
export const EXPORT_MESSAGES = defineMessages({
  sssom_metadata_invalid: { severity: "error", stage: "import", params: ["reason"] },
  sssom_table_invalid: { severity: "error", stage: "import", params: ["line", "reason"] },
  sssom_column_missing: { severity: "error", stage: "import", params: ["column"] },
  sssom_slot_missing: { severity: "error", stage: "import", params: ["slot"] },
  sssom_value_invalid: { severity: "error", stage: "import", params: ["line", "slot", "value"] },
  sssom_no_rows: { severity: "error", stage: "import", params: [] },
  export_mapping_mismatch: { severity: "error", stage: "export", params: ["mappingId", "scaleId"] },
  misp_version_not_encodable: { severity: "warning", stage: "export", params: ["version"] },
});
