/** The built-in reference scale with its descriptions and definitions: a chunk of its own, fetched after the compare view's first draw. */
export { REFERENCE_SCALE } from "@sevscale/core";
