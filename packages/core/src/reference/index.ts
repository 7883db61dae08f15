export { REFERENCE_SCALE, REFERENCE_SCALE_ID } from "./crs.js";
