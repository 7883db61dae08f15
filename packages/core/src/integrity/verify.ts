import { base64url, errors as joseErrors, flattenedVerify, importJWK } from "jose";
import type { Issue } from "../issues/issue.js";
import { safeCanonicalBytes } from "./canonical.js";
import { ACCEPTED_JWS_ALGORITHMS, JWS_TYPE } from "./jws-header.js";
import type { Keyring, KeyringKey } from "./keyring.js";
import { isKeyringKey } from "./keyring.js";
import type { PublicJwk } from "./keys.js";
import { jwkProblem } from "./keys.js";
import { documentNamespace, namespaceAllowed } from "./namespace.js";

/** What to verify against: a keyring (with validity and namespace rules) or one public key (no rules). */
export type VerificationKeys = Keyring | PublicJwk;

/** Options of {@link verifyDocument}. */
export interface VerifyOptions {
  /** Namespace the key must be allowed to sign; defaults to the part of the document's `id` before "/". */
  readonly namespace?: string;
  /** Instant at which the key must be valid (inclusive bounds); defaults to now. */
  readonly at?: Date;
}

/** Outcome of {@link verifyDocument}: valid with the key that signed, or the coded reasons why not. */
export type VerifyResult =
  | { readonly valid: true; readonly kid: string; readonly publisher?: string }
  | { readonly valid: false; readonly kid?: string; readonly issues: readonly Issue[] };

type Params = Issue["params"];

function fail(code: string, params: Params, kid?: string): VerifyResult {
  return { valid: false, ...(kid !== undefined ? { kid } : {}), issues: [{ code, severity: "error", pointer: "", params }] };
}

const malformed = (detail: string): VerifyResult => fail("signature_malformed", { detail });

const B64URL = /^[A-Za-z0-9_-]+$/;

