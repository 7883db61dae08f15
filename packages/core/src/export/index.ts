/**
 * `@sevscale/core/export`: exchange formats — SSSOM/TSV (both ways), MISP taxonomy, OCSF severity
 * table, CSV of levels. Pure: every exporter returns a string or an object; I/O is the caller's.
 * A subpath of its own, so the main entry does not carry the YAML and CSV parsers it needs.
 * @packageDocumentation
 */
export type { SssomOptions } from "./sssom.js";
export {
  SSSOM_BASE_IRI,
  SSSOM_COLUMNS,
  SSSOM_DOCUMENT_SLOT,
  SSSOM_EXTENSION_COLUMNS,
  SSSOM_JUSTIFICATION,
  SSSOM_NO_TERM_FOUND,
  SSSOM_STANDARD_COLUMNS,
  curiePrefix,
  mappingToSssomTsv,
  sssomCell,
} from "./sssom.js";
export type { SssomImportResult } from "./sssom-import.js";
export { SSSOM_REQUIRED_COLUMNS, sssomTsvToMapping } from "./sssom-import.js";
export type { MispEntry, MispOptions, MispTaxonomy } from "./misp.js";
export { MISP_PREDICATE, mispNamespace, mispNumericalValue, mispVersion, scaleToMispTaxonomy } from "./misp.js";
export type { OcsfSeverityId, OcsfSeverityRow, OcsfSeverityTable } from "./ocsf.js";
export { OCSF_SEVERITY, OCSF_SEVERITY_OF_CRS, OCSF_SEVERITY_OF_SENTINEL, scaleToOcsfSeverities } from "./ocsf.js";
export { LEVEL_CSV_COLUMNS, csvCell, scaleToCsv } from "./csv.js";
