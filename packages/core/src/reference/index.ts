export { REFERENCE_SCALE, REFERENCE_SCALE_ID } from "./crs.js";
export { identityMapping } from "./identity-mapping.js";
export { intervalText } from "./interval-text.js";
