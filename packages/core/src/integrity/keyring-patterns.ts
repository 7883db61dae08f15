/**
 * The formats of a keyring's fields, shared by its zod model (keyring-schema.ts) and its run-time
 * check (keyring.ts): each pattern with the words an issue's `expected` parameter shows, technical
 * names that read the same in every language.
 */
import { ED25519_KEY_MATERIAL, KID_PATTERN } from "./keys.js";
import { NAMESPACE_PATTERN } from "./namespace.js";

/** Semantic Versioning 2.0.0, the regular expression published at semver.org. */
export const KEYRING_VERSION =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** `<namespace>/<name>`, the identity shared by every sevscale document. */
export const KEYRING_ID = /^[a-z0-9][a-z0-9.-]*\/[A-Za-z0-9][A-Za-z0-9._/-]*$/;

/**
 * An RFC 3339 date-time with a "Z" or numeric offset: the pattern of zod's
 * `z.iso.datetime({ offset: true })`, which the model uses (keyring.test.ts holds the two equal).
 */
export const KEYRING_DATE_TIME =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|([+-](?:[01]\d|2[0-3]):[0-5]\d)))$/;

/** A field format: its pattern and what a value that misses it was expected to be. */
export interface KeyringFormat {
  readonly pattern: RegExp;
  readonly expected: string;
}

/** Every format a keyring's strings are checked against. */
export const KEYRING_FORMATS = {
  id: { pattern: KEYRING_ID, expected: "<namespace>/<name>" },
  version: { pattern: KEYRING_VERSION, expected: "semver" },
  dateTime: { pattern: KEYRING_DATE_TIME, expected: "RFC 3339 date-time" },
  kid: { pattern: KID_PATTERN, expected: "key id [A-Za-z0-9._-]" },
  keyMaterial: { pattern: ED25519_KEY_MATERIAL, expected: "base64url, 43 characters" },
  namespace: { pattern: NAMESPACE_PATTERN, expected: "namespace or prefix*" },
} as const satisfies Record<string, KeyringFormat>;
