/**
 * The keyring checks `validateFiles` runs on a keyring, in a module of their own that it imports
 * only when a keyring is among the files: they need the zod schemas of the keyring (and, through
 * them, zod), which validating scales, mappings and assessments does not (start-up time).
 * @internal
 */
export { validateKeyring } from "@sevscale/core";
