/**
 * The run-time keyring check (keyring.ts, no zod) against its model (keyring-schema.ts, zod) as the
 * oracle: for generated keyrings, valid and broken, the same findings in the same order.
 */
import fc from "fast-check";
import * as z from "zod";
import { describe, expect, it } from "vitest";
import type { Issue } from "../issues/issue.js";
import { toPointer } from "../issues/issue.js";
import { KEYRING_DATE_TIME } from "./keyring-patterns.js";
import { KeyringKeySchema, KeyringSchema } from "./keyring-schema.js";
import { isKeyringKey, validateKeyring } from "./keyring.js";

function error(code: string, path: readonly PropertyKey[], params: Issue["params"] = {}): Issue {
  return { code, severity: "error", pointer: toPointer(path.map((p) => (typeof p === "number" ? p : String(p)))), params };
}

function present(root: unknown, path: readonly PropertyKey[]): { parent: unknown; present: boolean } {
  let parent: unknown = undefined;
  let current: unknown = root;
  for (const key of path) {
    parent = current;
    if (typeof current !== "object" || current === null || !Object.prototype.hasOwnProperty.call(current, key)) return { parent, present: false };
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return { parent, present: true };
}

/**
 * The keyring's findings as its zod model reports them (the mapping the check had when it ran zod),
 * less one quirk of zod the check does not copy: after a wrong type, zod still measures the length
 * of whatever has one (`"publisher": []` is also "too short"); a wrong type is reported alone.
 */
function oracle(input: unknown): Issue[] {
  const parsed = KeyringSchema.safeParse(input);
  if (parsed.success) return [];
  const wrongType = new Set(parsed.error.issues.filter((zi) => zi.code === "invalid_type").map((zi) => JSON.stringify(zi.path)));
  const issues = parsed.error.issues.filter((zi) => !(zi.code === "too_small" && wrongType.has(JSON.stringify(zi.path))));
  return issues.flatMap((zi: z.core.$ZodIssue): Issue[] => {
    const path = zi.path;
    switch (zi.code) {
      case "invalid_type": {
        const at = present(input, path);
        const last = path[path.length - 1];
        if (!at.present && typeof at.parent === "object" && at.parent !== null && !Array.isArray(at.parent) && last !== undefined) {
          return [error("keyring_missing_member", path, { member: String(last) })];
        }
        return [error("keyring_wrong_type", path, { expected: zi.expected })];
      }
      case "unrecognized_keys":
        return zi.keys.map((key) =>
          key === "d" && path[path.length - 1] === "jwk" ? error("keyring_private_key", [...path, key]) : error("keyring_unknown_member", [...path, key], { member: key }),
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
  });
}

const X = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo";
const key = (kid: string) => ({
  kid,
  publisher: "CERT-MX",
  jwk: { kty: "OKP", crv: "Ed25519", x: X, kid, alg: "EdDSA", use: "sig" },
  validFrom: "2026-01-01T00:00:00Z",
  validTo: "2027-02-28T23:59:59.25-06:00",
  namespaces: ["mx", "x-org.example.*"],
});
const keyring = (): unknown => ({ $schema: "https://sevscale.example/keyring.json", kind: "keyring", id: "x-org.example/trusted", version: "1.2.0-rc.1+b7", keys: [key("mx-2026"), key("org")] });

/** Values that are near the formats as well as far from them. */
const nearValues = fc.oneof(
  fc.constantFrom("", "OKP", "EC", "Ed25519", "EdDSA", "sig", "keyring", "scale", "1.0", "1.0.0", "01.0.0", "a/b", "A/b", "mx", "*", "x.*", "**", "d"),
  fc.constantFrom("2024-02-29T00:00:00Z", "2023-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-01-01T24:00:00Z", "2026-01-01T00:00:00", "2026-01-01T00:00:00+25:00", "2026-01-01 00:00:00Z"),
  fc.string({ maxLength: 45 }),
  fc.stringMatching(/^[A-Za-z0-9_-]{42,44}$/),
  fc.constant(X),
  fc.constantFrom([], {}, [""], ["mx"], null, 0),
  fc.anything({ maxDepth: 2 }),
);

/** A member's value: mostly valid, sometimes near a format or far from it. */
const member = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 5, arbitrary: valid }, { weight: 1, arbitrary: nearValues });

/** An object of these members, any of them left out, with sometimes an unknown member (a private `d` among them). */
function object(members: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  const known = fc.record(members, { requiredKeys: Object.keys(members).filter((_, i) => i % 2 === 0) });
  const some = fc.record(members, { requiredKeys: [] });
  const extra = fc.dictionary(fc.constantFrom("d", "extra", "k/ey~", "kty", "__x"), nearValues, { maxKeys: 2 });
  return fc.tuple(fc.oneof({ weight: 4, arbitrary: known }, { weight: 1, arbitrary: some }), fc.option(extra, { freq: 4 })).map(([o, e]) => ({ ...(e ?? {}), ...o, ...(e ?? {}) }));
}

const jwk = object({
  kty: member(fc.constant("OKP")),
  crv: member(fc.constant("Ed25519")),
  x: member(fc.constant(X)),
  kid: member(fc.constantFrom("mx-2026", "org")),
  alg: member(fc.constantFrom("EdDSA", "Ed25519")),
  use: member(fc.constant("sig")),
});
const keyEntry = object({
  kid: member(fc.constantFrom("mx-2026", "org", "k.1")),
  publisher: member(fc.constantFrom("CERT-MX", "Example")),
  jwk: fc.oneof({ weight: 5, arbitrary: jwk }, { weight: 1, arbitrary: nearValues }),
  validFrom: member(fc.constantFrom("2026-01-01T00:00:00Z", "2025-06-01T12:00:00.5+02:00")),
  validTo: member(fc.constantFrom("2027-02-28T23:59:59.25-06:00", "2024-02-29T00:00:00Z")),
  namespaces: member(fc.array(fc.constantFrom("mx", "x-org.example.*", "*", "**", "MX", ""), { maxLength: 3 })),
});
const mutatedKeyring = object({
  $schema: member(fc.constant("https://sevscale.example/keyring.json")),
  kind: member(fc.constant("keyring")),
  id: member(fc.constantFrom("x-org.example/trusted", "mx/keys")),
  version: member(fc.constantFrom("1.2.0-rc.1+b7", "2.0.0")),
  keys: member(fc.array(fc.oneof({ weight: 6, arbitrary: keyEntry }, { weight: 1, arbitrary: nearValues }), { maxLength: 3 })),
});

describe("the keyring check without zod", () => {
  it("tests dates with zod's own date-time pattern", () => {
    const zodPattern = (z.iso.datetime({ offset: true })._zod.def as { pattern: RegExp }).pattern;
    expect(KEYRING_DATE_TIME.source).toBe(zodPattern.source);
    expect(KEYRING_DATE_TIME.flags).toBe(zodPattern.flags);
  });

  it("reports what the zod model reports, issue for issue, for generated keyrings", () => {
    let broken = 0;
    fc.assert(
      fc.property(fc.oneof({ weight: 6, arbitrary: mutatedKeyring }, { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) }, { weight: 1, arbitrary: fc.constant(keyring()) }), (value) => {
        const expected = oracle(value);
        if (expected.length > 0) broken++;
        const structural = validateKeyring(value).filter((i) => i.code !== "keyring_duplicate_kid" && i.code !== "keyring_validity_reversed");
        expect(structural).toEqual(expected);
        expect(isKeyringKey((value as { keys?: unknown[] } | null)?.keys?.[0])).toBe(KeyringKeySchema.safeParse((value as { keys?: unknown[] } | null)?.keys?.[0]).success);
      }),
      { numRuns: 2000 },
    );
    // The generator reaches broken keyrings, not only valid ones.
    expect(broken).toBeGreaterThan(500);
  });
});
