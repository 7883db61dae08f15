import { join } from "node:path";
import type { Issue, KeyPair, PrivateJwk, PublicJwk } from "@sevscale/core";
import { KID_PATTERN, SevscaleError, jwkProblem, privateKeyProblem, toPublicJwk } from "@sevscale/core";
import { writeFileAtomic } from "./atomic-write.js";
import { readDocumentFile } from "./read-document-file.js";

/** Where {@link writeKeyPair} put the two halves of a key pair. */
export interface KeyPairPaths {
  /** `<dir>/<kid>.private.jwk`, mode 0600. */
  readonly privatePath: string;
  /** `<dir>/<kid>.public.jwk`, mode 0644. */
  readonly publicPath: string;
}

/** Outcome of {@link readJwkFile}: the key and whether it is private, or the coded reason it is unusable. */
export type JwkFileResult =
  | { readonly ok: true; readonly jwk: PublicJwk; readonly isPrivate: false }
  | { readonly ok: true; readonly jwk: PrivateJwk; readonly isPrivate: true }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Writes `<kid>.private.jwk` (mode 0600) and `<kid>.public.jwk` (0644) into an existing
 * directory, each atomically. Never overwrites a key file: an existing one throws a
 * {@link SevscaleError} with `key_file_exists` (and nothing is written when it is the private one).
 * Other I/O errors are thrown as Node reports them.
 */
export async function writeKeyPair(dir: string, pair: KeyPair): Promise<KeyPairPaths> {
  const kid = pair.privateJwk.kid;
  if (!KID_PATTERN.test(kid) || pair.publicJwk.kid !== kid) throw new TypeError("writeKeyPair: both halves need the same file-name-safe kid");
  if (jwkProblem(pair.privateJwk, true) || jwkProblem(pair.publicJwk, false) || pair.publicJwk.x !== pair.privateJwk.x) {
    throw new TypeError("writeKeyPair: not an Ed25519 key pair");
  }
  const privatePath = join(dir, `${kid}.private.jwk`);
  const publicPath = join(dir, `${kid}.public.jwk`);
  const exists = (path: string) => new SevscaleError([{ code: "key_file_exists", severity: "error", pointer: "", params: { path } }]);
  const write = async (path: string, jwk: PublicJwk, mode: number) => {
    try {
      await writeFileAtomic(path, `${JSON.stringify(jwk, null, 2)}\n`, { mode, overwrite: false });
    } catch (error) {
      if ((error as { code?: unknown }).code === "EEXIST") throw exists(path);
      throw error;
    }
  };
  // Private first: if it cannot be written, no orphan public key is left behind.
  await write(privatePath, pair.privateJwk, 0o600);
  // toPublicJwk rebuilds the object member by member, so a stray `d` can never reach the public file.
  await write(publicPath, toPublicJwk(pair.publicJwk), 0o644);
  return { privatePath, publicPath };
}

/** Reads an Ed25519 JWK file (public or private); never throws, problems are coded issues. */
export async function readJwkFile(path: string): Promise<JwkFileResult> {
  const json = await readDocumentFile(path);
  if (!json.ok) return json;
  const value = json.value as Record<string, unknown> | null;
  const isPrivate = typeof value === "object" && value !== null && "d" in value;
  const problem = isPrivate ? await privateKeyProblem(value as unknown as PrivateJwk) : jwkProblem(value, false);
  if (problem) return { ok: false, issues: [{ code: "key_file_invalid", severity: "error", pointer: "", params: { path, detail: problem } }] };
  return isPrivate ? { ok: true, jwk: value as unknown as PrivateJwk, isPrivate: true } : { ok: true, jwk: value as unknown as PublicJwk, isPrivate: false };
}
