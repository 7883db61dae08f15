/**
 * Reads a keyring document without zod: the fields of its model (keyring-schema.ts) as a small
 * description, walked in zod's order and reported in zod's terms, so that a page that verifies a
 * registry's signatures does not carry zod. keyring.test.ts holds the findings equal to those of the
 * zod model, issue for issue, over generated keyrings.
 */
import { SevscaleError } from "../issues/error.js";
import type { Issue } from "../issues/issue.js";
import { toPointer } from "../issues/issue.js";
import { KEYRING_FORMATS as F, type KeyringFormat } from "./keyring-patterns.js";
import type { Keyring, KeyringKey } from "./keyring-schema.js";

export type { Keyring, KeyringKey } from "./keyring-schema.js";

type Path = readonly (string | number)[];

/** Checks a value that is present, adding its findings to `out`. */
type Check = (value: unknown, path: Path, out: Issue[]) => void;

/** A member of an object: its check, and whether it may be absent. */
interface Member {
  readonly check: Check;
  readonly optional?: true;
  /** The member's zod type, as a missing member is reported: a literal is reported as a wrong value. */
  readonly absent: "missing" | "invalid";
}

function error(code: string, path: Path, params: Issue["params"] = {}): Issue {
  return { code, severity: "error", pointer: toPointer(path), params };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** A string, tested against a format when one is given, or for a minimum length. */
function text(format?: KeyringFormat, minLength?: number): Check {
  return (value, path, out) => {
    if (typeof value !== "string") out.push(error("keyring_wrong_type", path, { expected: "string" }));
    else if (minLength !== undefined && value.length < minLength) out.push(error("keyring_invalid_value", path, { expected: `length >= ${minLength}` }));
    else if (format !== undefined && !format.pattern.test(value)) out.push(error("keyring_invalid_value", path, { expected: format.expected }));
  };
}

/** One of a few literal values (zod's literal and enum: any other value, of any type, is invalid). */
function oneOf(...values: readonly string[]): Check {
  return (value, path, out) => {
    if (!values.includes(value as string)) out.push(error("keyring_invalid_value", path, { expected: values.map((v) => JSON.stringify(v)).join(" | ") }));
  };
}

/** An array of items, with at least `minItems` of them. */
function list(item: Check, minItems = 0): Check {
  return (value, path, out) => {
    if (!Array.isArray(value)) {
      out.push(error("keyring_wrong_type", path, { expected: "array" }));
      return;
    }
    value.forEach((v, i) => item(v, [...path, i], out));
    if (value.length < minItems) out.push(error("keyring_invalid_value", path, { expected: `items >= ${minItems}` }));
  };
}

/** An unknown member: a private key `d` in a JWK has its own code. */
function unknownMember(path: Path, key: string): Issue {
  return key === "d" && path[path.length - 1] === "jwk" ? error("keyring_private_key", [...path, key]) : error("keyring_unknown_member", [...path, key], { member: key });
}

/** An object with exactly these members: each checked in order, then every unknown member. */
function strictObject(members: Readonly<Record<string, Member>>): Check {
  return (value, path, out) => {
    if (!isObject(value)) {
      out.push(error("keyring_wrong_type", path, { expected: "object" }));
      return;
    }
    for (const [key, member] of Object.entries(members)) {
      const at = [...path, key];
      const present = Object.hasOwn(value, key);
      // An optional member may be absent, or present as undefined (zod's optional).
      if (member.optional && (!present || value[key] === undefined)) continue;
      if (present) member.check(value[key], at, out);
      else if (member.absent === "missing") out.push(error("keyring_missing_member", at, { member: key }));
      else member.check(undefined, at, out);
    }
    for (const key in value) if (!Object.hasOwn(members, key)) out.push(unknownMember(path, key));
  };
}

const required = (check: Check): Member => ({ check, absent: "missing" });
const optional = (check: Check): Member => ({ check, optional: true, absent: "missing" });
const literal = (...values: string[]): Member => ({ check: oneOf(...values), absent: "invalid" });

const checkJwk = strictObject({
  kty: literal("OKP"),
  crv: literal("Ed25519"),
  x: required(text(F.keyMaterial)),
  kid: optional(text(F.kid)),
  alg: { ...literal("EdDSA", "Ed25519"), optional: true },
  use: { ...literal("sig"), optional: true },
});

const checkKey = strictObject({
  kid: required(text(F.kid)),
  publisher: required(text(undefined, 1)),
  jwk: required(checkJwk),
  validFrom: required(text(F.dateTime)),
  validTo: optional(text(F.dateTime)),
  namespaces: required(list(text(F.namespace), 1)),
});

const checkKeyring = strictObject({
  $schema: optional(text()),
  kind: literal("keyring"),
  id: required(text(F.id)),
  version: required(text(F.version)),
  keys: required(list(checkKey)),
});

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

/** Validates a keyring document: structure (as its model says), no private keys, unique kids, ordered validity. */
export function validateKeyring(value: unknown): Issue[] {
  const structural: Issue[] = [];
  checkKeyring(value, [], structural);
  return [...structural, ...crossChecks(value)];
}

/** True when one key entry of a keyring is well formed (its structure as the model says). */
export function isKeyringKey(value: unknown): value is KeyringKey {
  const out: Issue[] = [];
  checkKey(value, [], out);
  return out.length === 0;
}

/** Returns the value as a {@link Keyring}; throws {@link SevscaleError} carrying the issues when invalid. */
export function parseKeyring(value: unknown): Keyring {
  const issues = validateKeyring(value);
  if (issues.length > 0) throw new SevscaleError(issues);
  return value as Keyring;
}
