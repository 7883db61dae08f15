import type { Issue, Keyring, PublicJwk, VerifyResult } from "@sevscale/core";
import { jwkThumbprint, safeCanonicalBytes, assertDocumentSignature, verifyDocument } from "@sevscale/core";
import { writeFileAtomic } from "./atomic-write.js";
import { readJwkFile } from "./key-files.js";
import { readKeyringFile } from "./keyring-file.js";
import { readDocumentFile, readTextFile } from "./read-document-file.js";

/** Outcome of {@link signFile}. */
export type SignFileResult =
  | { readonly ok: true; readonly jwsPath: string; readonly kid: string }
  | {
      readonly ok: false;
      readonly issues: readonly Issue[];
      /** The issues (among `issues`) about the key file rather than the document: report them against the key file. */
      readonly keyIssues: readonly Issue[];
    };

/** Options of {@link verifyFile}: what to trust, and the verification rules. */
export interface VerifyFileOptions {
  /** A keyring document, or the path of one; its validity and namespace rules apply. */
  readonly keyring?: Keyring | string;
  /** A public JWK, or the path of a `.jwk` file; used when no keyring is given. */
  readonly publicKey?: PublicJwk | string;
  /** Signature file; defaults to `<file>.jws`. */
  readonly jwsPath?: string;
  /** Instant at which the key must be valid; defaults to now. */
  readonly at?: Date;
  /** Namespace the key must be allowed to sign; defaults to the document id's. */
  readonly namespace?: string;
}

/** Outcome of {@link verifyFile}: the verification's, plus which issues are about the keys given. */
export type VerifyFileResult = VerifyResult & {
  /** Present when the keyring or key file could not be used (or none was given): report these against it, not the document. */
  readonly keyIssues?: readonly Issue[];
};

const invalid = (issues: readonly Issue[]): VerifyResult => ({ valid: false, issues });

/**
 * Signs a JSON document with a private JWK file and writes the detached JWS to `<file>.jws`
 * (atomically). Unreadable inputs or a bad key are reported as issues; write errors are thrown.
 */
export async function signFile(file: string, privateJwkPath: string): Promise<SignFileResult> {
  const [json, key] = await Promise.all([readDocumentFile(file), readJwkFile(privateJwkPath)]);
  const keyIssues: Issue[] = key.ok ? [] : [...key.issues];
  if (key.ok && !key.isPrivate) {
    keyIssues.push({ code: "key_file_invalid", severity: "error", pointer: "", params: { path: privateJwkPath, detail: "not_a_private_key" } });
  }
  const issues = [...(json.ok ? [] : json.issues), ...keyIssues];
  if (json.ok) {
    const canonical = safeCanonicalBytes(json.value);
    if (!canonical.ok) issues.push(...canonical.issues);
  }
  if (issues.length > 0 || !json.ok || !key.ok || !key.isPrivate) return { ok: false, issues, keyIssues };
  const jws = await assertDocumentSignature(json.value, key.jwk);
  const jwsPath = `${file}.jws`;
  await writeFileAtomic(jwsPath, `${jws}\n`);
  return { ok: true, jwsPath, kid: key.jwk.kid ?? (await jwkThumbprint(key.jwk)) };
}

async function loadKeys(options: VerifyFileOptions): Promise<{ ok: true; keys: Keyring | PublicJwk } | { ok: false; issues: readonly Issue[] }> {
  if (options.keyring !== undefined) {
    if (typeof options.keyring !== "string") return { ok: true, keys: options.keyring };
    const ring = await readKeyringFile(options.keyring);
    return ring.ok ? { ok: true, keys: ring.keyring } : ring;
  }
  if (options.publicKey !== undefined) {
    if (typeof options.publicKey !== "string") return { ok: true, keys: options.publicKey };
    const key = await readJwkFile(options.publicKey);
    if (!key.ok) return key;
    return { ok: true, keys: key.jwk };
  }
  return { ok: false, issues: [{ code: "verification_key_missing", severity: "error", pointer: "", params: {} }] };
}

/**
 * Verifies `<file>.jws` (or `options.jwsPath`) against a JSON document, with a keyring (validity
 * and namespace rules apply) or a single public key. Never throws on bad input: a missing file,
 * invalid JSON, an invalid keyring or key file (also listed in `keyIssues`), and every
 * verification failure are coded issues.
 */
export async function verifyFile(file: string, options: VerifyFileOptions): Promise<VerifyFileResult> {
  const keys = await loadKeys(options);
  if (!keys.ok) return { valid: false, issues: keys.issues, keyIssues: keys.issues };
  const json = await readDocumentFile(file);
  if (!json.ok) return invalid(json.issues);
  const jwsPath = options.jwsPath ?? `${file}.jws`;
  const jws = await readTextFile(jwsPath);
  if (!jws.ok) {
    const missing = jws.issues[0]?.params.reason === "ENOENT";
    return invalid(missing ? [{ code: "signature_file_missing", severity: "error", pointer: "", params: { path: jwsPath } }] : jws.issues);
  }
  const verifyOptions = { ...(options.at ? { at: options.at } : {}), ...(options.namespace !== undefined ? { namespace: options.namespace } : {}) };
  // A trailing newline (as editors and signFile write) is not part of the compact JWS.
  return verifyDocument(json.value, jws.text.trim(), keys.keys, verifyOptions);
}
