/**
 * What only the compare view's details use: the built-in reference scale with its descriptions and
 * definitions, and `translate` for a level's overlaps. A chunk of its own, fetched right after the
 * compare view's first draw.
 */
export { REFERENCE_SCALE, translate } from "@sevscale/core";
