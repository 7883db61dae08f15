/**
 * The keyring document kind as a zod schema: the model its JSON Schema and its types are generated
 * from, and the oracle of the run-time check (integrity/keyring.ts), which reads keyrings without zod
 * so that a browser that verifies a registry does not carry zod (keyring.test.ts holds them equal).
 */
import * as z from "zod";
import { KEYRING_FORMATS as F, type KeyringFormat } from "./keyring-patterns.js";

/** A string of a format; a value that misses it is reported with the format's `expected` words. */
const formatted = ({ pattern, expected }: KeyringFormat) => z.string().regex(pattern, { error: expected });
const DateTime = z.iso.datetime({ offset: true, error: F.dateTime.expected });

/** A public Ed25519 JWK as listed in a keyring; a private member `d` is reported as `keyring_private_key`. */
export const KeyringJwkSchema = z.strictObject({
  kty: z.literal("OKP"),
  crv: z.literal("Ed25519"),
  x: formatted(F.keyMaterial),
  kid: formatted(F.kid).optional(),
  alg: z.enum(["EdDSA", "Ed25519"]).optional(),
  use: z.literal("sig").optional(),
});

/** One trusted key: who holds it, when it is valid, and which document namespaces it may sign. */
export const KeyringKeySchema = z.strictObject({
  kid: formatted(F.kid),
  publisher: z.string().min(1),
  jwk: KeyringJwkSchema,
  validFrom: DateTime,
  validTo: DateTime.optional(),
  /** Exact namespaces ("mx"), or prefixes ending in "*" ("x-org.example.*"); "*" allows all. */
  namespaces: z.array(formatted(F.namespace)).min(1),
});

/** A keyring document (`kind: "keyring"`): the public keys a registry trusts, per publisher. */
export const KeyringSchema = z.strictObject({
  $schema: z.string().optional(),
  kind: z.literal("keyring"),
  id: formatted(F.id),
  version: formatted(F.version),
  keys: z.array(KeyringKeySchema),
});

/** A validated keyring document. */
export type Keyring = z.output<typeof KeyringSchema>;
/** One key entry of a keyring. */
export type KeyringKey = z.output<typeof KeyringKeySchema>;

