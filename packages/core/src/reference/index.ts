export { REFERENCE_SCALE, REFERENCE_SCALE_ID } from "./crs.js";
export { identityMapping } from "./identity-mapping.js";
