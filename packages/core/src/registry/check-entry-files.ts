/**
 * The checks of one listed document against its index entry and its companion files (digest files,
 * detached signature), the same for `@sevscale/node`'s registry check and the web viewer: only how
 * the files are read differs ({@link RegistryRead}).
 */
import type { Issue } from "../issues/issue.js";
import { checkDigestFile } from "../integrity/digest-file.js";
import { documentNamespace, keyringCovers } from "../integrity/namespace.js";
import type { Keyring } from "../integrity/keyring.js";
import type { Digests, RegistryEntry } from "../model/registry.js";
import { checkEntryDocument } from "./check-entry.js";
import { registryBaseName, sidecarPaths } from "./layout.js";

/** Largest digest file read (`<file>.sha256` / `.sha512`). */
export const DIGEST_FILE_LIMIT = 4 * 1024;
/** Largest detached signature file read (`<file>.jws`). */
export const SIGNATURE_FILE_LIMIT = 64 * 1024;

/** Reads one file of a registry (by registry path) within a size limit, or says why it could not. */
export type RegistryRead = (path: string, maxBytes: number) => Promise<{ readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly issues: readonly Issue[] }>;

/** A finding about one file of a registry, by registry path. */
export interface RegistryFileFinding {
  readonly path: string;
  readonly issue: Issue;
}

/** Options of {@link checkEntryFiles}. */
export interface CheckEntryFilesOptions {
  /** Verify the signature against this keyring; without one a listed signature is read but not checked. */
  readonly keyring?: Keyring;
  /** Instant at which the signing key must be valid (default: now). */
  readonly at?: Date;
}

/** What {@link checkEntryFiles} found. */
export interface EntryFilesCheck {
  readonly findings: RegistryFileFinding[];
  /** The detached JWS (trimmed), when the entry lists one that could be read. */
  readonly signature?: string;
  /** True when a listed signature was not checked (no keyring). */
  readonly unchecked: boolean;
}

const decoder = new TextDecoder("utf-8", { fatal: false });

function fileIssue(code: string, params: Issue["params"]): Issue {
  return { code, severity: "error", pointer: "", params };
}

/**
 * An unsigned listed document: an error when the keyring has a key for its namespace (a stripped
 * signature must not pass as "unsigned"), a warning when no key could have signed it.
 */
function unsignedIssue(keyring: Keyring, entry: RegistryEntry, value: unknown): Issue {
  const namespace = documentNamespace(value) ?? entry.id.split("/")[0] ?? "";
  return keyringCovers(keyring.keys, namespace)
    ? { code: "document_signature_required", severity: "error", pointer: "", params: { path: entry.path, namespace } }
    : { code: "document_unsigned", severity: "warning", pointer: "", params: { path: entry.path } };
}

/**
 * Checks a parsed listed document against its entry (`checkEntryDocument`: kind, id, version,
 * status, digests of its canonical form), its `.sha256`/`.sha512` files, and its detached
 * signature: with a keyring, a failing or missing listed signature is an error, and so is an
 * unsigned document of a namespace the keyring has keys for (`document_signature_required`).
 * Never throws on bad input.
 *
 * @example
 * const { findings } = await checkEntryFiles(read, entry, value, digests, { keyring });
 */
export async function checkEntryFiles(read: RegistryRead, entry: RegistryEntry, value: unknown, digests: Digests, options: CheckEntryFilesOptions = {}): Promise<EntryFilesCheck> {
  const findings: RegistryFileFinding[] = [];
  const add = (path: string, issues: readonly Issue[]) => findings.push(...issues.map((issue) => ({ path, issue })));
  add(entry.path, checkEntryDocument(entry, value, digests));

  const sidecars = sidecarPaths(entry.path);
  for (const algorithm of ["sha256", "sha512"] as const) {
    const file = await read(sidecars[algorithm], DIGEST_FILE_LIMIT);
    add(sidecars[algorithm], file.ok ? checkDigestFile(decoder.decode(file.bytes), digests, registryBaseName(entry.path), algorithm) : file.issues);
  }

  const { keyring } = options;
  if (entry.signature === undefined) {
    // The published keyring is not a publisher's document: trust comes from the caller's keyring.
    if (keyring && entry.kind !== "keyring") add(entry.path, [unsignedIssue(keyring, entry, value)]);
    return { findings, unchecked: false };
  }
  const file = await read(entry.signature, SIGNATURE_FILE_LIMIT);
  if (!file.ok) {
    const detail = file.issues.filter((i) => i.code !== "file_not_found");
    add(entry.signature, [fileIssue("registry_signature_missing", { path: entry.signature }), ...detail]);
    return { findings, unchecked: false };
  }
  // A trailing newline (as files are written) is not part of the compact JWS.
  const signature = decoder.decode(file.bytes).trim();
  if (!keyring) return { findings, signature, unchecked: true };
  // Loaded only when there is a signature to verify: a page that reads a registry without a keyring
  // does not fetch the signature code (jose), as it fetches nothing else it does not use.
  const { verifyDocument } = await import("../integrity/verify.js");
  const result = await verifyDocument(value, signature, keyring, { at: options.at ?? new Date() });
  if (!result.valid) add(entry.signature, result.issues);
  else if (entry.kid !== undefined && result.kid !== entry.kid) add(entry.signature, [fileIssue("registry_kid_mismatch", { listed: entry.kid, actual: result.kid })]);
  return { findings, signature, unchecked: false };
}
