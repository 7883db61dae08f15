/** English wording of the export and import messages. */
import type { EXPORT_MESSAGES } from "../../export/messages.js";
import { templates } from "../../i18n/templates.js";

/** English templates of export and import (`@sevscale/core/export`). */
export const exportMessages = templates<typeof EXPORT_MESSAGES>()({
  sssom_metadata_invalid: "The SSSOM metadata block (the lines starting with #) is not a YAML mapping: {reason}.",
  sssom_table_invalid: "The SSSOM table cannot be read at line {line}: {reason}.",
  sssom_column_missing: "The SSSOM table has no \"{column}\" column, which SSSOM requires.",
  sssom_slot_missing: "The SSSOM metadata has no \"{slot}\", which is needed to build a mapping.",
  sssom_value_invalid: "Line {line}: \"{value}\" is not a valid value for {slot}.",
  sssom_no_rows: "The SSSOM file has no mapping rows.",
  export_mapping_mismatch: "Mapping {mappingId} does not map scale {scaleId} (its subject is another scale), so it cannot be used for this export.",
  misp_version_not_encodable: "Version {version} cannot be written as a MISP integer version (major·10000 + minor·100 + patch needs minor and patch below 100); the number written may repeat another version's.",
});
