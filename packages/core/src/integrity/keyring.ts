import * as z from "zod";
import { SevscaleError } from "../issues/error.js";
import type { Issue } from "../issues/issue.js";
import { toPointer } from "../issues/issue.js";
import { ED25519_KEY_MATERIAL, KID_PATTERN } from "./keys.js";
import { NAMESPACE_PATTERN } from "./namespace.js";

/** Semantic Versioning 2.0.0, the regular expression published at semver.org. */
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** `<namespace>/<name>`, the identity shared by every sevscale document. */
const DOCUMENT_ID = /^[a-z0-9][a-z0-9.-]*\/[A-Za-z0-9][A-Za-z0-9._/-]*$/;

// The `error` strings below are what an issue's `expected` parameter shows: technical names that
// read the same in every language.
const DateTime = z.iso.datetime({ offset: true, error: "RFC 3339 date-time" });

/** A public Ed25519 JWK as listed in a keyring; a private member `d` is reported as `keyring_private_key`. */
export const KeyringJwkSchema = z.strictObject({
  kty: z.literal("OKP"),
  crv: z.literal("Ed25519"),
  x: z.string().regex(ED25519_KEY_MATERIAL, { error: "base64url, 43 characters" }),
  kid: z.string().regex(KID_PATTERN, { error: "key id [A-Za-z0-9._-]" }).optional(),
  alg: z.enum(["EdDSA", "Ed25519"]).optional(),
  use: z.literal("sig").optional(),
});

/** One trusted key: who holds it, when it is valid, and which document namespaces it may sign. */
export const KeyringKeySchema = z.strictObject({
  kid: z.string().regex(KID_PATTERN, { error: "key id [A-Za-z0-9._-]" }),
  publisher: z.string().min(1),
  jwk: KeyringJwkSchema,
  validFrom: DateTime,
  validTo: DateTime.optional(),
  /** Exact namespaces ("mx"), or prefixes ending in "*" ("x-org.example.*"); "*" allows all. */
  namespaces: z.array(z.string().regex(NAMESPACE_PATTERN, { error: "namespace or prefix*" })).min(1),
});

/** A keyring document (`kind: "keyring"`): the public keys a registry trusts, per publisher. */
export const KeyringSchema = z.strictObject({
  $schema: z.string().optional(),
  kind: z.literal("keyring"),
  id: z.string().regex(DOCUMENT_ID, { error: "<namespace>/<name>" }),
  version: z.string().regex(SEMVER, { error: "semver" }),
  keys: z.array(KeyringKeySchema),
});

/** A validated keyring document. */
export type Keyring = z.output<typeof KeyringSchema>;
/** One key entry of a keyring. */
export type KeyringKey = z.output<typeof KeyringKeySchema>;

function error(code: string, path: readonly PropertyKey[], params: Issue["params"] = {}): Issue {
  return { code, severity: "error", pointer: toPointer(path.map((p) => (typeof p === "number" ? p : String(p)))), params };
}

function valueAt(root: unknown, path: readonly PropertyKey[]): { parent: unknown; present: boolean } {
  let parent: unknown = undefined;
  let current: unknown = root;
  let present = true;
  for (const key of path) {
    parent = current;
    if (typeof current !== "object" || current === null || !Object.prototype.hasOwnProperty.call(current, key)) {
      present = false;
      current = undefined;
    } else current = (current as Record<PropertyKey, unknown>)[key];
  }
  return { parent, present };
}

/** Turns zod's findings into coded issues with JSON Pointers. */
function fromZodIssue(input: unknown, zi: z.core.$ZodIssue): Issue[] {
  const path = zi.path;
  switch (zi.code) {
    case "invalid_type": {
      const { parent, present } = valueAt(input, path);
      const last = path[path.length - 1];
      if (!present && typeof parent === "object" && parent !== null && !Array.isArray(parent) && last !== undefined) {
        return [error("keyring_missing_member", path, { member: String(last) })];
      }
      return [error("keyring_wrong_type", path, { expected: zi.expected })];
    }
    case "unrecognized_keys":
      return zi.keys.map((key) =>
        key === "d" && path[path.length - 1] === "jwk"
          ? error("keyring_private_key", [...path, key])
          : error("keyring_unknown_member", [...path, key], { member: key }),
      );
    case "invalid_value":
      return [error("keyring_invalid_value", path, { expected: zi.values.map((v) => JSON.stringify(v)).join(" | ") })];
    case "invalid_format":
      return [error("keyring_invalid_value", path, { expected: zi.message })];
    case "too_small":
      return [error("keyring_invalid_value", path, { expected: `${zi.origin === "array" ? "items" : "length"} >= ${String(zi.minimum)}` })];
    default:
      return [error("keyring_invalid_value", path, { expected: zi.message })];
  }
}

/** Checks zod cannot express: unique key ids and validity periods that do not end before they start. */
function crossChecks(input: unknown): Issue[] {
  const keys = typeof input === "object" && input !== null ? (input as { keys?: unknown }).keys : undefined;
  if (!Array.isArray(keys)) return [];
  const issues: Issue[] = [];
  const firstSeen = new Map<string, number>();
  keys.forEach((entry: unknown, i) => {
    if (typeof entry !== "object" || entry === null) return;
    const { kid, validFrom, validTo } = entry as Record<string, unknown>;
    if (typeof kid === "string") {
      const first = firstSeen.get(kid);
      if (first === undefined) firstSeen.set(kid, i);
      else issues.push(error("keyring_duplicate_kid", ["keys", i, "kid"], { kid, first: toPointer(["keys", first, "kid"]) }));
    }
    if (typeof validFrom === "string" && typeof validTo === "string") {
      const from = Date.parse(validFrom);
      const to = Date.parse(validTo);
      if (!Number.isNaN(from) && !Number.isNaN(to) && to < from) {
        issues.push(error("keyring_validity_reversed", ["keys", i, "validTo"], { validFrom, validTo }));
      }
    }
  });
  return issues;
}

/** Validates a keyring document: structure (zod), no private keys, unique kids, ordered validity. */
export function validateKeyring(value: unknown): Issue[] {
  const parsed = KeyringSchema.safeParse(value);
  const structural = parsed.success ? [] : parsed.error.issues.flatMap((zi) => fromZodIssue(value, zi));
  return [...structural, ...crossChecks(value)];
}

/** Returns the value as a {@link Keyring}; throws {@link SevscaleError} carrying the issues when invalid. */
export function parseKeyring(value: unknown): Keyring {
  const issues = validateKeyring(value);
  if (issues.length > 0) throw new SevscaleError(issues);
  return KeyringSchema.parse(value);
}
