export type { ScaleResolver, ValidateOptions, ValidationResult } from "./validate-document.js";
export { validateDocument } from "./validate-document.js";
export { MAX_NESTING_DEPTH, structureIssues } from "./structure.js";
export { SCALE_RULES, validateScale } from "./validate-scale.js";
export { MAPPING_RULES, validateMapping } from "./validate-mapping.js";
export { validateRegistryIndex } from "./validate-registry.js";
export type { ValidateCode } from "./messages.js";
export { MEANING_MESSAGES, STRUCTURE_MESSAGES, VALIDATE_MESSAGES } from "./messages.js";
