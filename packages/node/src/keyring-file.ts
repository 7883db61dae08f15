import type { Issue, Keyring } from "@sevscale/core";
import { KeyringSchema, validateKeyring } from "@sevscale/core";
import { readDocumentFile } from "./read-document-file.js";

/** Outcome of {@link readKeyringFile}: the keyring, or why it cannot be trusted as one. */
export type KeyringFileResult = { readonly ok: true; readonly keyring: Keyring } | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Reads and validates a keyring file (strict JSON, public keys only, unique kids, ordered validity).
 * Never throws: problems are the reader's, parser's and keyring checks' coded issues.
 */
export async function readKeyringFile(path: string): Promise<KeyringFileResult> {
  const json = await readDocumentFile(path);
  if (!json.ok) return json;
  const issues = validateKeyring(json.value);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, keyring: KeyringSchema.parse(json.value) };
}