function decodeHeader(segment: string): Record<string, unknown> | undefined {
  try {
    const json: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(base64url.decode(segment)));
    return typeof json === "object" && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function isKeyring(keys: VerificationKeys): keys is Keyring {
  return (keys as { kind?: unknown }).kind === "keyring";
}

function normaliseTyp(typ: string): string {
  // RFC 7515 §4.1.9: "application/" may be omitted and media types compare case-insensitively.
  const lower = typ.toLowerCase();
  return lower.startsWith("application/") ? lower.slice("application/".length) : lower;
}

/** Validity and namespace rules of a keyring entry. */
function policyIssues(entry: KeyringKey, value: unknown, options: VerifyOptions, at: Date): Issue[] {
  const issues: Issue[] = [];
  const push = (code: string, params: Params) => issues.push({ code, severity: "error", pointer: "", params });
  const time = at.getTime();
  if (time < Date.parse(entry.validFrom)) push("key_not_yet_valid", { kid: entry.kid, validFrom: entry.validFrom, at: at.toISOString() });
  if (entry.validTo !== undefined && time > Date.parse(entry.validTo)) push("key_expired", { kid: entry.kid, validTo: entry.validTo, at: at.toISOString() });
  const namespace = options.namespace ?? documentNamespace(value);
  if (namespace === undefined) {
    if (!entry.namespaces.includes("*")) push("document_namespace_missing", { kid: entry.kid });
  } else if (!namespaceAllowed(namespace, entry.namespaces)) {
    push("key_namespace_denied", { kid: entry.kid, namespace, allowed: entry.namespaces });
  }
  return issues;
}

/**
 * Verifies a detached JWS made by `assertDocumentSignature` against the document's canonical bytes. With a
 * keyring, the key named by `kid` must also be valid at `options.at` and allowed to sign the
 * document's namespace. Never throws on bad input: every failure is a coded issue
 * (`signature_malformed`, `signature_invalid`, `key_unknown`, `key_expired`, `key_not_yet_valid`,
 * `key_namespace_denied`, `key_algorithm_unsupported`, `key_unusable`, `document_namespace_missing`,
 * or a `canonical_*` issue when the value is not JSON). Throws a TypeError on an invalid `at` date.
 */
export async function verifyDocument(value: unknown, jws: string, keys: VerificationKeys, options: VerifyOptions = {}): Promise<VerifyResult> {
  const at = options.at ?? new Date();
  if (Number.isNaN(at.getTime())) throw new TypeError("verifyDocument: options.at is an invalid Date");

  const canonical = safeCanonicalBytes(value);
  if (!canonical.ok) return { valid: false, issues: canonical.issues };

  if (typeof jws !== "string") return malformed("not_a_string");
  const parts = jws.split(".");
  if (parts.length !== 3) return malformed("not_three_segments");
  const [protectedHeader, payload, signature] = parts as [string, string, string];
  if (payload !== "") return malformed("payload_not_detached");
  if (!B64URL.test(protectedHeader) || !B64URL.test(signature)) return malformed("not_base64url");
  const header = decodeHeader(protectedHeader);
  if (!header) return malformed("header_not_json_object");

  const { alg, kid, typ } = header;
  if (typeof alg !== "string") return malformed("alg_missing");
  if (!ACCEPTED_JWS_ALGORITHMS.includes(alg)) return fail("key_algorithm_unsupported", { alg });
  // RFC 7797 unencoded payloads (b64: false) would change what is signed; sevscale never uses them.
  if (header.b64 !== undefined) return malformed("b64_unsupported");
  if (header.crit !== undefined) return malformed("crit_unsupported");
  if (typ !== undefined && (typeof typ !== "string" || normaliseTyp(typ) !== JWS_TYPE)) return malformed("typ_not_sevscale");
  if (typeof kid !== "string" || kid === "") return malformed("kid_missing");

  let jwk: unknown;
  let entry: KeyringKey | undefined;
  if (isKeyring(keys)) {
    entry = keys.keys.find((k) => k.kid === kid);
    if (!entry) return fail("key_unknown", { kid }, kid);
    jwk = entry.jwk;
  } else {
    if (keys.kid !== undefined && keys.kid !== kid) return fail("key_unknown", { kid }, kid);
    jwk = keys;
  }

  const problem = jwkProblem(jwk, false);
  if (problem === "kty_not_okp" || problem === "crv_not_ed25519") {
    const k = jwk as { kty?: unknown; crv?: unknown };
    return fail("key_algorithm_unsupported", { alg: `${String(k.kty)}/${String(k.crv)}` }, kid);
  }
  if (problem) return fail("key_unusable", { kid }, kid);
  // Keyrings are typed but may come from anywhere: an entry that is not well formed (dates,
  // namespaces) must not pass the rules below by accident.
  if (entry && !isKeyringKey(entry)) return fail("key_unusable", { kid }, kid);

  let key: Awaited<ReturnType<typeof importJWK>>;
  try {
    key = await importJWK({ kty: "OKP", crv: "Ed25519", x: (jwk as PublicJwk).x }, "EdDSA");
  } catch {
    return fail("key_unusable", { kid }, kid);
  }

  const issues: Issue[] = [];
  try {
    await flattenedVerify({ protected: protectedHeader, payload: base64url.encode(canonical.bytes), signature }, key, {
      algorithms: [...ACCEPTED_JWS_ALGORITHMS],
    });
  } catch (err) {
    if (err instanceof joseErrors.JWSSignatureVerificationFailed) issues.push({ code: "signature_invalid", severity: "error", pointer: "", params: { kid } });
    else if (err instanceof joseErrors.JOSEError) return malformed(err.code);
    // WebCrypto may reject odd inputs with its own errors; bad input is still not a crash.
    else return malformed("unverifiable");
  }
  if (entry) issues.push(...policyIssues(entry, value, options, at));
  if (issues.length > 0) return { valid: false, kid, issues };
  return { valid: true, kid, ...(entry ? { publisher: entry.publisher } : {}) };
}
