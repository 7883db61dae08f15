import { basename } from "node:path";
import type { Issue } from "@sevscale/core";
import { checkDigestFile, formatDigestFile, safeDocumentDigest } from "@sevscale/core";
import { writeFileAtomic } from "./atomic-write.js";
import { readDocumentFile, readTextFile } from "./read-document-file.js";

/** Outcome of {@link writeDigestFiles}. */
export type DigestFilesResult =
  | { readonly ok: true; readonly sha256: string; readonly sha512: string; readonly sha256Path: string; readonly sha512Path: string }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Options of {@link writeDigestFiles}. */
export interface WriteDigestFilesOptions {
  /**
   * The document's value, already read from `file` and parsed by the caller (`digest --write`
   * prints the digests it writes): the file is then not read again.
   */
  readonly document?: unknown;
}

/**
 * Writes `<file>.sha256` and `<file>.sha512` beside a JSON document: digests of its RFC 8785
 * canonical form (computed once), in sha256sum format naming the file's base name (as CSAF
 * publishes them), and returns them. A document that cannot be read, parsed or canonicalized is
 * reported as issues and nothing is written; write errors are thrown.
 */
export async function writeDigestFiles(file: string, options: WriteDigestFilesOptions = {}): Promise<DigestFilesResult> {
  let value = options.document;
  if (!("document" in options)) {
    const json = await readDocumentFile(file);
    if (!json.ok) return json;
    value = json.value;
  }
  const digest = await safeDocumentDigest(value);
  if (!digest.ok) return digest;
  const { sha256, sha512 } = digest;
  const name = basename(file);
  const sha256Path = `${file}.sha256`;
  const sha512Path = `${file}.sha512`;
  await writeFileAtomic(sha256Path, formatDigestFile(sha256, name));
  await writeFileAtomic(sha512Path, formatDigestFile(sha512, name));
  return { ok: true, sha256, sha512, sha256Path, sha512Path };
}

/**
 * Checks `<file>.sha256` and `<file>.sha512` against the document's canonical form; returns every
 * finding (missing or malformed digest file, other file name, different digest), empty when both match.
 */
export async function verifyDigestFiles(file: string): Promise<Issue[]> {
  const json = await readDocumentFile(file);
  if (!json.ok) return [...json.issues];
  const digests = await safeDocumentDigest(json.value);
  if (!digests.ok) return [...digests.issues];
  const issues: Issue[] = [];
  for (const ext of ["sha256", "sha512"] as const) {
    const text = await readTextFile(`${file}.${ext}`);
    if (!text.ok) issues.push(...text.issues);
    else issues.push(...checkDigestFile(text.text, digests, basename(file), ext));
  }
  return issues;
}
